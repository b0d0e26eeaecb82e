// Quality gates: content before and without WebAssembly, the Content-Security-Policy, no
// request off the origin, no console error for hostile URLs, axe-core, keyboard only.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { CITIES, EVENTS, openPage, PHONE, useServerAndBrowser } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const env = useServerAndBrowser(before, after);

test('the HTML holds real content before any WebAssembly runs', async () => {
  const html = await (await fetch(env.server().base)).text();
  assert.match(html, /<title>Astana in world politics/);
  assert.match(html, /<meta[^>]+name="?description/);
  assert.match(html, /og:title/);
  const image = html.match(/content="?([^" >]+\.png)"? property="?og:image/)[1];
  assert.equal((await fetch(env.server().base + image)).status, 200, 'the social image exists');
  assert.match(html, /Content-Security-Policy/);
  assert.equal((html.match(/<tr id=/g) || []).length, CITIES + EVENTS, 'every city and event in static tables');
  const policy = html.match(/<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/)[1];
  // The interface texts travel as data (not run, so outside the CSP's script rules).
  const texts = JSON.parse(html.match(/<script type="?application\/json"? id="?ui-texts"?>([^<]*)<\/script>/)[1]);
  assert.equal(texts[0], 'Astana in world politics', 'the page carries its own interface texts');
  for (const [, script] of html.matchAll(/<script(?![^>]*\b(?:src=|type="?application\/json))[^>]*>([\s\S]*?)<\/script>/g)) {
    const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
    assert.ok(policy.includes(hash), 'the only inline script is allowed by its hash, not by unsafe-inline');
  }
  assert.doesNotMatch(policy, /script-src[^;]*unsafe-inline/);
});

test('the built page runs under its CSP with no violation, served with the deployment headers', async () => {
  const res = await fetch(env.server().base);
  assert.match(res.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'/);
  assert.equal(res.headers.get('cache-control'), 'no-cache');
  const html = await res.text();
  const meta = html.match(/<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/)[1];
  assert.equal(res.headers.get('content-security-policy'), meta, 'the nginx header and the meta tag are one policy');
  const bootName = html.match(/boot-[0-9a-f]{8,16}\.js/)[0];
  const wasmName = (await (await fetch(env.server().base + bootName)).text()).match(/astana-atlas-[0-9a-f]{8,16}_bg\.wasm/)[0];
  const wasm = await fetch(env.server().base + wasmName, { headers: { 'accept-encoding': 'br' } });
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  assert.equal(wasm.headers.get('content-encoding'), 'br', 'precompressed brotli is served');
  assert.match(wasm.headers.get('cache-control'), /immutable/);

  const context = await env.browser().newContext();
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(env.server().base);
  await page.waitForSelector('html.wasm-ready main .map-panel');
  await page.click('.city-table tr[data-id="doha"] button');
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a whole session in every language makes no request off the origin and logs no error', async () => {
  const { page, context, errors, requests } = await openPage(env.browser(), `${env.server().base}?lang=kk`);
  for (const lang of ['kk', 'ru', 'en']) {
    await page.click(`button[lang="${lang}"]`);
    await page.locator('.marker[data-id="warsaw"] .dot').click();
    await page.keyboard.press('Escape');
    await page.focus('svg.map');
    await page.keyboard.press('+');
    await page.keyboard.press('ArrowLeft');
    await page.focus('canvas.chart-canvas');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.fill('#city-search-input', 'a');
    await page.keyboard.press('Enter');
    await page.click('.event-table tbody tr:nth-child(3) button');
  }
  // CSV and JSON are files written at build time (links); the map and the chart are made on the spot.
  for (const [role, name] of [['link', 'Cities (CSV)'], ['link', 'Events (CSV)'], ['link', 'All data (JSON)'], ['button', 'Map (SVG)'], ['button', 'Chart (PNG)']]) {
    await Promise.all([page.waitForEvent('download'), page.getByRole(role, { name }).click()]);
  }
  const origin = new URL(env.server().base).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

/** At least fifty hostile or malformed query strings. */
const HOSTILE = [
  '?city=<script>window.__pwned=1</script>', '?city=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E', '?event="><svg/onload=window.__pwned=1>',
  '?lang=<b>kk</b>', '?lang=javascript:alert(1)', '?theme=dark;background:url(javascript:alert(1))', '?view=1,2,3,4', '?view=NaN,NaN,NaN',
  '?view=Infinity,0,2', '?view=1e999,0,2', '?view=-200,95,2', '?view=71,51,0', '?view=71,51,1000', '?view=,,', '?years=2017-2005',
  '?years=0-9999', '?years=abcd', '?years=2005-', '?years=-2017', '?years=20050-20170', '?years=1996-2026-2030', '?embed=maybe',
  '?embed=1&embed=0&embed=<x>', '?embed=1&show=<x>', '?embed=1&show=map,,chart', '?embed=1&show=' + 'map,'.repeat(300), '?regions=mars', '?regions=europe,,asia', '?regions=' + 'europe,'.repeat(500), '?kinds=summit,war',
  '?kinds=', '?orgs=../../etc/passwd', '?orgs=SCO', '?orgs=' + 'x'.repeat(5000), '?city=' + 'a'.repeat(6000), '?city=%', '?city=%%',
  '?city=%E0%A4%A', '?city=%FF%FE%FD', '?city=\u202Edoha', '?city=доха', '?city=DOHA', '?city=doha%00', '?city[]=doha', '?city.x=doha',
  '?=&=&=', '?&&&&', '?lang', '?lang=', '?theme=', '?undated=maybe', '?undated=hide&undated=show', '?event=osce-summit-2010&event=nope',
  '?city=nope&event=nope', '?lang=kk&lang=ru&lang=en', '?__proto__[x]=1', '?constructor=1', '?view=71.45,51.17,4&view=bad',
  '#<img src=x onerror=window.__pwned=1>', '?q=%u0041', '?city=%c0%af', '?lang=kk%0d%0aSet-Cookie:x=1',
];

test(`${HOSTILE.length} hostile URLs: the page works, nothing is injected, no console error`, async () => {
  assert.ok(HOSTILE.length >= 50);
  const context = await env.browser().newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  for (const q of HOSTILE) {
    await page.goto(env.server().base + q);
    await page.waitForSelector('html.wasm-ready main .map-panel', { timeout: 20000 }).catch((e) => assert.fail(`${q}: ${e.message}`));
    assert.equal(await page.locator('svg.map .marker').count(), CITIES, q);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, q);
    assert.equal(await page.locator('#fatal').count(), 0, `no panic for ${q}`);
    assert.deepEqual(errors, [], q);
  }
  await context.close();
});

test('without WebAssembly the static content stays and says so; without JavaScript too', async () => {
  let context = await env.browser().newContext();
  let page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(env.server().base);
  await page.waitForFunction(() => document.documentElement.classList.contains('wasm-failed'));
  assert.ok(await page.locator('.static-status .failed-msg').isVisible());
  assert.equal(await page.locator('tr[data-id]').count(), CITIES + EVENTS);
  await context.close();

  context = await env.browser().newContext({ javaScriptEnabled: false });
  page = await context.newPage();
  await page.goto(env.server().base);
  assert.ok(await page.locator('.static-status.no-script').isVisible());
  assert.equal(await page.locator('tr[data-id]').count(), CITIES + EVENTS);
  await context.close();
});

for (const lang of ['kk', 'ru', 'en']) {
  for (const theme of ['light', 'dark']) {
    test(`axe-core: no violations in ${lang}, ${theme}, with a city card and an event card open`, async () => {
      const context = await env.browser().newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${env.server().base}?lang=${lang}&theme=${theme}&city=pittsburgh&event=expo-2017`);
      await page.waitForSelector('html.wasm-ready .city-card');
      await page.waitForSelector('.event-card');
      await page.waitForSelector('.event-table tbody tr');
      await page.addScriptTag({ content: AXE });
      const result = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
      });
      assert.deepEqual(result, []);
      await context.close();
    });
  }
}

test('keyboard only: reach a city and an event, open and close both cards, change language', async () => {
  const { page, context } = await openPage(env.browser(), env.server().base);
  const activeId = () => page.evaluate(() => document.activeElement?.getAttribute('data-id') || document.activeElement?.className || document.activeElement?.tagName);
  // Tab from the top until a marker has focus.
  let found = false;
  for (let i = 0; i < 40 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.classList.contains('marker'));
  }
  assert.ok(found, 'Tab reaches a marker');
  await page.keyboard.press('ArrowRight');
  const city = await activeId();
  await page.keyboard.press('Enter');
  await page.locator('.city-card').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.city-card').waitFor({ state: 'detached' });
  assert.equal(await activeId(), city, 'focus is back on the marker');
  // On to the chart.
  found = false;
  for (let i = 0; i < 60 && !found; i++) {
    await page.keyboard.press('Tab');
    found = (await activeId()) === 'chart-canvas';
  }
  assert.ok(found, 'Tab reaches the chart');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.locator('.event-card').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.event-card').waitFor({ state: 'detached' });
  // Back up to the language switcher.
  found = false;
  for (let i = 0; i < 120 && !found; i++) {
    await page.keyboard.press('Shift+Tab');
    found = await page.evaluate(() => document.activeElement?.getAttribute('lang') === 'ru');
  }
  assert.ok(found, 'Tab reaches the language switcher');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  await context.close();
});

test('a phone in Kazakh, dark: no console error through a session', async () => {
  const { page, context, errors } = await openPage(env.browser(), `${env.server().base}?lang=kk&theme=dark`, PHONE);
  await page.locator('.marker[data-id="bishkek"] .dot').tap();
  await page.getByRole('dialog').waitFor();
  await page.getByRole('button', { name: 'Жабу' }).tap();
  assert.deepEqual(errors, []);
  await context.close();
});
