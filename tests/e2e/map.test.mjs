// The world map in real Chromium, desktop and a 390x844 touch phone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mapTransform, openPage, PHONE, useServerAndBrowser } from './helpers.mjs';

const env = useServerAndBrowser(before, after);

const SAMPLE = [
  ['doha', 'Doha'],
  ['warsaw', 'Warsaw'],
  ['pittsburgh', 'Pittsburgh'],
  ['nusantara', 'Nusantara'],
];

describe('desktop', () => {
  test('one marker per city, each a named button', async () => {
    const { page, errors, context } = await openPage(env.browser(), env.server().base);
    assert.equal(await page.locator('svg.map .marker').count(), 33);
    assert.equal(await page.locator('.city-table tbody tr').count(), 33);
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

  test('a double-click zooms in around the pointer', async () => {
    const { page, context } = await openPage(env.browser(), env.server().base);
    const t0 = await mapTransform(page);
    const box = await page.locator('svg.map').boundingBox();
    await page.mouse.dblclick(box.x + 60, box.y + 120);
    const scale = (t) => Number(/scale\(([\d.]+)\)/.exec(t)[1]);
    const t1 = await mapTransform(page);
    assert.ok(Math.abs(scale(t1) / scale(t0) - 2) < 0.05 || scale(t1) > scale(t0), `${t0} -> ${t1}`);
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
    assert.equal(await page.locator('svg.map .marker').count(), 33);
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
