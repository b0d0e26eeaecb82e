// Shared end-to-end helpers: nginx serving the release build through the deployment
// config, and Debian's Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
// ATLAS_DIST lets a developer point the tests at another build (e.g. a quick debug one).
export const DIST = process.env.ATLAS_DIST || join(ROOT, 'dist');

/** The data files as the build reads them: the tests count rows here, never by hand. */
export const DATA = {
  twin: JSON.parse(readFileSync(join(ROOT, 'src/data/twin_cities.json'), 'utf8')),
  summits: JSON.parse(readFileSync(join(ROOT, 'src/data/summits.json'), 'utf8')),
};
export const CITIES = DATA.twin.cities.length;
export const EVENTS = DATA.summits.events.length;
/** The years an event starts and ends in. */
export const eventYears = (e) => [Number(e.start.slice(0, 4)), Number((e.end ?? e.start).slice(0, 4))];
/** How many events fall (at least partly) in the years `from` to `to`. */
export const eventsInYears = (from, to) => DATA.summits.events.filter((e) => eventYears(e)[0] <= to && eventYears(e)[1] >= from).length;

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

async function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

async function waitFor(url, tries = 100) {
  for (let i = 0; i < tries; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`server at ${url} did not start`);
}

/**
 * Starts nginx with `deploy/astana-atlas.nginx.conf`: the atlas at `base` (its own origin)
 * and a host site at `hostBase` that has the atlas under the sub-path `/atlas/` (its page,
 * `tests/e2e/host/index.html`, under its own Content-Security-Policy meta tag).
 */
export async function startServer() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `trunk build --release` first');
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
  // nginx's workers may run as another user (nobody, when started as root).
  chmodSync(tmp, 0o755);
  const host = join(tmp, 'host');
  mkdirSync(host);
  cpSync(join(ROOT, 'tests/e2e/host'), host, { recursive: true });
  symlinkSync(DIST, join(host, 'atlas'));
  const [port, hostPort] = [await freePort(), await freePort()];
  const conf = `
worker_processes 1;
daemon off;
pid ${tmp}/nginx.pid;
error_log ${tmp}/error.log warn;
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${tmp}/access.log;
  client_body_temp_path ${tmp}/body;
  proxy_temp_path ${tmp}/proxy;
  fastcgi_temp_path ${tmp}/fastcgi;
  uwsgi_temp_path ${tmp}/uwsgi;
  scgi_temp_path ${tmp}/scgi;
  server { listen 127.0.0.1:${port}; root ${DIST}; include ${ROOT}/deploy/astana-atlas.nginx.conf; }
  # The host's own page carries the host's policy (its meta tag), not the atlas's header.
  server { listen 127.0.0.1:${hostPort}; root ${host}; location = / { try_files /index.html =404; } include ${ROOT}/deploy/astana-atlas.nginx.conf; }
}`;
  writeFileSync(join(tmp, 'nginx.conf'), conf);
  const nginx = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  const proc = spawn(nginx, ['-c', join(tmp, 'nginx.conf'), '-p', tmp], { stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://127.0.0.1:${port}/`;
  const hostBase = `http://127.0.0.1:${hostPort}/`;
  await waitFor(base);
  return {
    base,
    hostBase,
    tmp,
    stop: () => new Promise((res) => {
      proc.once('exit', res);
      proc.kill('SIGQUIT');
    }),
  };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// Reduced motion makes map flights instant, so pointer positions are stable in tests.
export const DESKTOP = { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' };
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, reducedMotion: 'reduce' };

/**
 * Opens `url` in a new context; collects console errors, page errors, CSP violations and
 * every request's URL.
 */
export async function openPage(browser, url, options = {}) {
  const { waitForApp = true, ...contextOptions } = options;
  const context = await browser.newContext({ ...DESKTOP, acceptDownloads: true, ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  if (waitForApp) {
    await page.waitForSelector('html.wasm-ready main .map-panel', { timeout: 20000 });
    await page.waitForSelector('.event-table tbody tr', { timeout: 20000 });
  }
  return { context, page, errors, requests };
}

/** The transform attribute of the map's world layer. */
export async function mapTransform(page) {
  return page.getAttribute('svg.map g.world', 'transform');
}

/**
 * Starts nginx and Chromium before a test file's tests and stops them after; returns
 * getters because both exist only once the `before` hook has run.
 */
export function useServerAndBrowser(before, after) {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  return { server: () => server, browser: () => browser };
}
