// Browsers without ES modules cannot run the atlas: keep the static tables and say so.
document.documentElement.className += ' wasm-failed';
