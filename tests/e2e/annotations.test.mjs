// The chart's notes on key moments, in each language, on a desktop (text boxes drawn on the
// chart) and a phone (numbered badges, the notes listed under the chart): present as text
// in `#chart` on `data-annotation` elements, drawn where their boxes say and never on top
// of each other, and hidden by the switch. The static page draws them too, every line of
// text inside its box with the browser's own font.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { DESKTOP, PHONE, openPage, useServerAndBrowser } from './helpers.mjs';

const env = useServerAndBrowser(before, after);
const NOTES = JSON.parse(readFileSync(new URL('../../src/data/annotations.json', import.meta.url))).annotations;
const LANGS = ['en', 'kk', 'ru'];
const pagePath = (lang) => (lang === 'en' ? '' : `${lang}/`);
const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Each listed note: its id, text, whether the list shows it, and its drawn box in page px. */
async function listed(page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('#chart canvas.chart-canvas').getBoundingClientRect();
    const list = document.querySelector('#chart .chart-notes-list');
    const k = canvas.width / Number(list.dataset.width);
    return [...list.querySelectorAll('li[data-annotation]')].map((li) => {
      const b = li.dataset.box?.split(' ').map(Number);
      const r = li.getBoundingClientRect();
      return {
        id: li.dataset.annotation,
        text: li.textContent,
        shown: r.width > 20 && r.height > 8,
        box: b && { x: canvas.x + b[0] * k, y: canvas.y + b[1] * k, w: b[2] * k, h: b[3] * k },
        local: b && { x: b[0] * k, y: b[1] * k, w: b[2] * k, h: b[3] * k },
        canvas: { x: canvas.x, y: canvas.y, w: canvas.width, h: canvas.height },
      };
    });
  });
}

/** A checksum of the chart canvas's pixels inside each box (CSS px from the canvas's corner). */
async function pixelsIn(page, boxes) {
  return page.evaluate((bs) => {
    const c = document.querySelector('#chart canvas.chart-canvas');
    const k = c.width / c.getBoundingClientRect().width;
    const ctx = c.getContext('2d');
    return bs.map((b) => {
      const d = ctx.getImageData(Math.floor(b.x * k), Math.floor(b.y * k), Math.max(1, Math.floor(b.w * k)), Math.max(1, Math.floor(b.h * k))).data;
      let sum = 0;
      for (let i = 0; i < d.length; i++) sum = (sum * 31 + d[i]) % 1000000007;
      return sum;
    });
  }, boxes);
}

for (const [device, options, width] of [['desktop', DESKTOP, 1280], ['phone', PHONE, 390]]) {
  for (const lang of LANGS) {
    test(`${device} (${width} px), ${lang}: every note is in #chart, drawn, not overlapping, and the switch hides them`, async () => {
      const { page, context, errors } = await openPage(env.browser(), env.server().base + pagePath(lang), options);
      await page.waitForFunction((n) => document.querySelectorAll('#chart li[data-annotation][data-box]').length === n, NOTES.length, { timeout: 10000 });
      const notes = await listed(page);
      assert.deepEqual(notes.map((n) => n.id), NOTES.map((n) => n.id));
      for (const [i, n] of notes.entries()) {
        assert.ok(n.text.includes(NOTES[i].text[lang]), `${n.id}: ${n.text}`);
        const b = n.box;
        assert.ok(b.x >= n.canvas.x - 0.5 && b.y >= n.canvas.y - 0.5 && b.x + b.w <= n.canvas.x + n.canvas.w + 0.5 && b.y + b.h <= n.canvas.y + n.canvas.h + 0.5, `${n.id} inside the chart`);
        for (const m of notes.slice(i + 1)) assert.ok(!overlap(b, m.box), `${n.id} and ${m.id} overlap`);
      }
      if (device === 'desktop') {
        // Texts on the chart; the list is there for screen readers only.
        assert.ok(notes.every((n) => !n.shown && n.box.w > 60), JSON.stringify(notes.map((n) => n.box)));
      } else {
        // Numbered badges on the chart, the notes listed under it.
        assert.ok(notes.every((n) => n.shown && n.box.w < 20 && Math.abs(n.box.w - n.box.h) < 0.5));
        assert.ok(await page.locator('#chart .chart-notes-title').isVisible());
      }
      const boxes = notes.map((n) => n.local);
      const drawn = await pixelsIn(page, boxes);

      await page.locator('#chart .notes-toggle input').setChecked(false);
      await page.waitForFunction(() => !document.querySelector('#chart [data-box]'));
      assert.equal(await page.locator('#chart .chart-notes').isVisible(), false, 'the list goes too');
      await page.waitForTimeout(100);
      const hidden = await pixelsIn(page, boxes);
      for (const [i, n] of notes.entries()) assert.notEqual(hidden[i], drawn[i], `${n.id} was drawn where its box says`);

      await page.locator('#chart .notes-toggle input').setChecked(true);
      await page.waitForFunction((n) => document.querySelectorAll('#chart [data-box]').length === n, NOTES.length);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

for (const [device, options] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`${device}, static page without JavaScript: notes drawn in the SVG, text inside boxes, no overlap`, async () => {
    for (const lang of LANGS) {
      const context = await env.browser().newContext({ ...options, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(env.server().base + pagePath(lang));
      const notes = await page.evaluate(() => {
        const svg = [...document.querySelectorAll('#chart .chart-static > svg')].find((s) => s.getBoundingClientRect().width > 0);
        const box = (r) => ({ x: r.x, y: r.y, w: r.width, h: r.height });
        return [...svg.querySelectorAll('g[data-note], [data-note]')].map((g) => {
          const shapes = [...g.querySelectorAll('rect, circle'), g].filter((e) => ['rect', 'circle'].includes(e.tagName) && e.getBoundingClientRect().width > 4);
          const rs = shapes.map((e) => e.getBoundingClientRect());
          const x = Math.min(...rs.map((r) => r.x));
          const y = Math.min(...rs.map((r) => r.y));
          return {
            id: g.dataset.note,
            box: { x, y, w: Math.max(...rs.map((r) => r.right)) - x, h: Math.max(...rs.map((r) => r.bottom)) - y },
            texts: [...g.querySelectorAll('text')].map((t) => box(t.getBoundingClientRect())),
          };
        });
      });
      assert.deepEqual(notes.map((n) => n.id), NOTES.map((n) => n.id), lang);
      for (const [i, n] of notes.entries()) {
        // A desktop box holds the note's lines; a phone badge its number.
        if (device === 'desktop') assert.ok(n.texts.length >= 1 && n.box.w > 60, `${lang} ${n.id}`);
        else assert.ok(n.texts.length === 1 && n.box.w < 20, `${lang} ${n.id}: ${JSON.stringify(n.box)}`);
        for (const t of n.texts) {
          assert.ok(t.x >= n.box.x - 0.5 && t.x + t.w <= n.box.x + n.box.w + 0.5, `${lang} ${n.id}: a line is ${t.w.toFixed(1)} px in a ${n.box.w.toFixed(1)} px box`);
        }
        for (const m of notes.slice(i + 1)) assert.ok(!overlap(n.box, m.box), `${lang}: ${n.id} and ${m.id} overlap`);
      }
      const items = await page.locator('#chart li[data-annotation]').allTextContents();
      assert.equal(items.length, NOTES.length);
      items.forEach((t, i) => assert.ok(t.includes(NOTES[i].text[lang]), t));
      await context.close();
    }
  });
}
