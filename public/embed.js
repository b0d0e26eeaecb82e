/*
 * Astana Atlas embed listener. Load it as an external script on the page that embeds the
 * atlas in an iframe (no inline script needed, so it works under a strict
 * Content-Security-Policy), from the atlas's own site:
 *
 *   <iframe src="https://example.org/atlas/?embed=1" title="Astana Atlas" loading="lazy" height="600"></iframe>
 *   <script src="https://example.org/atlas/public/embed.js"></script>
 *
 * The atlas posts {type: "astana-atlas:resize", height} on load and whenever its content
 * changes size; this script sets the height of the iframe that sent it, and only if that
 * iframe is the atlas: its src and the message come from the origin this script was loaded
 * from. Any other frame on the page (an ad, a widget) can post the same message and is left
 * alone. A frame that shows the atlas from elsewhere (another origin than this script's)
 * opts in with the attribute `data-astana-atlas`.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var atlasOrigin = script && script.src ? new URL(script.src, location.href).origin : null;

  function srcOrigin(frame) {
    if (!frame.src) return null;
    try {
      return new URL(frame.src, location.href).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'astana-atlas:resize') return;
    var height = Number(data.height);
    if (!(height > 0 && height < 100000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var atlas = frame.hasAttribute('data-astana-atlas') ||
        (atlasOrigin !== null && event.origin === atlasOrigin && srcOrigin(frame) === atlasOrigin);
      if (atlas) frame.style.height = Math.ceil(height) + 'px';
    }
  });
})();
