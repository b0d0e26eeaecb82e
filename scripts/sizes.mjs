// Sizes of the release build: raw bytes of every file in dist/ and the bytes served for it
// (the precompressed .gz and .br copies the release build writes and nginx sends), and the
// first load (what a browser fetches to show the page). With --check, fails when the first
// load exceeds the budget in package.json ("atlas.firstLoadBudgetGzipBytes").
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const budget = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).atlas.firstLoadBudgetGzipBytes;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (!/\.(gz|br)$/.test(name)) yield p;
  }
}

export function measure() {
  const rows = [];
  for (const path of files(dist)) {
    const served = (ext) => (existsSync(path + ext) ? statSync(path + ext).size : statSync(path).size);
    rows.push({ file: relative(dist, path), raw: statSync(path).size, gzip: served('.gz'), brotli: served('.br') });
  }
  rows.sort((a, b) => b.gzip - a.gzip);
  // The first load: the page (the largest of the language pages: a visitor downloads one),
  // its stylesheet, the boot script, the JS glue and the wasm (the data is compiled into the
  // wasm), and the favicon. The critical path to the map's first paint: the page and its
  // stylesheet (the map is in the page).
  const pages = rows.filter((r) => /^([a-z]{2}\/)?index\.html$/.test(r.file));
  const page = pages.reduce((a, b) => (b.gzip > a.gzip ? b : a), pages[0]);
  const first = [page, ...rows.filter((r) => /^(main-.*\.css|boot-.*\.js|astana-atlas-.*\.(js|wasm)|public\/favicon\.svg)$/.test(r.file))];
  const total = (key, list = first) => list.reduce((s, r) => s + r[key], 0);
  const critical = first.filter((r) => r === page || /^main-.*\.css$/.test(r.file));
  const sum = (list) => ({ raw: total('raw', list), gzip: total('gzip', list), brotli: total('brotli', list) });
  return { rows, first, page: page.file, firstLoad: sum(first), criticalPath: sum(critical), budget };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const m = measure();
  const kb = (n) => (n / 1024).toFixed(1).padStart(8);
  console.log(`${'file'.padEnd(48)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
  for (const r of m.rows) console.log(`${r.file.padEnd(48)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
  const f = m.firstLoad;
  console.log(`${'first load'.padEnd(48)} ${kb(f.raw)} ${kb(f.gzip)} ${kb(f.brotli)}   budget ${kb(m.budget)} KB gzip (with ${m.page})`);
  const c = m.criticalPath;
  console.log(`${'critical path to the map (page + css)'.padEnd(48)} ${kb(c.raw)} ${kb(c.gzip)} ${kb(c.brotli)}`);
  if (process.argv.includes('--check') && f.gzip > m.budget) {
    console.error(`first load is ${f.gzip} bytes gzipped, over the budget of ${m.budget}`);
    process.exit(1);
  }
}
