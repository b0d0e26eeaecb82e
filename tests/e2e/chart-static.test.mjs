// The static chart (src/chart/static_svg.rs: the same drawing code through plotters' SVG
// backend, one SVG per reference width) against the live canvas in real Chromium: same
// box, same picture, on a phone, a tablet and a desktop, in light and dark themes.
//
// Until the page generator puts the static chart in the page, the native test
// `writes_the_markup_for_the_end_to_end_test` (`cargo test`) writes it to target/e2e/ and
// this test lays it over the live canvas, as the page would before WebAssembly runs.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DESKTOP, PHONE, ROOT, openPage, useServerAndBrowser } from './helpers.mjs';

const env = useServerAndBrowser(before, after);
const SHOTS = join(ROOT, 'target/screenshots');

function markup(lang) {
  const path = join(ROOT, `target/e2e/static-chart-${lang}.html`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`cargo test\` first`);
  return readFileSync(path, 'utf8');
}

/** Share of pixels of two same-size PNGs that differ by more than `tolerance` in a channel. */
async function difference(page, a, b, tolerance = 64) {
  return page.evaluate(async ([a, b, tolerance]) => {
    const pixels = async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = new OffscreenCanvas(img.width, img.height);
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, img.width, img.height).data;
    };
    const [p, q] = [await pixels(a), await pixels(b)];
    if (p.length !== q.length) return 1;
    let differing = 0;
    for (let i = 0; i < p.length; i += 4) {
      if (Math.abs(p[i] - q[i]) > tolerance || Math.abs(p[i + 1] - q[i + 1]) > tolerance || Math.abs(p[i + 2] - q[i + 2]) > tolerance) differing++;
    }
    return differing / (p.length / 4);
  }, [a.toString('base64'), b.toString('base64'), tolerance]);
}

const CASES = [
  { name: 'phone-390', lang: 'en', theme: 'light', options: PHONE, logical: 320 },
  { name: 'tablet-866', lang: 'ru', theme: 'light', options: { ...DESKTOP, viewport: { width: 866, height: 1000 } }, logical: 640 },
  { name: 'desktop-1280', lang: 'en', theme: 'light', options: DESKTOP, logical: 1100 },
  { name: 'desktop-1280-dark-kk', lang: 'kk', theme: 'dark', options: { ...DESKTOP, deviceScaleFactor: 2 }, logical: 1100 },
];

for (const c of CASES) {
  test(`${c.name}: the static SVG has the canvas's box and picture`, async () => {
    const { page, context, errors } = await openPage(env.browser(), `${env.server().base}?lang=${c.lang}&theme=${c.theme}`, c.options);
    await page.waitForFunction(() => document.querySelector('canvas.chart-canvas').width > 300);
    await page.evaluate((html) => document.querySelector('#app .chart-frame').insertAdjacentHTML('afterbegin', html), markup(c.lang));
    await page.evaluate(() => document.querySelector('#app .chart-frame').scrollIntoView({ block: 'start' }));
    const boxes = await page.evaluate(() => {
      const box = (el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height };
      };
      const shown = [...document.querySelectorAll('.chart-static > svg')].filter((s) => getComputedStyle(s).display !== 'none');
      return {
        frame: document.querySelector('#app .chart-frame').getBoundingClientRect().width,
        shown: shown.map((s) => s.getAttribute('class')),
        svg: shown[0] && box(shown[0]),
        canvas: box(document.querySelector('canvas.chart-canvas')),
        overlay: box(document.querySelector('canvas.chart-overlay')),
      };
    });
    assert.deepEqual(boxes.shown, [`w-${c.logical}`], `one SVG shows in a ${boxes.frame} px frame`);
    for (const k of ['x', 'y', 'w', 'h']) {
      assert.ok(Math.abs(boxes.svg[k] - boxes.canvas[k]) <= 1, `${k}: ${JSON.stringify(boxes)}`);
      assert.ok(Math.abs(boxes.overlay[k] - boxes.canvas[k]) <= 1, `overlay ${k}: ${JSON.stringify(boxes)}`);
    }
    // The same picture: a screenshot with the SVG over the canvas, one with the canvas alone.
    mkdirSync(SHOTS, { recursive: true });
    // (In the viewport: a full-page screenshot resizes it, and the map above is sized by vh.)
    const clip = { x: boxes.canvas.x, y: boxes.canvas.y, width: boxes.canvas.w, height: Math.min(boxes.canvas.h, c.options.viewport.height - boxes.canvas.y) };
    const svgShot = await page.screenshot({ clip });
    await page.evaluate(() => { document.querySelector('.chart-static').style.visibility = 'hidden'; });
    const canvasShot = await page.screenshot({ clip });
    writeFileSync(join(SHOTS, `chart-${c.name}-svg.png`), svgShot);
    writeFileSync(join(SHOTS, `chart-${c.name}-canvas.png`), canvasShot);
    const diff = await difference(page, svgShot, canvasShot);
    console.log(`${c.name}: ${(diff * 100).toFixed(2)} % of pixels differ`);
    assert.ok(diff < 0.03, `${(diff * 100).toFixed(2)} % of the pixels differ`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
