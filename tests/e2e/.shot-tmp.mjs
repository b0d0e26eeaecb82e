// Usage: node /tmp/shot.mjs url out.png width height [fullPage] [theme] [script]
import { startServer, launchBrowser } from '/work/wt-share/tests/e2e/helpers.mjs';
const [,, path, out, w, h, full, theme, action] = process.argv;
const server = await startServer();
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, colorScheme: theme || 'light', reducedMotion: 'reduce', permissions: ['clipboard-read', 'clipboard-write'] });
const page = await ctx.newPage();
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
await page.goto(server.base + path);
await page.waitForSelector('html.wasm-ready main .map-panel', { timeout: 20000 });
await page.waitForTimeout(800);
if (action) { const f = new Function('page', `return (async () => { ${action} })()`); await f(page); await page.waitForTimeout(600); }
await page.screenshot({ path: out, fullPage: full === '1' });
await browser.close();
await server.stop();
