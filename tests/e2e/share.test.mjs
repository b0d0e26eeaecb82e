// The web editor and the journalist (issue 13): the Share dialog and its embed code in a
// host page on another origin, citable cards, publishable exports.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DATA, PHONE, eventYears, openPage, useServerAndBrowser } from './helpers.mjs';

const env = useServerAndBrowser(before, after);
const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

/** Opens the Share dialog with the keyboard; returns its locator. */
async function openShare(page, name) {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog.share-dialog[open]');
  await dialog.waitFor();
  await page.waitForFunction(() => document.querySelector('#share-code')?.value.includes('<iframe'));
  return dialog;
}

test('the Share dialog is a keyboard-usable dialog with the link and the embed code of the view', async () => {
  const { page, context, errors } = await openPage(env.browser(), `${env.server().base}ru/?years=2010-2017&event=osce-summit-2010`, CLIPBOARD);
  await page.waitForFunction(() => location.search.includes('lang=ru'));
  const dialog = await openShare(page, 'Поделиться');
  assert.equal(await page.getByRole('dialog', { name: 'Поделиться этим видом или встроить его' }).count(), 1);
  const link = await page.inputValue('#share-link');
  assert.equal(link, page.url());
  let code = await page.inputValue('#share-code');
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/ru\/\?lang=ru&amp;event=osce-summit-2010&amp;years=2010-2017&amp;embed=1&amp;show=map,chart" title="Астана в мировой политике" loading="lazy" height="\d+" style="width:100%;border:0"><\/iframe>\n<script src="http:\/\/127\.0\.0\.1:\d+\/public\/embed\.js"><\/script>$/);
  // Choices by keyboard: the radio group and the tables checkbox.
  await page.getByRole('radio', { name: 'Диаграмма', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: 'С таблицами' }).focus();
  await page.keyboard.press('Space');
  code = await page.inputValue('#share-code');
  assert.ok(code.includes('show=chart,tables'), code);
  const height = Number(await dialog.locator('[data-fill="height"]').textContent());
  assert.ok(height > 300 && code.includes(`height="${height}"`), `${height}: ${code}`);
  await dialog.getByRole('button', { name: 'Копировать код' }).click();
  await dialog.getByRole('status').filter({ hasText: 'Код скопирован' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  await dialog.getByRole('button', { name: 'Копировать ссылку' }).click();
  await dialog.getByRole('status').filter({ hasText: 'Ссылка скопирована' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  await page.keyboard.press('Escape');
  await page.locator('dialog.share-dialog[open]').waitFor({ state: 'detached' }).catch(() => {});
  assert.equal(await page.locator('dialog.share-dialog[open]').count(), 0, 'Escape closes the dialog');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Writes a host page on the host's origin, under a strict CSP that allows only the atlas's origin. */
function hostPage(name, snippet, atlasOrigin) {
  const csp = `default-src 'self'; script-src 'self' ${atlasOrigin}; frame-src ${atlasOrigin}; img-src 'self' data:; style-src 'self' 'unsafe-inline'`;
  writeFileSync(join(env.server().tmp, 'host', name), `<!doctype html><html lang="kk"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}"><title>Host</title><link rel="icon" href="data:,">
<style>body { font-family: sans-serif; max-width: 900px; margin: 2rem auto; }</style></head>
<body><h1>Университет</h1>\n${snippet}\n<p id="after">Мәтін.</p></body></html>`);
}

for (const [choice, shown, hidden] of [['Карта', '.map-panel', ['.chart-panel', '.tables', '.downloads', '.about']], ['Диаграмма', '.chart-panel', ['.map-panel', '.tables', '.downloads', '.about']]]) {
  test(`the snippet for "${choice}", pasted into a host page on another origin with a strict CSP, shows that part at its content height`, async () => {
    const { base, hostBase } = env.server();
    const { page, context } = await openPage(env.browser(), `${base}kk/?years=2010-2017`);
    await openShare(page, 'Бөлісу');
    await page.getByRole('radio', { name: choice, exact: true }).check();
    const code = await page.inputValue('#share-code');
    assert.ok(code.includes(`show=${shown === '.map-panel' ? 'map' : 'chart'}"`), code);
    await context.close();

    const file = `share-${shown.slice(1)}.html`;
    hostPage(file, code, new URL(base).origin);
    const host = await openPage(env.browser(), `${hostBase}${file}`, { waitForApp: false });
    const frame = host.page.frameLocator('iframe');
    await frame.locator('html.wasm-ready main').waitFor({ timeout: 20000 });
    await frame.locator(`main ${shown}`).waitFor();
    assert.equal(await frame.locator(`main ${shown}`).isVisible(), true);
    for (const h of hidden) {
      assert.equal(await frame.locator(`main ${h}`).first().isVisible().catch(() => false), false, `${h} hidden`);
    }
    assert.equal(await frame.getByText('2010').first().count(), 1);
    // embed.js (from the atlas's origin) fits the frame to the content.
    await host.page.waitForFunction(() => {
      const f = document.querySelector('iframe');
      return f.style.height !== '';
    });
    await host.page.waitForTimeout(500);
    const frameHeight = await host.page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
    const inner = await frame.locator('body').evaluate((el) => ({
      content: el.getBoundingClientRect().height,
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
    }));
    assert.ok(Math.abs(frameHeight - inner.content) <= 2, `iframe ${frameHeight}px, content ${inner.content}px`);
    assert.ok(inner.scroll <= inner.client + 1, `no scrollbar in the frame (${inner.scroll} > ${inner.client})`);
    // The frame holds the header, the year filter, the part and the footer: nothing else.
    const parts = await frame.locator('body').evaluate((b, sel) => ['.site-header', '.year-filter', sel, '.site-footer']
      .reduce((sum, s) => sum + b.querySelector(s).getBoundingClientRect().height, 0), shown);
    assert.ok(frameHeight <= parts + 80, `a compact ${choice}: ${frameHeight}px for ${parts}px of parts`);
    assert.deepEqual(host.errors, []);
    await host.context.close();
  });
}

test('an event card cites the event: its name, dates, a source, the card link and the access date', async () => {
  const { base } = env.server();
  const { page, context, errors } = await openPage(env.browser(), `${base}ru/?event=osce-summit-2010`, CLIPBOARD);
  const card = page.getByRole('dialog', { name: 'Саммит ОБСЕ в Астане' });
  await card.getByRole('button', { name: 'Сослаться' }).click();
  await card.getByRole('status').filter({ hasText: 'Библиографическая ссылка скопирована' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const dates = (await card.locator('.name-row').first().locator('dd').textContent()).trim();
  const now = new Date();
  const today = `${now.getDate()} ${['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'][now.getMonth()]} ${now.getFullYear()}`;
  assert.ok(copied.startsWith('«Саммит ОБСЕ в Астане» (1–2 декабря 2010'), copied);
  assert.ok(copied.includes(dates), `${dates}: ${copied}`);
  assert.ok(copied.includes('Chukubayev, Ismagulov (2023). Astana as an actor in world politics, https://doi.org/10.48371/ISMO.2023.51.1.007'), copied);
  assert.ok(copied.includes(`URL: ${base}ru/?event=osce-summit-2010 (дата обращения: ${today}`), copied);
  assert.equal(await card.locator('.cite-text').textContent(), copied, 'the citation is shown as copied');
  await card.getByRole('button', { name: 'Копировать ссылку' }).click();
  await card.getByRole('status').filter({ hasText: 'Ссылка скопирована' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${base}ru/?event=osce-summit-2010`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a source without a web address says so, in the card and in the citation; a city card cites the city', async () => {
  const { base } = env.server();
  const event = DATA.summits.events.find((e) => e.sources.some((s) => !s.url));
  const source = event.sources.find((s) => !s.url);
  const { page, context } = await openPage(env.browser(), `${base}kk/?event=${event.id}`, CLIPBOARD);
  const card = page.locator('.event-card');
  await card.locator('.sources').first().waitFor();
  assert.ok((await card.locator('.sources').first().textContent()).includes(`${source.title} (веб-мекенжайы жоқ)`));
  await card.getByRole('button', { name: 'Сілтеме жасау' }).click();
  await card.getByRole('status').filter({ hasText: 'көшірілді' }).waitFor();
  const kk = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(kk.includes(`${source.title} (веб-мекенжайы жоқ)`), kk);
  // The access date with a Kazakh month name (not the "2026 M12 3" of a browser without Kazakh data).
  assert.match(kk, /\(қаралған күні: \d{1,2} [а-яәғқңөұүһі]+ \d{4}/);
  await context.close();

  const city = await openPage(env.browser(), `${base}?city=doha`, CLIPBOARD);
  const cityCard = city.page.getByRole('dialog', { name: 'Doha' });
  await cityCard.getByRole('button', { name: 'Cite' }).click();
  await cityCard.getByRole('status').filter({ hasText: 'Citation copied' }).waitFor();
  const text = await city.page.evaluate(() => navigator.clipboard.readText());
  assert.ok(text.startsWith('“Doha” (Qatar') && text.includes(`${base}?city=doha (accessed `), text);
  await city.context.close();
});

/** A PNG's width, height and tEXt/iTXt entries. */
function readPng(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  const out = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), text: {} };
  for (let at = 8; at < bytes.length;) {
    const len = bytes.readUInt32BE(at);
    const type = bytes.subarray(at + 4, at + 8).toString('latin1');
    const data = bytes.subarray(at + 8, at + 8 + len);
    if (type === 'iTXt') {
      const key = data.subarray(0, data.indexOf(0)).toString('latin1');
      // keyword\0 compression flag, method, language\0, translated keyword\0, text
      let p = data.indexOf(0) + 3;
      p = data.indexOf(0, p) + 1;
      p = data.indexOf(0, p) + 1;
      out.text[key] = data.subarray(p).toString('utf8');
    }
    at += 12 + len;
  }
  return out;
}

test('the chart PNG is twice the chart\'s CSS size with its title, filters and source', async () => {
  const { page, context } = await openPage(env.browser(), `${env.server().base}ru/?years=2010-2017&kinds=summit`);
  const cssWidth = await page.evaluate(() => document.querySelector('canvas.chart-canvas').getBoundingClientRect().width);
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Диаграмма (PNG)' }).click()]);
  const info = readPng(readFileSync(await png.path()));
  const stated = await page.evaluate(() => JSON.parse(document.querySelector('.downloads').dataset.pngSize));
  assert.equal(info.width, Math.round(cssWidth) * 2);
  assert.deepEqual([info.width, info.height], [stated.width * 2, stated.height * 2]);
  assert.equal(info.text.Title, 'Саммиты и встречи в Астане');
  assert.ok(info.text.Description.includes('2010–2017') && info.text.Description.includes('Саммит'), info.text.Description);
  assert.ok(info.text.Source.includes(env.server().base), info.text.Source);
  await context.close();
});

test('a CSV of what is shown has exactly the filtered rows, with the codes in their own columns', async () => {
  const { page, context } = await openPage(env.browser(), `${env.server().base}ru/?years=2010-2017&kinds=summit`);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Показанные мероприятия (CSV)' }).click()]);
  const lines = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  const header = lines[0].split(',');
  const ids = lines.slice(1).map((l) => l.split(',')[0]).sort();
  const expected = DATA.summits.events.filter((e) => {
    const [from, to] = eventYears(e);
    return e.kind === 'summit' && from <= 2017 && to >= 2010;
  }).map((e) => e.id).sort();
  assert.ok(expected.length > 3);
  assert.deepEqual(ids, expected);
  for (const col of ['kind', 'kind_code', 'city_name_at_the_time', 'city_name_code', 'confidence', 'confidence_code']) assert.ok(header.includes(col), col);
  const row = lines.find((l) => l.startsWith('osce-summit-2010,')).split(',');
  assert.equal(row[header.indexOf('kind_code')], 'summit');
  assert.equal(row[header.indexOf('kind')], 'Саммит');
  assert.equal(row[header.indexOf('city_name_code')], 'astana');
  await context.close();
});

for (const id of ['osce-summit-2010', DATA.summits.events.at(-1).id, DATA.summits.events[0].id]) {
  test(`at 1280x800 the card of ${id} leaves the lanes' names uncovered and shows its sources without an inner scroll`, async () => {
    const { page, context } = await openPage(env.browser(), `${env.server().base}ru/?event=${id}`);
    const card = page.locator('.event-card');
    await card.locator('.sources').first().waitFor();
    await card.evaluate((c) => c.scrollIntoView({ block: 'start' }));
    const geo = await page.evaluate(() => {
      const c = document.querySelector('.event-card');
      const frame = document.querySelector('.chart-frame').getBoundingClientRect();
      const r = c.getBoundingClientRect();
      const s = c.querySelector('.sources').getBoundingClientRect();
      return { left: r.left, frameLeft: frame.left, frameWidth: frame.width, scroll: c.scrollHeight, client: c.clientHeight, sourcesBottom: s.bottom, overflowY: getComputedStyle(c).overflowY };
    });
    // The lanes' names take 200 px of the chart's 1100-px layout (chart::model's label_column): 30 % is clear of them.
    assert.ok(geo.left >= geo.frameLeft + 0.3 * geo.frameWidth, JSON.stringify(geo));
    assert.ok(geo.scroll <= geo.client + 1 || geo.overflowY === 'visible', `no inner scroll: ${JSON.stringify(geo)}`);
    assert.ok(geo.sourcesBottom <= 800, `sources in view: ${JSON.stringify(geo)}`);
    await context.close();
  });
}

test('on a phone, in Kazakh: a card cites its event and the Share dialog fits the screen with the embed code', async () => {
  const { base } = env.server();
  const { page, context, errors } = await openPage(env.browser(), `${base}kk/?event=osce-summit-2010`, { ...PHONE, ...CLIPBOARD });
  const card = page.getByRole('dialog', { name: 'ЕҚЫҰ-ның Астана саммиті' });
  await card.getByRole('button', { name: 'Сілтеме жасау' }).tap();
  await card.getByRole('status').filter({ hasText: 'Библиографиялық сілтеме көшірілді' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.includes('ЕҚЫҰ-ның Астана саммиті') && copied.includes('2010'), copied);
  assert.ok(copied.includes('Дереккөздер:') && /https?:\/\//.test(copied.split('Дереккөздер:')[1]), `a source with its address: ${copied}`);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Бөлісу', exact: true }).tap();
  const dialog = page.locator('dialog.share-dialog[open]');
  await dialog.waitFor();
  await page.waitForFunction(() => document.querySelector('#share-code')?.value.includes('<iframe'));
  const box = await dialog.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `the dialog fits the 390 px screen: ${JSON.stringify(box)}`);
  const code = await page.inputValue('#share-code');
  assert.match(code, /\/kk\/\?[^"]*embed=1/, code);
  assert.deepEqual(errors, []);
  await context.close();
});
