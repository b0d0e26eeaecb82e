// Who came to Astana, desktop and a 390x844 touch phone: an event's participants marked on
// the map, the country card (from a link, a click on a shape, a city's card, the country
// list), and the country's events framed on the chart. Names come from the data files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { DATA, DESKTOP, openPage, PHONE, useServerAndBrowser } from './helpers.mjs';

const env = useServerAndBrowser(before, after);
const COUNTRIES = JSON.parse(readFileSync(new URL('../../src/data/countries.json', import.meta.url))).countries;
const countryName = (code) => COUNTRIES.find((c) => c.code === code).name.en;
const eventName = (id) => DATA.summits.events.find((e) => e.id === id).name.en;
const citiesOf = (code) => DATA.twin.cities.filter((c) => c.country === code).map((c) => c.name.en);

/** The codes of the shapes marked as participants, and of every shape with a code. */
async function marked(page) {
  return page.evaluate(() => ({
    participants: [...document.querySelectorAll('svg.map path.country[data-participant]')].map((p) => p.dataset.country),
    shapes: [...document.querySelectorAll('svg.map path.country[data-country]')].map((p) => p.dataset.country),
  }));
}

/** The codes the open event card lists as taking part. */
async function listed(page) {
  return page.$$eval('.event-card .participant-list li[data-country]', (lis) => lis.map((li) => li.dataset.country));
}

/** A point (page coordinates) inside a country's shape where the shape itself is on top. */
async function pointIn(page, code) {
  await page.evaluate(() => document.querySelector('.map-frame').scrollIntoView({ block: 'end' }));
  return page.evaluate((code) => {
    const path = document.querySelector(`svg.map path.country[data-country="${code}"]`);
    const r = path.getBoundingClientRect();
    for (let fy = 0.1; fy <= 0.9; fy += 0.05) {
      for (let fx = 0.2; fx <= 0.8; fx += 0.05) {
        const [x, y] = [r.left + r.width * fx, r.top + r.height * fy];
        if (document.elementFromPoint(x, y) === path) return { x, y };
      }
    }
    return null;
  }, code);
}

for (const [device, options] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  describe(device, () => {
    test('?event=osce-summit-2010 marks the 56 participating States, US, DE, RU and KZ among them, not CN', async () => {
      const { page, errors, context } = await openPage(env.browser(), `${env.server().base}?event=osce-summit-2010`, options);
      await page.waitForSelector('svg.map path.country[data-participant]');
      const list = await listed(page);
      assert.equal(list.length, 56, 'the card lists 56 states');
      const { participants, shapes } = await marked(page);
      // Every listed state that has a shape on the map is marked, and nothing else.
      assert.deepEqual([...participants].sort(), list.filter((c) => shapes.includes(c)).sort());
      for (const code of ['US', 'DE', 'RU', 'KZ']) assert.ok(participants.includes(code), code);
      assert.ok(!participants.includes('CN'), 'China is not an OSCE participating State');
      assert.equal(await page.getAttribute('svg.map path.country[data-country="US"]', 'data-participant'), 'member');
      assert.match(await page.textContent('.participant-legend'), /56 states took part/);
      assert.ok(await page.locator('svg.map .participant-arcs').count() === 1, 'arcs to Astana');
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('?event=sco-summit-2017 marks China, Russia, India and Pakistan', async () => {
      const { page, context } = await openPage(env.browser(), `${env.server().base}?event=sco-summit-2017`, options);
      await page.waitForSelector('svg.map path.country[data-participant]');
      const { participants } = await marked(page);
      for (const code of ['CN', 'RU', 'IN', 'PK']) assert.ok(participants.includes(code), code);
      await context.close();
    });

    test('an event without a record says so and marks nothing', async () => {
      const { page, context } = await openPage(env.browser(), `${env.server().base}?event=expo-2017`, options);
      const card = page.getByRole('dialog', { name: eventName('expo-2017') });
      await card.getByText('Participants not recorded').waitFor();
      assert.equal(await page.locator('svg.map path.country[data-participant]').count(), 0);
      assert.equal(await page.locator('svg.map .participant-arcs').count(), 0);
      await context.close();
    });

    test('?country=tr opens Turkey: Ankara, Istanbul, Izmir and the Syria talks; the chart frames its events', async () => {
      const { page, errors, context } = await openPage(env.browser(), `${env.server().base}?country=tr`, options);
      const card = page.getByRole('dialog', { name: countryName('TR') });
      await card.waitFor();
      await card.getByText(eventName('astana-syria-round-01'), { exact: true }).waitFor();
      const text = await card.textContent();
      const cities = citiesOf('TR');
      assert.deepEqual(cities.sort(), ['Ankara', 'Istanbul', 'Izmir']);
      for (const city of cities) assert.ok(text.includes(city), city);
      const events = await card.locator('button[data-key^="e:"]').count();
      assert.ok(text.includes(`(${events})`), 'the card counts the events');
      assert.match(await page.textContent('.chart-country-note'), new RegExp(`the ${events} events ${countryName('TR')} took part in`));
      assert.ok(await page.locator('svg.map path.country.selected[data-country="TR"]').count() === 1);
      // A city of the card opens its card; the city's card leads back to its country.
      await card.getByRole('button', { name: 'Izmir' }).click();
      const city = page.getByRole('dialog', { name: 'Izmir' });
      await city.waitFor();
      assert.equal(await page.getByRole('dialog', { name: countryName('TR') }).count(), 0, 'one card on the map at a time');
      await city.getByRole('button', { name: new RegExp(countryName('TR')) }).click();
      await page.getByRole('dialog', { name: countryName('TR') }).waitFor();
      // An event of the card opens its card, with its participants.
      await page.getByRole('dialog', { name: countryName('TR') }).getByRole('button', { name: eventName('astana-syria-round-01'), exact: true }).click();
      await page.getByRole('dialog', { name: eventName('astana-syria-round-01') }).waitFor();
      await page.waitForFunction(() => document.querySelector('svg.map path.country[data-country="TR"]')?.dataset.participant === 'guarantor');
      await page.waitForFunction(() => /country=TR/.test(location.search));
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('a click on Brazil opens its card; a pan across it does not', async () => {
      const { page, context } = await openPage(env.browser(), env.server().base, options);
      const p = await pointIn(page, 'BR');
      assert.ok(p, 'Brazil is on the map, clear of markers');
      if (device === 'phone') await page.touchscreen.tap(p.x, p.y);
      else {
        await page.mouse.move(p.x, p.y);
        await page.mouse.down();
        await page.mouse.move(p.x + 60, p.y + 10, { steps: 5 });
        await page.mouse.up();
        await page.waitForTimeout(200);
        assert.equal(await page.getByRole('dialog', { name: countryName('BR') }).count(), 0, 'a pan is not a click');
        const q = await pointIn(page, 'BR');
        await page.mouse.click(q.x, q.y);
      }
      const card = page.getByRole('dialog', { name: countryName('BR') });
      await card.waitFor();
      assert.ok((await card.textContent()).includes('No twin or partner city'));
      await context.close();
    });

    test('?country=zz is ignored and the page works', async () => {
      const { page, errors, context } = await openPage(env.browser(), `${env.server().base}?country=zz&city=not-a-city`, options);
      assert.equal(await page.locator('.country-card').count(), 0);
      assert.ok((await page.locator('svg.map .marker').count()) > 0);
      await page.locator('.country-block summary').click();
      const turkey = page.locator('.country-list button', { hasText: countryName('TR') });
      await turkey.click();
      await page.getByRole('dialog', { name: countryName('TR') }).waitFor();
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}

test('the country card is in the page language', async () => {
  const { page, context } = await openPage(env.browser(), `${env.server().base}kk/?country=TR`);
  const kk = COUNTRIES.find((c) => c.code === 'TR').name.kk;
  await page.getByRole('dialog', { name: kk }).waitFor();
  await context.close();
});
