package org.planpress.serve;

/** The page script of {@code planpress serve}, served at {@link LiveReload#SCRIPT} (never in the baked site). */
final class LiveScript {
    static final String TEXT = """
/* PlanPress live reload (planpress serve only; never in the baked site): reloads the page after each
   rebuild and shows the messages of a failed build over the last good page. */
(function () {
  'use strict';
  if (!window.EventSource || window.__planpressLive) return;
  window.__planpressLive = true;
  var ID = '__planpress-overlay';
  var STYLE = 'position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;'
    + 'margin:0;padding:1rem 1.25rem;background:#fff4f4;color:#5c0000;border-top:4px solid #c00;'
    + 'font:14px/1.5 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.2)';

  function overlay(lines) {
    var o = document.getElementById(ID);
    if (!o) {
      o = document.createElement('div');
      o.id = ID;
      document.body.appendChild(o);
    }
    o.setAttribute('style', STYLE);
    o.setAttribute('role', 'alert');
    o.textContent = '';
    var h = document.createElement('strong');
    h.textContent = 'PlanPress: the build failed. The page shows the last good build; fix the source and save.';
    var pre = document.createElement('pre');
    pre.setAttribute('style', 'white-space:pre-wrap;margin:.5rem 0 0;font:13px/1.45 ui-monospace,monospace');
    pre.textContent = lines.join('\n');
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = '\\u00d7';
    close.setAttribute('aria-label', 'Close');
    close.setAttribute('style', 'float:right;font-size:20px;line-height:1;border:0;background:none;cursor:pointer');
    close.onclick = function () { o.remove(); };
    o.appendChild(close);
    o.appendChild(h);
    o.appendChild(pre);
  }

  var seen = null;
  var es = new EventSource('/__planpress/events');
  es.addEventListener('hello', function (e) {
    if (seen !== null && seen !== e.data) location.reload();
    seen = e.data;
  });
  es.addEventListener('reload', function () { location.reload(); });
  es.addEventListener('open', function (e) { location.href = '/' + e.data; });
  es.addEventListener('failed', function (e) {
    try { overlay(JSON.parse(e.data)); } catch (x) { overlay([String(e.data)]); }
  });
})();
""";

    private LiveScript() {
    }
}
