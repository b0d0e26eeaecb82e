/*
 * Astana Atlas embed listener. Load it as an external script on the page that embeds the
 * atlas in an iframe (no inline script needed, so it works under a strict
 * Content-Security-Policy):
 *
 *   <iframe src="https://example.org/atlas/?embed=1" title="Astana Atlas" loading="lazy" height="600"></iframe>
 *   <script src="https://example.org/atlas/public/embed.js"></script>
 *
 * The atlas posts {type: "astana-atlas:resize", height} on load and whenever its content
 * changes size; this script sets the height of the iframe that sent it, and no other.
 */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'astana-atlas:resize') return;
    var height = Number(data.height);
    if (!(height > 0 && height < 100000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
      }
    }
  });
})();
