// Trunk post-build hook (release builds only):
//  1. replace Trunk's inline loader with an external boot script that reports a failed
//     WebAssembly start and leaves the static content in place;
//  2. add a Content-Security-Policy whose only inline script is the language redirect,
//     allowed by its hash;
//  2b. write the Kazakh and Russian pages (kk/, ru/) from index.html and the blocks in
//     static/kk.html and static/ru.html (generated and drift-tested by the native tests);
//  3. minify wasm-bindgen's JavaScript glue (Trunk leaves it as generated);
//  4. write .gz (zopfli: smaller, still plain gzip) and .br copies of every text, wasm and data (.bin)
//     file for static hosting.
import { gzipAsync } from '@gfx/zopfli';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { minify } from 'terser';

/** Runs before the first paint: sends a visitor who asks for another language (`?lang=`,
 * or on the root page the browser's first supported language) to that language's page,
 * so that nobody sees one language before another; and sets the theme (`?theme=`, else
 * the system's) so the static map and chart have their colours from the first frame.
 * Inline, allowed by its hash. */
export const LANG_SCRIPT =
  "(function(){var d=document.documentElement,p=d.lang,r=d.getAttribute('data-root')||'./',L=['kk','ru','en']," +
  "s=new URLSearchParams(location.search),q=s.get('lang'),t=s.get('theme'),w=L.indexOf(q)>=0?q:null;" +
  "d.setAttribute('data-theme',t==='light'||t==='dark'?t:matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light');" +
  "if(!w&&!q&&r==='./'){var n=navigator.languages||[navigator.language];for(var i=0;i<n.length;i++)" +
  "{var c=String(n[i]||'').split(/[-_]/)[0].toLowerCase();if(L.indexOf(c)>=0){w=c;break}}}" +
  "if(w&&w!==p)location.replace(new URL(r+(w==='en'?'':w+'/'),location.href).pathname+location.search+location.hash)})();";
export const LANG_SCRIPT_HASH = `'sha256-${createHash('sha256').update(LANG_SCRIPT).digest('base64')}'`;

export const CSP = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${LANG_SCRIPT_HASH}`,
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
    .then((m) => m.default({ module_or_path: new URL('${wasm[1]}', import.meta.url) }))
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
  html = html.replace(/<meta charset="?utf-8"?>/i, (m) => `${m}${meta}<script>${LANG_SCRIPT}</script>`);
  html = html.replace('</head>', `${nomodule}</head>`);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  if (inlineScripts.some((s) => s !== LANG_SCRIPT)) throw new Error('postbuild: an inline script other than the language redirect is left');
  writeFileSync(indexPath, html);
  return bootName;
}

/** The nginx configuration must send the same policy as the pages' meta tag. */
export function checkNginxPolicy(path) {
  if (!readFileSync(path, 'utf8').includes(`add_header Content-Security-Policy "${CSP}" always;`)) {
    throw new Error(`postbuild: ${path} does not send the pages' Content-Security-Policy:\n${CSP}`);
  }
}

/** The two blocks of a `static/<lang>.html` file: [head, body]. */
function readBlocks(path) {
  const text = readFileSync(path, 'utf8');
  const between = (begin, end) => {
    const i = text.indexOf(begin);
    const j = text.indexOf(end, i);
    if (i < 0 || j < 0) throw new Error(`postbuild: ${path} lacks ${begin} … ${end}`);
    return text.slice(i + begin.length, j);
  };
  return [between('<!-- head:begin -->', '<!-- head:end -->'), between('<!-- static:begin -->', '<!-- static:end -->')];
}

/** A page one folder down: the template's relative URLs (quoted or not) get `../`. */
function oneFolderDown(template) {
  return template.replace(/\b(href|src|content)=("?)(?!#|\/|[a-z]+:|\.\.\/)(?:\.\/)?([^"\s>]+\.(?:css|js|svg|png|json))\2(?=[\s>])/g, '$1=$2../$3$2');
}

/** Writes the page of every language from Trunk's `dir/index.html` (its placeholders
 *  `<template id=static-head>` and `<template id=static-body>`) and `blocksDir/<lang>.html`:
 *  English at the root, the others in `<lang>/index.html`. */
export function writeLanguagePages(dir, blocksDir) {
  const template = readFileSync(join(dir, 'index.html'), 'utf8');
  const head = /<template id="?static-head"?><\/template>/;
  const body = /<template id="?static-body"?><\/template>/;
  if (!head.test(template) || !body.test(template)) throw new Error('postbuild: index.html lacks the static placeholders');
  for (const name of readdirSync(blocksDir).filter((n) => /^[a-z]{2}\.html$/.test(n))) {
    const lang = name.slice(0, 2);
    const [h, b] = readBlocks(join(blocksDir, name));
    const root = lang === 'en';
    let page = (root ? template : oneFolderDown(template)).replace(/<html[^>]*>/, `<html lang="${lang}" data-root="${root ? './' : '../'}">`);
    page = page.replace(head, () => h).replace(body, () => b);
    const out = root ? join(dir, 'index.html') : join(dir, lang, 'index.html');
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(out, page);
  }
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
    if (!/\.(html|js|mjs|css|wasm|svg|json|txt|xml|bin|csv)$/.test(name)) continue;
    const data = readFileSync(path);
    writeFileSync(`${path}.gz`, await gzipAsync(data, { numiterations: 15 }));
    writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
  if (!dir) throw new Error('postbuild: no directory (TRUNK_STAGING_DIR or an argument)');
  const blocks = fileURLToPath(new URL('../static/', import.meta.url));
  if ((process.env.TRUNK_PROFILE || 'release') !== 'release') writeLanguagePages(dir, blocks);
  else {
    externalizeLoader(dir);
    writeLanguagePages(dir, blocks);
    checkNginxPolicy(fileURLToPath(new URL('../deploy/astana-atlas.nginx.conf', import.meta.url)));
    await minifyGlue(dir);
    await precompress(dir);
  }
}
