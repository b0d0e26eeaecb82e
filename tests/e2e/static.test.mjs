// Static-first: each language's page holds the finished map (and chart) before any
// WebAssembly runs, without it, and without JavaScript; the app takes over without a
// layout shift and with every marker where the page drew it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { DESKTOP, PHONE, useServerAndBrowser } from './helpers.mjs';

const env = useServerAndBrowser(before, after);
const CITIES = JSON.parse(readFileSync(new URL('../../src/data/twin_cities.json', import.meta.url))).cities;
const LANGS = ['en', 'kk', 'ru'];
const pagePath = (lang) => (lang === 'en' ? '' : `${lang}/`);
/** The map heading each page must show, from the blocks the build puts into it. */
const heading = (lang) => readFileSync(new URL(`../../static/${lang}.html`, import.meta.url), 'utf8').match(/<h2 id="map-heading">([^<]+)<\/h2>/)[1];

/** Every marker's dot centre, and whether it is inside the map frame and painted. */
async function markers(page) {
  return page.evaluate(() => {
    const frame = document.querySelector('.map-frame').getBoundingClientRect();
    return [...document.querySelectorAll('.marker[data-id]')].map((m) => {
      const r = m.querySelector('.dot').getBoundingClientRect();
      const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
      const style = getComputedStyle(m);
      return {
        id: m.dataset.id, x, y,
        inside: x >= frame.left && x <= frame.right && y >= frame.top && y <= frame.bottom,
        painted: r.width > 0 && style.visibility !== 'hidden' && style.display !== 'none',
        role: m.getAttribute('role'), name: m.getAttribute('aria-label'),
      };
    });
  });
}

for (const [device, options] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  for (const lang of LANGS) {
    for (const mode of ['WebAssembly blocked', 'JavaScript off']) {
      test(`${device}, ${lang}, ${mode}: every city is on the map, in the page's language`, async () => {
        const context = await env.browser().newContext({ ...options, javaScriptEnabled: mode !== 'JavaScript off' });
        const page = await context.newPage();
        await page.route(/\.wasm$/, (route) => route.abort());
        await page.goto(env.server().base + pagePath(lang));
        if (mode === 'WebAssembly blocked') {
          await page.waitForFunction(() => document.documentElement.classList.contains('wasm-failed'));
          assert.ok(await page.locator('.static-status .failed-msg').isVisible(), 'the page says the interactive view is unavailable');
        } else {
          assert.ok(await page.locator('.static-status.no-script').isVisible());
        }
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        assert.equal((await page.textContent('#map h2')).trim(), heading(lang));
        const ms = await markers(page);
        assert.equal(ms.length, CITIES.length);
        for (const m of ms) {
          assert.ok(m.inside && m.painted, `${m.id} is drawn inside the map`);
          assert.equal(m.role, 'button');
          assert.ok(m.name && m.name.length > 3, `${m.id} has an accessible name`);
        }
        assert.ok((await page.locator('.static-map .country').count()) > 100, 'country outlines are drawn');
        await context.close();
      });
    }

    test(`${device}, ${lang}: the app takes over with no layout shift and every marker in place`, async () => {
      const context = await env.browser().newContext(options);
      let page = await context.newPage();
      await page.route(/\.wasm$/, (route) => route.abort());
      await page.goto(env.server().base + pagePath(lang));
      await page.waitForFunction(() => document.documentElement.classList.contains('wasm-failed'));
      const before = await markers(page);
      await page.close();

      page = await context.newPage();
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(env.server().base + pagePath(lang));
      await page.waitForSelector('html.wasm-ready .event-table tbody tr', { timeout: 20000 });
      await page.waitForTimeout(300);
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift < 0.01, `layout shift ${shift} from navigation until the app runs`);
      const live = await markers(page);
      assert.equal(live.length, before.length);
      for (const b of before) {
        const l = live.find((m) => m.id === b.id);
        const d = Math.hypot(l.x - b.x, l.y - b.y);
        assert.ok(d <= 1, `${b.id}: the live marker is ${d.toFixed(2)} px from the static one`);
      }
      assert.equal(await page.getAttribute('html', 'lang'), lang, 'the app keeps the page language');
      const target = live.find((m) => m.id === 'doha') || live[0];
      if (device === 'phone') await page.tap(`.marker[data-id="${target.id}"]`);
      else await page.click(`.marker[data-id="${target.id}"]`);
      await page.waitForSelector('.city-card[role="dialog"], [role="dialog"].city-card', { timeout: 5000 });
      await context.close();
    });
  }
}

test('?lang= and the browser language lead to their page before the first paint', async () => {
  let context = await env.browser().newContext(DESKTOP);
  let page = await context.newPage();
  const documents = [];
  page.on('response', (r) => r.request().resourceType() === 'document' && documents.push(new URL(r.url()).pathname));
  await page.goto(`${env.server().base}?lang=ru&years=2010-2017`);
  await page.waitForLoadState('domcontentloaded');
  assert.match(page.url(), /\/ru\/\?lang=ru&years=2010-2017$/, 'query kept');
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  await page.goto(`${env.server().base}kk/?lang=en`);
  await page.waitForLoadState('domcontentloaded');
  assert.equal(new URL(page.url()).pathname, '/', 'English is the root page');
  await context.close();

  context = await env.browser().newContext({ ...DESKTOP, locale: 'kk-KZ' });
  page = await context.newPage();
  await page.goto(env.server().base);
  await page.waitForLoadState('domcontentloaded');
  assert.equal(new URL(page.url()).pathname, '/kk/', 'a Kazakh browser gets the Kazakh page');
  await page.goto(`${env.server().base}?lang=en`);
  await page.waitForLoadState('domcontentloaded');
  assert.equal(new URL(page.url()).pathname, '/', 'an explicit ?lang= wins over the browser');
  await context.close();
  assert.ok(documents.length >= 2);
});
