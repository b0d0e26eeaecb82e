// Languages, URL state, embedding, phones and themes, downloads.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { CITIES, EVENTS, eventsInYears, openPage, PHONE, useServerAndBrowser } from './helpers.mjs';

const env = useServerAndBrowser(before, after);

/** Fixed interface texts that must appear, per language (a sample across the page). */
const EXPECTED = {
  kk: ['Астана әлемдік саясатта', 'Бауырлас қалалар', 'Қаланы іздеу', 'Жылдар', 'Жүктеп алу', 'Мақаладағы қателер', 'Іс-шара түрлері'],
  ru: ['Астана в мировой политике', 'Города-побратимы', 'Найти город', 'Годы', 'Скачать', 'Где статья ошибается', 'Виды мероприятий'],
  en: ['Astana in world politics', 'Twin and sister cities', 'Find a city', 'Years', 'Downloads', 'Where the article is wrong', 'Kinds of event'],
};
/** English interface words that must not be left in the other languages. */
const ENGLISH_ONLY = ['Find a city', 'Downloads', 'Zoom in', 'Kinds of event', 'Show all cities', 'Sources', 'Organizations'];

for (const lang of ['kk', 'ru', 'en']) {
  test(`?lang=${lang} renders the whole interface in that language`, async () => {
    const { page, context, errors } = await openPage(env.browser(), `${env.server().base}?lang=${lang}`);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    // The About panel's text comes when it is near the viewport.
    await page.locator('#about').scrollIntoViewIfNeeded();
    await page.waitForSelector('#about .about-body h2');
    // textContent, not innerText: sections far below the screen are not laid out yet.
    const text = await page.evaluate(() => document.body.textContent + [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join('\n'));
    for (const s of EXPECTED[lang]) assert.ok(text.includes(s), `${lang}: missing "${s}"`);
    const title = await page.title();
    assert.equal(title, EXPECTED[lang][0]);
    if (lang !== 'en') {
      const chrome = await page.evaluate(() => {
        const parts = [...document.querySelectorAll('header, .year-filter, .map-tools, .map-controls, .chart-tools, thead, .downloads, h2, h3, h4')];
        const labels = [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
        return parts.map((p) => p.textContent).join('\n') + '\n' + labels.join('\n');
      });
      for (const s of ENGLISH_ONLY) assert.ok(!chrome.includes(s), `${lang}: English "${s}" left in the interface`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('switching language keeps the selection, the zoom and the filters', async () => {
  const { page, context } = await openPage(env.browser(), `${env.server().base}?lang=en&city=doha&years=2000-2020&regions=asia,middle-east-africa`);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const transform = await page.getAttribute('svg.map g.world', 'transform');
  await page.click('button[lang="kk"]');
  await page.getByRole('dialog', { name: 'Доха' }).waitFor();
  assert.equal(await page.getAttribute('svg.map g.world', 'transform'), transform);
  assert.equal(await page.inputValue('.year-filter label:nth-of-type(1) select'), '2000');
  assert.equal(await page.locator('.region-filter [aria-pressed="true"]').count(), 2);
  await page.waitForFunction(() => location.search.includes('lang=kk'));
  await context.close();
});

test('a URL reproduces a view: a city, an event, a year range', async () => {
  let { page, context } = await openPage(env.browser(), `${env.server().base}?city=doha`);
  await page.getByRole('dialog', { name: 'Doha' }).waitFor();
  assert.match(await page.textContent('.city-card'), /2022/);
  await context.close();

  ({ page, context } = await openPage(env.browser(), `${env.server().base}?event=osce-summit-2010`));
  const card = page.getByRole('dialog', { name: 'OSCE Astana Summit' });
  await card.waitFor();
  assert.match(await card.textContent(), /1–2 December 2010/);
  await context.close();

  ({ page, context } = await openPage(env.browser(), `${env.server().base}?years=2005-2017`));
  assert.equal(await page.inputValue('.year-filter label:nth-of-type(1) select'), '2005');
  assert.equal(await page.inputValue('.year-filter label:nth-of-type(2) select'), '2017');
  await page.waitForFunction((n) => document.querySelectorAll('.event-table tbody tr').length === n, eventsInYears(2005, 2017));
  assert.ok(eventsInYears(2005, 2017) < EVENTS, 'the range leaves events out');
  await context.close();
});

test('the URL follows the visitor without adding history entries (but one for an opened card)', async () => {
  const { page, context, errors } = await openPage(env.browser(), env.server().base);
  // A long drag: the view lands in the URL once the map stops, with no throttling error.
  const box = await page.locator('svg.map').boundingBox();
  await page.mouse.move(box.x + 300, box.y + 200);
  await page.mouse.down();
  for (let i = 0; i < 150; i++) await page.mouse.move(box.x + 300 + 100 * Math.sin(i / 8), box.y + 200);
  await page.mouse.up();
  await page.waitForFunction(() => location.search.includes('view='));
  assert.deepEqual(errors, []);
  const length0 = await page.evaluate(() => history.length);
  await page.click('.city-table tr[data-id="nice"] button');
  await page.waitForFunction(() => location.search.includes('city=nice'));
  await page.click('button[lang="ru"]');
  await page.waitForFunction(() => location.search.includes('lang=ru'));
  // The card's entry (Back closes it), none for the pan or the language.
  assert.equal(await page.evaluate(() => history.length), length0 + 1);
  await context.close();
});

test('Share opens a dialog whose Copy link copies the view; where there is no clipboard (plain http) the link is selected, to copy by hand', async () => {
  let { page, context, errors } = await openPage(env.browser(), `${env.server().base}?city=doha`, { permissions: ['clipboard-read', 'clipboard-write'] });
  // The address bar holds the whole view (the language is added) before the link is taken.
  await page.waitForFunction(() => location.search.includes('lang=en'));
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed this view' });
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await dialog.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  await context.close();

  // A page on plain http has no navigator.clipboard.
  context = await env.browser().newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => delete Navigator.prototype.clipboard);
  page = await context.newPage();
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${env.server().base}?city=doha`);
  await page.waitForSelector('html.wasm-ready main .map-panel');
  assert.equal(await page.evaluate(() => 'clipboard' in navigator), false);
  await page.waitForFunction(() => location.search.includes('lang=en'));
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('dialog', { name: 'Share or embed this view' }).getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('status').filter({ hasText: 'Selected: press Ctrl+C to copy' }).waitFor();
  // The link alone is selected, so that Ctrl+C copies it.
  const selected = await page.evaluate(() => {
    const f = document.activeElement;
    return f.id === 'share-link' ? f.value.slice(f.selectionStart, f.selectionEnd) : null;
  });
  assert.equal(selected, page.url());
  assert.deepEqual(errors, []);
  await context.close();
});

test('?embed=1 from a sub-path of a host site: compact, and the iframe grows to fit', async () => {
  const { page, context, errors } = await openPage(env.browser(), env.server().hostBase, { waitForApp: false });
  const frame = page.frameLocator('iframe');
  await frame.locator('html.wasm-ready main .map-panel').waitFor({ timeout: 20000 });
  assert.equal(await frame.locator('#tagline').isVisible(), false, 'a compact header in the embed');
  assert.equal(await frame.getByRole('link', { name: 'Толық атласты ашу' }).count(), 1);
  await page.waitForFunction(() => parseFloat(getComputedStyle(document.querySelector('iframe')).height) > 1500);
  const fit = await page.evaluate(() => {
    const f = document.querySelector('iframe');
    return { frame: f.getBoundingClientRect().height };
  });
  const inner = await frame.locator('body').evaluate((el) => ({
    content: el.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
    client: document.documentElement.clientHeight,
  }));
  assert.ok(Math.abs(fit.frame - inner.content) <= 2, `iframe ${fit.frame}px, content ${inner.content}px`);
  assert.ok(inner.scroll <= inner.client + 1, `no scrollbar inside the iframe (${inner.scroll} > ${inner.client})`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('embed.js resizes the atlas frame and no other frame that posts the message', async () => {
  const { page, context, errors } = await openPage(env.browser(), env.server().hostBase, { waitForApp: false });
  // A widget from another origin that claims to be the atlas, 20 times a second.
  const widget = `${env.server().base}widget.html`;
  await context.route(widget, (route) => route.fulfill({
    contentType: 'text/html',
    body: '<script>setInterval(() => parent.postMessage({ type: "astana-atlas:resize", height: 9000 }, "*"), 50)</script>',
  }));
  await page.evaluate((src) => {
    window.widgetMessages = 0;
    window.addEventListener('message', (e) => {
      if (e.source === document.querySelector('#widget').contentWindow) window.widgetMessages++;
    });
    for (const id of ['widget', 'opted-in']) {
      const frame = document.createElement('iframe');
      frame.id = id;
      frame.src = src;
      frame.height = '150';
      if (id === 'opted-in') frame.setAttribute('data-astana-atlas', '');
      document.body.append(frame);
    }
  }, widget);
  const height = (selector) => page.evaluate((s) => document.querySelector(s).getBoundingClientRect().height, selector);
  // The same messages resize a frame that opts in with data-astana-atlas ...
  await page.waitForFunction(() => document.querySelector('#opted-in').getBoundingClientRect().height === 9000);
  // ... and the atlas's own frame grows to its content,
  await page.waitForFunction(() => document.querySelector('iframe[title="Astana Atlas"]').getBoundingClientRect().height > 1500);
  assert.ok((await height('iframe[title="Astana Atlas"]')) < 9000);
  // but the widget, heard from again and again, stays as tall as its page made it.
  await page.waitForFunction(() => window.widgetMessages >= 10);
  assert.equal(await height('#widget'), 150);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [w, h] of [[320, 640], [390, 844]]) {
  test(`nothing overflows sideways at ${w}x${h}`, async () => {
    const { page, context } = await openPage(env.browser(), `${env.server().base}?city=saint-petersburg`, { ...PHONE, viewport: { width: w, height: h } });
    await page.getByRole('dialog').waitFor();
    // clientWidth is the layout viewport; on a phone innerWidth grows when a page overflows.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    const small = await page.evaluate(() => [...document.querySelectorAll('button, select, input, [role="button"]:not(.marker)')]
      .filter((e) => e.offsetParent !== null)
      .map((e) => ({ e: e.outerHTML.slice(0, 60), h: e.getBoundingClientRect().height, w: e.getBoundingClientRect().width }))
      .filter((r) => r.h < 43.5 && !r.e.startsWith('<input type="checkbox"')));
    assert.deepEqual(small, [], 'touch targets are at least 44px high');
    await context.close();
  });
}

test('nothing overflows sideways at 2560x1440 either', async () => {
  const { page, context } = await openPage(env.browser(), env.server().base, { viewport: { width: 2560, height: 1440 } });
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)) <= 0);
  await context.close();
});

test('the dark theme applies from the URL and from the system', async () => {
  let { page, context } = await openPage(env.browser(), `${env.server().base}?theme=dark`);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(13, 19, 23)');
  await context.close();
  ({ page, context } = await openPage(env.browser(), env.server().base, { colorScheme: 'dark' }));
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  await context.close();
  ({ page, context } = await openPage(env.browser(), `${env.server().base}?theme=light`, { colorScheme: 'dark' }));
  assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
  await context.close();
});

test('the cities CSV has one row per city, and the other downloads carry language and date', async () => {
  const { page, context } = await openPage(env.browser(), `${env.server().base}?lang=ru`);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Города (CSV)' }).click()]);
  assert.match(csv.suggestedFilename(), /^astana-atlas-cities-ru-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = text.trim().split('\r\n');
  assert.equal(lines.length, 1 + CITIES);
  assert.ok(lines.some((l) => l.startsWith('doha,Doha,Доха,Доха,QA,Катар')), 'Doha with its names');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Все данные (JSON)' }).click()]);
  const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.equal(data.twin_cities.cities.length, CITIES);
  assert.equal(data.summits.events.length, EVENTS);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Карта (SVG)' }).click()]);
  const svgText = readFileSync(await svg.path(), 'utf8');
  assert.ok(svgText.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
  assert.equal((svgText.match(/<circle class="[mh]"/g) || []).length, CITIES);
  await context.close();
});
