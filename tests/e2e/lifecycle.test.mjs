// Regressions of the map's view and the page's listeners: the `0` key stops a flight in
// progress, and a change of the pixel ratio leaves one listener, not one more each time.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DESKTOP, openPage, useServerAndBrowser } from './helpers.mjs';

const env = useServerAndBrowser(before, after);

test('the 0 key resets the view even while a flight to a city is under way', async () => {
  // Motion allowed: flights animate (650 ms).
  const { page, context } = await openPage(env.browser(), env.server().base, { ...DESKTOP, reducedMotion: 'no-preference' });
  const home = await page.getAttribute('svg.map g.world', 'transform');
  await page.click('.city-table tr[data-id="nusantara"] button');
  await page.focus('svg.map');
  await page.keyboard.press('0');
  await page.waitForTimeout(1000);
  assert.equal(await page.getAttribute('svg.map g.world', 'transform'), home, 'the flight did not overwrite the reset');
  await context.close();
});

test('changes of the pixel ratio keep one listener for it', async () => {
  const context = await env.browser().newContext(DESKTOP);
  await context.addInitScript(() => {
    // Live 'change' listeners on resolution media queries.
    window.__ratioListeners = 0;
    const add = MediaQueryList.prototype.addEventListener;
    const remove = MediaQueryList.prototype.removeEventListener;
    MediaQueryList.prototype.addEventListener = function (type, ...rest) {
      if (type === 'change' && /resolution/.test(this.media)) window.__ratioListeners++;
      return add.call(this, type, ...rest);
    };
    MediaQueryList.prototype.removeEventListener = function (type, ...rest) {
      if (type === 'change' && /resolution/.test(this.media)) window.__ratioListeners--;
      return remove.call(this, type, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(env.server().base);
  await page.waitForSelector('html.wasm-ready canvas.chart-canvas', { timeout: 20000 });
  const cdp = await context.newCDPSession(page);
  const at = () => page.evaluate(() => window.__ratioListeners);
  const start = await at();
  assert.ok(start >= 1, 'the chart watches the pixel ratio');
  for (const ratio of [1.5, 2, 1.25, 3, 1]) {
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: ratio, mobile: false });
    await page.waitForFunction((r) => window.devicePixelRatio === r, ratio);
    await page.waitForTimeout(150);
  }
  assert.equal(await at(), start, 'no listener piles up');
  const canvas = await page.$eval('canvas.chart-canvas', (c) => [c.width, c.getBoundingClientRect().width]);
  assert.ok(Math.abs(canvas[0] - Math.round(canvas[1])) <= 1, 'the chart was redrawn for the last ratio (1)');
  await context.close();
});

test('another language\'s texts are fetched on a switch; if they cannot be, its page opens', async () => {
  const { page, context } = await openPage(env.browser(), `${env.server().base}?years=2005-2015`, DESKTOP);
  const fetched = [];
  page.on('request', (r) => /public\/ui\//.test(r.url()) && fetched.push(new URL(r.url()).pathname));
  assert.equal(await page.textContent('#site-title'), 'Astana in world politics');
  await page.click('.lang-switcher button[lang="ru"]');
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  assert.equal(await page.textContent('#site-title'), 'Астана в мировой политике');
  assert.deepEqual(fetched.map((p) => p.split('/').pop()), ['ru.json'], 'only the Russian table came');
  // Back to English: the page's own table, no request.
  await page.click('.lang-switcher button[lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(fetched.length, 1);
  // Kazakh's table cannot come: the Kazakh page opens, with the view kept.
  await page.route('**/public/ui/kk.json*', (route) => route.abort());
  await Promise.all([page.waitForURL(/\/kk\/\?(.*&)?years=2005-2015/), page.click('.lang-switcher button[lang="kk"]')]);
  await page.waitForSelector('html.wasm-ready');
  assert.equal(await page.textContent('#site-title'), 'Астана әлемдік саясатта');
  await context.close();
});
