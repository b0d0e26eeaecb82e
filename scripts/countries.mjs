// Writes src/data/countries.json: one row per country the atlas can name, with its ISO
// 3166-1 alpha-2 and numeric codes and its name in en, ru and kk.
//
// The rows are every country shape of the map (src/data/countries-110m.json, Natural
// Earth via world-atlas, keyed by ISO numeric; Antarctica is left out of the map) and every
// state that src/data/participants.json names (some, like Malta or the Holy See, are too
// small to have a shape at 1:110m). Codes and names come from the npm package
// i18n-iso-countries (its codes.json and langs/{en,ru,kk}.json, the first, official form
// of each name); the 26 countries already in src/data/twin_cities.json keep the names the
// atlas already shows for them, so a country is named one way everywhere. Shapes without
// an ISO code (Kosovo, N. Cyprus, Somaliland) are listed apart: no code is invented.
//
// The package is a build-time source only, never a dependency of the app. To regenerate:
//   npm pack i18n-iso-countries@7.14.0 && tar xzf i18n-iso-countries-7.14.0.tgz
//   node scripts/countries.mjs ./package
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = process.argv[2];
if (!pkg) {
  console.error('usage: node scripts/countries.mjs <unpacked i18n-iso-countries package>');
  process.exit(2);
}
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const meta = read(join(pkg, 'package.json'));
const codes = read(join(pkg, 'codes.json')); // [alpha2, alpha3, numeric, subdivision]
const langs = Object.fromEntries(['en', 'ru', 'kk'].map((l) => [l, read(join(pkg, 'langs', `${l}.json`)).countries]));
const official = (v) => (Array.isArray(v) ? v[0] : v);

const LEFT_OUT = new Set(['010']); // Antarctica: not drawn (as in build.rs)
const topology = read(join(root, 'src/data/countries-110m.json'));
const shapes = topology.objects.countries.geometries;
const twin = read(join(root, 'src/data/twin_cities.json'));
const participants = read(join(root, 'src/data/participants.json'));

// States that came into being during the data's period, so that a list naming one before
// that day can be flagged (the validator's "did not exist" rule).
const SINCE = {
  ME: {
    date: '2006-06-03',
    sources: [{ title: 'OSCE Newsroom, 22 June 2006: Montenegro welcomed onto OSCE Permanent Council as 56th participating State', url: 'https://www.osce.org/cio/47461' }],
  },
  SS: {
    date: '2011-07-09',
    sources: [{ title: 'Vatican Radio, 2011-07-15: South Sudan admitted to U.N. as 193rd member', url: 'http://www.archivioradiovaticana.va/storico/2011/07/15/south_sudan_admitted_to_un_as_193rd_member_/in2-504827' }],
  },
};

const byNumeric = new Map(codes.map(([a2, , num]) => [num, a2]));
const wanted = new Set();
const unassigned = [];
for (const g of shapes) {
  if (g.id === undefined || g.id === null) {
    unassigned.push({ shape: g.properties.name, note: 'No ISO 3166-1 code is assigned to this territory, so its shape carries no country code and no participation.' });
    continue;
  }
  if (LEFT_OUT.has(g.id)) continue;
  const a2 = byNumeric.get(g.id);
  if (!a2) throw new Error(`shape ${g.id} (${g.properties.name}) has no alpha-2 in the package`);
  wanted.add(a2);
}
for (const m of participants.memberships) for (const c of m.changes) for (const s of c.states) wanted.add(s);
for (const e of participants.events) for (const s of e.states ?? []) wanted.add(s.code);
for (const c of twin.countries) wanted.add(c.code);

const twinNames = new Map(twin.countries.map((c) => [c.code, c.name]));
const rows = [...wanted].sort().map((a2) => {
  const row = codes.find((c) => c[0] === a2);
  if (!row) throw new Error(`${a2} is not an ISO 3166-1 alpha-2 code in the package`);
  const name = twinNames.get(a2) ?? { en: official(langs.en[a2]), ru: official(langs.ru[a2]) ?? null, kk: official(langs.kk[a2]) ?? null };
  const out = { code: a2, numeric: row[2], name };
  if (SINCE[a2]) out.since = SINCE[a2];
  return out;
});

const out = {
  sources: [
    { title: `npm package i18n-iso-countries ${meta.version}: codes.json and langs/en.json, ru.json, kk.json (first, official form of each name)`, url: `https://www.npmjs.com/package/i18n-iso-countries/v/${meta.version}` },
    { title: 'Names of the 26 countries of twin_cities.json: as in that file', url: null },
  ],
  countries: rows,
  unassigned,
};
// One country a line, so that a change reads as a one-line diff.
const lines = (items) => items.map((x) => '    ' + JSON.stringify(x)).join(',\n');
const text = `{\n  "sources": [\n${lines(out.sources)}\n  ],\n  "countries": [\n${lines(out.countries)}\n  ],\n  "unassigned": [\n${lines(out.unassigned)}\n  ]\n}\n`;
writeFileSync(join(root, 'src/data/countries.json'), text);
console.log(`src/data/countries.json: ${rows.length} countries, ${unassigned.length} shapes without a code`);
