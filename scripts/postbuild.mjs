// Trunk post-build hook (release builds only):
//  1. replace Trunk's inline loader with an external boot script that reports a failed
//     WebAssembly start and leaves the static content in place;
//  2. add a Content-Security-Policy with no inline script;
//  3. minify wasm-bindgen's JavaScript glue (Trunk leaves it as generated);
//  4. write .gz (zopfli: smaller, still plain gzip) and .br copies of every text, wasm and data (.bin)
//     file for static hosting.
import { gzipAsync } from '@gfx/zopfli';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { minify } from 'terser';

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Rewrites Trunk's index.html in `dir`; returns the boot script's file name. */
export function externalizeLoader(dir) {
  const indexPath = join(dir, 'index.html');
  let html = readFileSync(indexPath, 'utf8');
  const inline = html.match(/<script type="?module"?>([\s\S]*?)<\/script>/);
  if (!inline) throw new Error('postbuild: no inline module script found in index.html');
  const js = inline[1].match(/from\s+'([^']+\.js)'/);
  const wasm = inline[1].match(/module_or_path:\s*'([^']+\.wasm)'/);
  if (!js || !wasm) throw new Error('postbuild: unexpected Trunk loader: ' + inline[1]);
  const prefix = js[1].slice(0, js[1].lastIndexOf('/') + 1);
  const boot = `// Starts the atlas. If WebAssembly cannot load, the static content stays and says so.
const failed = (err) => {
  document.documentElement.classList.add('wasm-failed');
  console.warn('Astana Atlas: the interactive map could not start.', err);
};
if (typeof WebAssembly !== 'object') {
  failed(new Error('WebAssembly is not available'));
} else {
  import('${js[1]}')
    .then((m) => m.default({ module_or_path: '${wasm[1]}' }))
    .catch(failed);
}
`;
  const hash = createHash('sha256').update(boot).digest('hex').slice(0, 16);
  const bootName = `boot-${hash}.js`;
  writeFileSync(join(dir, bootName), boot);
  html = html.replace(inline[0], `<script type="module" src="${prefix}${bootName}"></script>`);
  // No preloads of the glue and the wasm in <head>: the boot script asks for them once the
  // static page is parsed, so they do not compete with the first paint.
  html = html.replace(/<link[^>]*rel="?(modulepreload|preload)"?[^>]*>/g, '');
  const nomodule = `<script nomodule src="${prefix}public/nomodule.js"></script>`;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;
  html = html.replace(/<meta charset="?utf-8"?>/i, (m) => `${m}${meta}`);
  html = html.replace('</head>', `${nomodule}</head>`);
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('postbuild: an inline script is left');
  writeFileSync(indexPath, html);
  return bootName;
}

/** Minifies wasm-bindgen's glue (`<crate>-<hash>.js`; not the boot script) in `dir`. */
export async function minifyGlue(dir) {
  const glue = readdirSync(dir).filter((n) => /\.js$/.test(n) && !n.startsWith('boot-'));
  if (glue.length !== 1) throw new Error(`postbuild: expected one glue script, found ${glue.join(', ')}`);
  const path = join(dir, glue[0]);
  const out = await minify(readFileSync(path, 'utf8'), { module: true, ecma: 2020, compress: { passes: 2 } });
  writeFileSync(path, out.code);
}

/** Writes `.gz` and `.br` beside every compressible file under `dir`. */
export async function precompress(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      await precompress(path);
      continue;
    }
    if (!/\.(html|js|mjs|css|wasm|svg|json|txt|xml|bin)$/.test(name)) continue;
    const data = readFileSync(path);
    writeFileSync(`${path}.gz`, await gzipAsync(data, { numiterations: 15 }));
    writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
  if (!dir) throw new Error('postbuild: no directory (TRUNK_STAGING_DIR or an argument)');
  if ((process.env.TRUNK_PROFILE || 'release') === 'release') {
    externalizeLoader(dir);
    await minifyGlue(dir);
    await precompress(dir);
  }
}
