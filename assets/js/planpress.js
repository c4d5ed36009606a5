/* PlanPress page script: marks today and the current stage on timelines (so a static site stays current
   without a rebuild) and wires the search box. Works from file:// and under any path. */
(function () {
  'use strict';
  function iso(d) {
    var m = d.getMonth() + 1, day = d.getDate();
    return d.getFullYear() + '-' + (m < 10 ? '0' : '') + m + '-' + (day < 10 ? '0' : '') + day;
  }
  var today = iso(new Date());
  // plans without a year are drawn in the reference years 2000-2001: today may fall in either
  function candidates(start) {
    return start.indexOf('2000-') === 0 || start.indexOf('2001-') === 0
      ? ['2000' + today.substring(4), '2001' + today.substring(4)] : [today];
  }
  function within(s, e) {
    var c = candidates(s);
    for (var i = 0; i < c.length; i++) if (s <= c[i] && c[i] <= e) return c[i];
    return null;
  }

  function markStages() {
    var items = document.querySelectorAll('.pp-stage[data-start][data-end]');
    for (var i = 0; i < items.length; i++) {
      var el = items[i], s = el.getAttribute('data-start'), e = el.getAttribute('data-end');
      if (within(s, e)) {
        el.classList.add('pp-current');
        var now = el.querySelector('.pp-now');
        if (now) now.hidden = false;
      }
    }
    var svgs = document.querySelectorAll('svg[data-axis-start][data-axis-end]');
    for (var j = 0; j < svgs.length; j++) drawToday(svgs[j]);
  }

  function days(a) {
    var p = a.split('-');
    return Date.UTC(+p[0], +p[1] - 1, +p[2]) / 86400000;
  }

  function drawToday(svg) {
    var a = svg.getAttribute('data-axis-start'), b = svg.getAttribute('data-axis-end');
    var t = within(a, b);
    if (!t) return;
    var x0 = parseFloat(svg.getAttribute('data-plot-x') || '0');
    var w = parseFloat(svg.getAttribute('data-plot-width') || '0');
    var vb = svg.viewBox && svg.viewBox.baseVal;
    if (!w && vb) w = vb.width - x0;
    var h = vb ? vb.height : 100;
    var x = x0 + w * (days(t) - days(a)) / Math.max(1, days(b) - days(a) + 1);
    var ns = 'http://www.w3.org/2000/svg';
    var line = document.createElementNS(ns, 'line');
    line.setAttribute('x1', x); line.setAttribute('x2', x);
    line.setAttribute('y1', 0); line.setAttribute('y2', h);
    line.setAttribute('class', 'pp-today-line');
    line.setAttribute('stroke', '#b35900');
    svg.appendChild(line);
    var groups = svg.querySelectorAll('[data-start][data-end]');
    for (var i = 0; i < groups.length; i++) {
      var g = groups[i];
      if (within(g.getAttribute('data-start'), g.getAttribute('data-end'))) g.classList.add('pp-current');
    }
  }

  document.addEventListener('keydown', function (ev) {
    var q = document.getElementById('pp-q');
    if (!q) return;
    var tag = (ev.target && ev.target.tagName) || '';
    if (ev.key === '/' && tag !== 'INPUT' && tag !== 'TEXTAREA') {
      ev.preventDefault();
      q.focus();
    }
  });

  // a table or code block wider than the screen scrolls inside itself (planpress.css): it then takes the
  // keyboard focus, so it can be scrolled without a mouse
  function scrollables() {
    var els = document.querySelectorAll('main table, main pre');
    // on a wide screen a table scrolls only when its columns do not fit (ten columns, a long URL): it is marked
    // pp-wide and then scrolls inside itself as on a phone, rather than running over the contents beside it
    for (var j = 0; j < els.length; j++) {
      var t = els[j];
      if (t.nodeName !== 'TABLE' || !t.parentElement) continue;
      t.classList.remove('pp-wide');
      if (t.offsetWidth > t.parentElement.clientWidth + 1) t.classList.add('pp-wide');
    }
    for (var i = 0; i < els.length; i++) {
      var el = els[i], wide = el.scrollWidth > el.clientWidth + 1;
      if (wide && !el.hasAttribute('tabindex')) { el.setAttribute('tabindex', '0'); el.setAttribute('data-pp-scroll', ''); }
      else if (!wide && el.hasAttribute('data-pp-scroll')) { el.removeAttribute('tabindex'); el.removeAttribute('data-pp-scroll'); }
    }
  }
  var resizing = 0;
  window.addEventListener('resize', function () { clearTimeout(resizing); resizing = setTimeout(scrollables, 100); });

  function ready() { markStages(); scrollables(); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
})();
