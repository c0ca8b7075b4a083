/* tongbao 大字版 (larger text): a switch in the header that sets
 * html.large (style.css: 125 % text, everything in rem/em follows). The
 * reader's choice is kept in localStorage where that works; from file://
 * or with storage disabled it lasts for the page. Loaded without defer, in
 * <head>, so a remembered choice applies before the page is drawn.
 */
(function () {
  'use strict';
  var KEY = 'tongbao-large';
  var html = document.documentElement;
  function stored() {
    try { return window.localStorage ? localStorage.getItem(KEY) : null; } catch (e) { return null; }
  }
  function store(on) {
    try { if (window.localStorage) localStorage.setItem(KEY, on ? '1' : '0'); } catch (e) { /* kept for this page only */ }
  }
  if (stored() === '1') html.classList.add('large');
  function wire() {
    var b = document.getElementById('text-size');
    if (!b) return;
    var show = function () { b.setAttribute('aria-pressed', html.classList.contains('large') ? 'true' : 'false'); };
    b.hidden = false;
    show();
    b.addEventListener('click', function () {
      store(html.classList.toggle('large'));
      show();
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();
})();
