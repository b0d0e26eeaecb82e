// The summits chart in real Chromium: crisp at DPR 2, redrawn on resize, PNG download.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { CITIES, DATA, EVENTS, eventsInYears, eventYears, openPage, useServerAndBrowser } from './helpers.mjs';

const env = useServerAndBrowser(before, after);

/** Rows of the event table, once there are `n`. */
const eventRows = (page, n) => page.waitForFunction((count) => document.querySelectorAll('.event-table tbody tr').length === count, n);
const events = (keep) => DATA.summits.events.filter(keep).length;

async function canvasSize(page) {
  return page.evaluate(() => {
    const c = document.querySelector('canvas.chart-canvas');
    const r = c.getBoundingClientRect();
    return { w: c.width, h: c.height, cssW: r.width, cssH: r.height };
  });
}

test('at device scale factor 2 the backing store is twice the CSS size, and not blank', async () => {
  const { page, context, errors } = await openPage(env.browser(), env.server().base, { deviceScaleFactor: 2 });
  await page.waitForFunction(() => document.querySelector('canvas.chart-canvas').width > 300);
  const s = await canvasSize(page);
  assert.ok(Math.abs(s.w - Math.round(s.cssW * 2)) <= 1, JSON.stringify(s));
  assert.ok(Math.abs(s.h - Math.round(s.cssH * 2)) <= 1, JSON.stringify(s));
  const distinct = await page.evaluate(() => {
    const c = document.querySelector('canvas.chart-canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const colours = new Set();
    for (let i = 0; i < d.length; i += 4 * 7) colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return colours.size;
  });
  assert.ok(distinct > 20, `the canvas has ${distinct} colours`);
  assert.match(await page.getAttribute('canvas.chart-canvas', 'aria-label'), /events/i);
  // Counted from the data: the events, the years they start in, the year with the most.
  const starts = DATA.summits.events.map((e) => eventYears(e)[0]);
  const perYear = new Map();
  for (const y of starts) perYear.set(y, (perYear.get(y) ?? 0) + 1);
  const [peak, most] = [...perYear].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  const summary = `${EVENTS} events, ${Math.min(...starts)} to ${Math.max(...starts)}, most in ${peak} (${most}).`;
  assert.equal(await page.textContent('#chart-summary'), summary);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a viewport resize redraws at the new size', async () => {
  const { page, context } = await openPage(env.browser(), env.server().base);
  await page.waitForFunction(() => document.querySelector('canvas.chart-canvas').width > 300);
  const before = await canvasSize(page);
  await page.setViewportSize({ width: 700, height: 800 });
  await page.waitForFunction((w) => document.querySelector('canvas.chart-canvas').width !== w, before.w);
  const after = await canvasSize(page);
  assert.ok(after.w < before.w);
  assert.ok(Math.abs(after.w - Math.round(after.cssW)) <= 1, 'not stretched: backing store follows the CSS size');
  await context.close();
});

test('the keyboard steps through events and the table row follows', async () => {
  const { page, context } = await openPage(env.browser(), env.server().base);
  await page.focus('canvas.chart-canvas');
  await page.keyboard.press('ArrowRight');
  assert.match(await page.textContent('[aria-live="polite"].visually-hidden'), /5th Summit of Heads of Turkic-Speaking States, 9 June 1998/);
  await page.keyboard.press('Enter');
  const card = page.getByRole('dialog', { name: '5th Summit of Heads of Turkic-Speaking States' });
  await card.waitFor();
  assert.match(await card.textContent(), /9 June 1998/);
  assert.match(await card.textContent(), /Astana/);
  assert.equal(await page.getAttribute('.event-table tr[data-id="turkic-speaking-summit-1998"]', 'aria-current'), 'true');
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.className), 'chart-canvas');
  await context.close();
});

test('filters by kind and organization change the chart and the table', async () => {
  const { page, context } = await openPage(env.browser(), env.server().base);
  await page.selectOption('.org-select select', 'sco');
  const sco = events((e) => e.organization === 'sco');
  await eventRows(page, sco);
  assert.ok((await page.textContent('#chart-summary')).startsWith(`${sco} events`));
  await page.selectOption('.org-select select', '');
  // With every kind shown, a kind's chip means "only this kind".
  await page.getByRole('button', { name: 'Sport', exact: true }).click();
  await eventRows(page, events((e) => e.kind === 'sport'));
  await page.getByRole('button', { name: 'Europe', exact: true }).click();
  const region = new Map(DATA.twin.countries.map((c) => [c.code, c.region]));
  const outsideEurope = DATA.twin.cities.filter((c) => region.get(c.country) !== 'europe').length;
  await page.waitForFunction((n) => document.querySelectorAll('.city-table tbody tr').length === n, outsideEurope);
  assert.ok(outsideEurope < CITIES);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await eventRows(page, EVENTS);
  assert.equal(await page.locator('.city-table tbody tr').count(), CITIES);
  await page.waitForFunction(() => !/kinds=|regions=/.test(location.search));
  await context.close();
});

test('choosing 2017 highlights its events and its twin-city agreements', async () => {
  const { page, context } = await openPage(env.browser(), env.server().base);
  await page.selectOption('.year-filter label:nth-of-type(1) select', '2017');
  await page.selectOption('.year-filter label:nth-of-type(2) select', '2017');
  await eventRows(page, eventsInYears(2017, 2017));
  // Abu Dhabi (2017) stays; Doha (2022) goes; cities with an unknown year stay.
  assert.equal(await page.locator('.marker[data-id="abu-dhabi"]:not(.hidden)').count(), 1);
  assert.equal(await page.locator('.marker[data-id="doha"].hidden').count(), 1);
  assert.equal(await page.locator('.marker[data-id="seoul"]:not(.hidden)').count(), 1);
  await page.waitForFunction(() => /years=2017(&|$)/.test(location.search));
  await context.close();
});

test('the chart downloads as a valid PNG', async () => {
  const { page, context } = await openPage(env.browser(), env.server().base);
  await page.waitForFunction(() => document.querySelector('canvas.chart-canvas').width > 300);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Chart (PNG)' }).click()]);
  assert.match(download.suggestedFilename(), /^astana-atlas-chart-en-\d{4}-\d{2}-\d{2}\.png$/);
  const bytes = readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  const width = bytes.readUInt32BE(16);
  const cssWidth = await page.evaluate(() => document.querySelector('canvas.chart-canvas').getBoundingClientRect().width);
  // Twice the chart's CSS size, whatever the screen's pixel ratio (issue 13: publishable).
  assert.equal(width, 2 * Math.round(cssWidth), `PNG at twice the CSS width (${width} vs ${cssWidth})`);
  await context.close();
});
