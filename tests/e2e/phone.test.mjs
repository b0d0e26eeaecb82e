// The student on a phone (issue 13): the map's first view shows every city clear of the
// controls, "show all" brings them back after a zoom, Back closes a card, the tables have
// no scroll box of their own, and the chart's axis follows the year range.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CITIES, DATA, DESKTOP, mapTransform, openPage, PHONE, useServerAndBrowser } from './helpers.mjs';

const env = useServerAndBrowser(before, after);
const SCREENS = [['phone', PHONE], ['desktop', DESKTOP]];

/** The map frame's box, the boxes of what lies over it, and each shown marker's dot. */
function mapBoxes(page) {
  return page.evaluate(() => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    const frame = document.querySelector('.map-frame');
    const controls = [...frame.querySelectorAll('.map-controls button, .map-controls')].map(box);
    const markers = [...frame.querySelectorAll('.marker:not(.hidden)')].map((m) => ({ id: m.getAttribute('data-id'), ...box(m.querySelector('.dot')) }));
    return { frame: box(frame), controls, markers };
  });
}

/** What is wrong with the markers' places: outside the frame, or under a control. */
function misplaced({ frame, controls, markers }) {
  const overlaps = (a, b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const wrong = [];
  for (const m of markers) {
    if (m.x0 < frame.x0 || m.y0 < frame.y0 || m.x1 > frame.x1 || m.y1 > frame.y1) wrong.push(`${m.id} outside the map`);
    if (controls.some((c) => overlaps(m, c))) wrong.push(`${m.id} under a control`);
  }
  return wrong;
}

for (const [name, screen] of SCREENS) {
  describe(name, () => {
    test('every marker of the first view is inside the map and clear of the controls', async () => {
      for (const lang of ['kk', 'ru', 'en']) {
        const { page, context, errors } = await openPage(env.browser(), `${env.server().base}${lang === 'en' ? '' : `${lang}/`}`, screen);
        const boxes = await mapBoxes(page);
        assert.equal(boxes.markers.length, CITIES);
        assert.ok(boxes.controls.length >= 3, 'zoom in, zoom out and show all');
        assert.deepEqual(misplaced(boxes), [], lang);
        // The cities fill the frame's width or most of its height: not a strip of them
        // over half of Africa.
        const spread = (lo, hi, a, b) => (Math.max(...boxes.markers.map((m) => m[hi])) - Math.min(...boxes.markers.map((m) => m[lo]))) / (boxes.frame[b] - boxes.frame[a]);
        assert.ok(spread('x0', 'x1', 'x0', 'x1') > 0.8 || spread('y0', 'y1', 'y0', 'y1') > 0.8, 'the cities fill the frame one way');
        assert.ok(spread('y0', 'y1', 'y0', 'y1') > 0.5, `the cities take ${spread('y0', 'y1', 'y0', 'y1')} of the height`);
        assert.deepEqual(errors, []);
        await context.close();
      }
    });

    test('"show all" after a zoom and a pan brings every marker back into view', async () => {
      const { page, context } = await openPage(env.browser(), env.server().base, screen);
      const home = await mapTransform(page);
      for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.locator('svg.map').focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowUp');
      await page.waitForFunction((t) => document.querySelector('svg.map g.world').getAttribute('transform') !== t, home);
      assert.ok(misplaced(await mapBoxes(page)).length > 0, 'zoomed in, some cities are out of view');
      await page.getByRole('button', { name: 'Show all cities' }).click();
      await page.waitForFunction((t) => document.querySelector('svg.map g.world').getAttribute('transform') === t, home);
      assert.deepEqual(misplaced(await mapBoxes(page)), []);
      await context.close();
    });

    test('"show all" fits the cities the filters leave', async () => {
      const { page, context } = await openPage(env.browser(), `${env.server().base}?regions=europe`, screen);
      const all = await openPage(env.browser(), env.server().base, screen);
      const width = (b) => Math.max(...b.markers.map((m) => m.x1)) - Math.min(...b.markers.map((m) => m.x0));
      const [some, every] = [await mapBoxes(page), await mapBoxes(all.page)];
      assert.ok(some.markers.length > 1 && some.markers.length < CITIES);
      assert.deepEqual(misplaced(some), []);
      assert.ok(width(some) > width(every) / 3, 'zoomed to the cities shown, not to the world');
      await all.context.close();
      await context.close();
    });

    test('the tables section has no box with its own vertical scroll', async () => {
      const { page, context } = await openPage(env.browser(), env.server().base, screen);
      await page.locator('#tables').scrollIntoViewIfNeeded();
      await page.waitForSelector('.city-table tbody tr');
      const scrollers = await page.evaluate(() => [...document.querySelectorAll('#tables, #tables *')]
        .filter((el) => el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(el).overflowY))
        .map((el) => el.className || el.tagName));
      assert.deepEqual(scrollers, []);
      // Every row keeps its city, and the name stays in view while the row scrolls sideways.
      const rows = await page.locator('.city-table tbody tr[data-id]').count();
      assert.equal(rows, CITIES);
      const sticky = await page.evaluate(() => {
        const scroll = document.querySelector('.city-table .table-scroll') ?? document.querySelector('.table-scroll');
        scroll.scrollLeft = 200;
        const th = scroll.querySelector('tbody th');
        return { left: th.getBoundingClientRect().left - scroll.getBoundingClientRect().left, position: getComputedStyle(th).position };
      });
      assert.equal(sticky.position, 'sticky');
      assert.ok(Math.abs(sticky.left) <= 2, JSON.stringify(sticky));
      await context.close();
    });
  });
}

describe('phone cards', () => {
  test("Back closes an open card, and closing by its button leaves no entry behind", async () => {
    const { page, context, errors } = await openPage(env.browser(), env.server().base, PHONE);
    const start = await page.evaluate(() => history.length);
    // Pittsburgh stands alone on the map: a tap on it is not a neighbour's.
    await page.locator('.marker[data-id="pittsburgh"] .dot').tap();
    const card = page.getByRole('dialog', { name: 'Pittsburgh' });
    await card.waitFor();
    await page.waitForFunction(() => /[?&]city=pittsburgh/.test(location.search));
    await page.goBack();
    await card.waitFor({ state: 'detached' });
    assert.doesNotMatch(await page.evaluate(() => location.search), /city=/);
    assert.match(page.url(), /^http:\/\/127\.0\.0\.1:\d+\/(\?.*)?$/, 'still on the atlas');
    // Opened and closed by the button three times: one entry at most, not three.
    for (let i = 0; i < 3; i++) {
      await page.locator('.marker[data-id="pittsburgh"] .dot').tap();
      await card.waitFor();
      await card.getByRole('button', { name: 'Close' }).click();
      await card.waitFor({ state: 'detached' });
    }
    await page.waitForTimeout(300);
    assert.ok((await page.evaluate(() => history.length)) <= start + 1);
    assert.doesNotMatch(await page.evaluate(() => location.search), /city=/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the sheet opens at half height over a map that shows the city, and expands', async () => {
    const { page, context } = await openPage(env.browser(), env.server().base, PHONE);
    // The southernmost city, the one a sheet over the lower half would hide.
    await page.locator('.marker[data-id="nusantara"]').dispatchEvent('click');
    const card = page.getByRole('dialog', { name: 'Nusantara' });
    await card.waitFor();
    await page.waitForTimeout(200);
    const at = await page.evaluate(() => {
      const c = document.querySelector('.city-card').getBoundingClientRect();
      const m = document.querySelector('.marker[data-id="nusantara"] .dot').getBoundingClientRect();
      return { sheetTop: c.top, sheetH: c.height, markerBottom: m.bottom, markerTop: m.top, vh: innerHeight };
    });
    assert.ok(Math.abs(at.sheetH - at.vh / 2) <= 2, JSON.stringify(at));
    assert.ok(at.markerTop >= 0 && at.markerBottom <= at.sheetTop, `the city is above the sheet: ${JSON.stringify(at)}`);
    const handle = card.getByRole('button', { name: 'Full height' });
    await handle.click();
    await page.waitForFunction(() => document.querySelector('.city-card').getBoundingClientRect().height >= innerHeight - 2);
    assert.equal(await handle.getAttribute('aria-expanded'), 'true');
    await context.close();
  });
});

describe('chart', () => {
  test('with years=2017 the axis spans 2017, and a button brings every year back', async () => {
    const { page, context } = await openPage(env.browser(), `${env.server().base}?years=2017`);
    await page.waitForFunction(() => document.querySelector('canvas.chart-canvas')?.getAttribute('data-axis') === '2017-2017');
    const back = page.getByRole('button', { name: /Show all years/ });
    await back.click();
    const years = DATA.summits.events.flatMap((e) => [Number(e.start.slice(0, 4)), Number((e.end ?? e.start).slice(0, 4))]);
    const expected = `1998-${Math.max(...years)}`;
    await page.waitForFunction((a) => document.querySelector('canvas.chart-canvas').getAttribute('data-axis') === a, expected);
    // The address follows once the state is still (a short delay).
    await page.waitForFunction(() => !/years=/.test(location.search));
    await context.close();
  });

  test('a kind chip shows only its kind, a second tap shows every kind again', async () => {
    const { page, context } = await openPage(env.browser(), env.server().base);
    const chips = page.locator('.kind-chip');
    const n = await chips.count();
    await chips.nth(1).click();
    assert.equal(await page.locator('.kind-chip[aria-pressed="true"]').count(), 1);
    await chips.nth(1).click();
    assert.equal(await page.locator('.kind-chip[aria-pressed="true"]').count(), n);
    await context.close();
  });
});
