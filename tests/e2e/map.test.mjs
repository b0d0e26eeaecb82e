// The world map in real Chromium, desktop and a 390x844 touch phone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CITIES, mapTransform, openPage, PHONE, useServerAndBrowser } from './helpers.mjs';

const env = useServerAndBrowser(before, after);

/** The map layer's `translate(tx ty) scale(k)`. */
function parseTransform(t) {
  const [, tx, ty, k] = /translate\(([-\d.]+)[ ,]+([-\d.]+)\) scale\(([\d.]+)\)/.exec(t).map(Number);
  return { tx, ty, k };
}

const SAMPLE = [
  ['doha', 'Doha'],
  ['warsaw', 'Warsaw'],
  ['pittsburgh', 'Pittsburgh'],
  ['nusantara', 'Nusantara'],
];

describe('desktop', () => {
  test('one marker per city, each a named button', async () => {
    const { page, errors, context } = await openPage(env.browser(), env.server().base);
    assert.equal(await page.locator('svg.map .marker').count(), CITIES);
    assert.equal(await page.locator('.city-table tbody tr').count(), CITIES);
    const label = await page.getAttribute('.marker[data-id="doha"]', 'aria-label');
    assert.match(label, /^Doha, Qatar/);
    assert.equal(await page.getAttribute('.marker[data-id="doha"]', 'role'), 'button');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a click opens the right card, Escape closes it and focus returns to the marker', async () => {
    const { page, context } = await openPage(env.browser(), env.server().base);
    for (const [id, name] of SAMPLE) {
      await page.click('svg.map', { position: { x: 5, y: 5 } });
      await page.locator(`.marker[data-id="${id}"] .dot`).click();
      const card = page.getByRole('dialog', { name });
      await card.waitFor();
      assert.match(await card.textContent(), /km/);
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'detached' });
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-id')), id);
    }
    await context.close();
  });

  test('the keyboard reaches markers and opens cards', async () => {
    const { page, context } = await openPage(env.browser(), env.server().base);
    await page.focus('.marker[tabindex="0"]');
    const first = await page.evaluate(() => document.activeElement.getAttribute('data-id'));
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement.getAttribute('data-id'));
    assert.notEqual(first, second, 'arrow keys move between markers');
    await page.keyboard.press('Enter');
    const title = await page.textContent('#city-card-title');
    const expected = await page.evaluate((id) => document.querySelector(`.marker[data-id="${id}"]`).getAttribute('aria-label').split(',')[0], second);
    assert.equal(title, expected);
    assert.match(await page.textContent('[aria-live="polite"].visually-hidden'), new RegExp(expected));
    await context.close();
  });

  test('zoom buttons and the wheel with focus zoom; a plain wheel scrolls the page', async () => {
    const { page, context } = await openPage(env.browser(), env.server().base);
    const t0 = await mapTransform(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const t1 = await mapTransform(page);
    assert.notEqual(t0, t1);
    await page.getByRole('button', { name: 'Show all cities' }).click();
    assert.equal(await mapTransform(page), t0);

    // Not focused: the wheel scrolls the page and the map stays.
    const box = await page.locator('svg.map').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const scroll0 = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 300);
    await page.waitForFunction((y) => window.scrollY > y, scroll0);
    assert.equal(await mapTransform(page), t0, 'an unfocused map ignores the wheel');
    assert.ok(await page.locator('.map-hint.shown').count() === 1, 'a hint says how to zoom');

    // Focused: the wheel zooms the map and the page stays.
    await page.focus('svg.map');
    const box2 = await page.locator('svg.map').boundingBox();
    await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
    const scroll1 = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, -300);
    await page.waitForFunction((t) => document.querySelector('svg.map g.world').getAttribute('transform') !== t, t0);
    assert.equal(await page.evaluate(() => window.scrollY), scroll1, 'the page did not scroll');
    await context.close();
  });

  test('a double-click zooms in 2x around the pointer: the map point under it stays under it', async () => {
    const { page, context } = await openPage(env.browser(), env.server().base);
    const box = await page.locator('svg.map').boundingBox();
    // Away from the edges, where the view is not clamped, and off the markers (a double-click
    // on a marker opens it); in the map's own pixels.
    const free = ([x, y]) => page.evaluate(([px, py]) => document.elementFromPoint(px, py).matches('svg.map .world *'), [box.x + x, box.y + y]);
    const points = [];
    for (const fx of [0.3, 0.35, 0.4, 0.6, 0.65, 0.7]) {
      for (const fy of [0.35, 0.45, 0.55]) if (await free([box.width * fx, box.height * fy])) points.push([box.width * fx, box.height * fy]);
    }
    assert.ok(points.length >= 2, 'two places on the map with no marker');
    for (const [x, y] of [points[0], points.at(-1)]) {
      await page.getByRole('button', { name: 'Show all cities' }).click();
      const before = await mapTransform(page);
      const t0 = parseTransform(before);
      const under = { x: (x - t0.tx) / t0.k, y: (y - t0.ty) / t0.k };
      await page.mouse.dblclick(box.x + x, box.y + y);
      await page.waitForFunction((t) => document.querySelector('svg.map g.world').getAttribute('transform') !== t, before);
      const t1 = parseTransform(await mapTransform(page));
      assert.ok(Math.abs(t1.k / t0.k - 2) < 0.01, `zoom ${t0.k} -> ${t1.k}`);
      const now = { x: t1.tx + under.x * t1.k, y: t1.ty + under.y * t1.k };
      assert.ok(Math.abs(now.x - x) <= 1.5 && Math.abs(now.y - y) <= 1.5, `the point under (${x}, ${y}) moved to (${now.x}, ${now.y})`);
    }
    await context.close();
  });

  test('arrow keys pan and +/- zoom the focused map', async () => {
    const { page, context } = await openPage(env.browser(), env.server().base);
    await page.focus('svg.map');
    const t0 = await mapTransform(page);
    await page.keyboard.press('+');
    const t1 = await mapTransform(page);
    assert.notEqual(t0, t1);
    await page.keyboard.press('ArrowLeft');
    assert.notEqual(await mapTransform(page), t1);
    await context.close();
  });

  test('search finds a city by its Kazakh name and opens it', async () => {
    const { page, context } = await openPage(env.browser(), env.server().base);
    await page.fill('#city-search-input', 'Мәскеу');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Moscow' }).waitFor();
    await page.fill('#city-search-input', 'бейжің');
    await page.locator('#city-search-results li[data-id="beijing"]').waitFor();
    await context.close();
  });

  test('under reduced motion a search moves the map at once', async () => {
    const { page, context } = await openPage(env.browser(), env.server().base);
    const t0 = await mapTransform(page);
    await page.fill('#city-search-input', 'Manila');
    await page.keyboard.press('Enter');
    assert.notEqual(await mapTransform(page), t0, 'no animation: the view changed in the same task');
    await context.close();
  });

  test('a table row selects the marker and the marker selects the row', async () => {
    const { page, context } = await openPage(env.browser(), env.server().base);
    await page.click('.city-table tr[data-id="riga"] button');
    await page.getByRole('dialog', { name: 'Riga' }).waitFor();
    assert.match(await page.getAttribute('.marker[data-id="riga"]', 'class'), /selected/);
    await page.keyboard.press('Escape');
    await page.locator('.marker[data-id="amman"] .dot').click();
    assert.equal(await page.getAttribute('.city-table tr[data-id="amman"]', 'aria-current'), 'true');
    await context.close();
  });
});

describe('phone (390x844, touch)', () => {
  test('a tap opens the card as a bottom sheet', async () => {
    const { page, context, errors } = await openPage(env.browser(), env.server().base, PHONE);
    assert.equal(await page.locator('svg.map .marker').count(), CITIES);
    for (const [id, name] of [['beijing', 'Beijing'], ['moscow', 'Moscow']]) {
      await page.locator(`.marker[data-id="${id}"] .dot`).tap();
      await page.getByRole('dialog', { name }).waitFor();
      await page.getByRole('button', { name: 'Close' }).tap();
    }
    await page.locator('.marker[data-id="doha"] .dot').tap();
    const card = page.getByRole('dialog', { name: 'Doha' });
    await card.waitFor();
    const box = await card.boundingBox();
    const vh = page.viewportSize().height;
    assert.ok(Math.abs(box.y + box.height - vh) < 2, `the sheet sits at the bottom (${box.y}+${box.height} vs ${vh})`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('one finger scrolls the page; two fingers zoom the map', async () => {
    const { page, context } = await openPage(env.browser(), env.server().base, PHONE);
    await page.locator('svg.map').scrollIntoViewIfNeeded();
    const t0 = await mapTransform(page);
    const box = await page.locator('svg.map').boundingBox();
    const cdp = await context.newCDPSession(page);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    // Two-finger pinch outwards.
    const touches = (d) => [{ x: cx - d, y: cy, id: 1 }, { x: cx + d, y: cy, id: 2 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: touches(20) });
    for (const d of [40, 60, 80, 100]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: touches(d) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const t1 = await mapTransform(page);
    assert.notEqual(t1, t0, 'the pinch zoomed the map');
    const scale = (t) => Number(/scale\(([\d.]+)\)/.exec(t)[1]);
    assert.ok(scale(t1) > scale(t0) * 1.5, `${t0} -> ${t1}`);

    // One finger drag: the page scrolls, the map does not move.
    const y0 = await page.evaluate(() => window.scrollY);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: cx, y: cy }] });
    for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: cx, y: cy - i * 20 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForFunction((y) => window.scrollY > y, y0);
    assert.equal(await page.locator('.map-hint.shown').count(), 1, 'a hint says to use two fingers');
    assert.equal(await mapTransform(page), t1, 'one finger left the map alone');
    await context.close();
  });
});
