// The cards' texts (card bodies and the About panel) are not in the first load: they are
// fetched on an intent to open a card, or when a card is in the URL; a failed fetch gives a
// clear line with a retry, and the page keeps working.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, useServerAndBrowser } from './helpers.mjs';

const env = useServerAndBrowser(before, after);
const cardsRequested = (requests) => requests.filter((u) => /\/public\/cards\/[a-z]{2}\.json/.test(u));

test('the first load fetches no card texts; a card fetches them and shows its sources', async () => {
  const { page, context, requests, errors } = await openPage(env.browser(), `${env.server().base}ru/`);
  await page.waitForTimeout(500);
  assert.deepEqual(cardsRequested(requests), [], 'nothing before an intent');
  await page.click('.marker[data-id="doha"]');
  await page.waitForSelector('.city-card .card-body .sources li');
  assert.equal(cardsRequested(requests).length, 1);
  assert.match(cardsRequested(requests)[0], /\/public\/cards\/ru\.json\?v=[0-9a-f]{16}$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a card in the URL fetches its texts at once', async () => {
  const { page, context } = await openPage(env.browser(), `${env.server().base}kk/?event=osce-summit-2010`);
  await page.waitForSelector('.event-card .card-body .fact[lang="kk"]');
  await context.close();
});

test('when the card texts cannot be fetched the card says so, offers a retry, and the page works', async () => {
  const context = await env.browser().newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  let blocked = true;
  await context.route(/\/public\/cards\//, (route) => (blocked ? route.fulfill({ status: 503, body: '' }) : route.continue()));
  const page = await context.newPage();
  await page.goto(env.server().base);
  await page.waitForSelector('html.wasm-ready main .map-panel');
  await page.click('.marker[data-id="doha"]');
  const failed = page.locator('.city-card .card-failed[role="alert"]');
  await failed.waitFor();
  assert.match(await failed.textContent(), /could not be loaded/);
  assert.equal(await page.textContent('#city-card-title'), 'Doha', 'the card itself is there');
  blocked = false;
  await failed.locator('button').click();
  await page.waitForSelector('.city-card .card-body .sources li');
  await page.keyboard.press('Escape');
  await page.click('.marker[data-id="ankara"]');
  assert.equal(await page.textContent('#city-card-title'), 'Ankara');
  await context.close();
});
