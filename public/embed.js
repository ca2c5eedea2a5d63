/* versus-kb widget: <script src="https://HOST/embed.js" async></script> and
   <div data-versus-comparison="nodejs/python" data-criteria="io-performance,ecosystem" data-theme="dark"></div>.
   Renders the comparison in a shadow root (styles isolated both ways) from this server's HTML fragment. */
(function () {
  'use strict';
  var CSS = '__VKB_CSS__';
  var script = document.currentScript || document.querySelector('script[src$="/embed.js"]');
  var origin = new URL(script ? script.src : '/', location.href).origin;
  var SLUG = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;

  // data-criteria limits the whole comparison on the server (rows, use cases, FAQs...): not hidden by CSS.
  function criteriaParam(list) {
    var slugs = (list || '').split(',').map(function (s) { return s.trim(); }).filter(function (s) { return SLUG.test(s); });
    return slugs.length ? '&criteria=' + encodeURIComponent(slugs.join(',')) : '';
  }

  function render(host) {
    if (host.getAttribute('data-vkb-rendered')) return;
    host.setAttribute('data-vkb-rendered', '1');
    var pair = (host.getAttribute('data-versus-comparison') || '').split('/');
    var root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    var theme = host.getAttribute('data-theme') === 'dark' ? 'dark' : 'light';
    var style = '<style>:host{display:block}' + CSS + '</style>';
    if (pair.length !== 2 || !SLUG.test(pair[0]) || !SLUG.test(pair[1])) {
      root.innerHTML = style + '<p class="vkb" role="alert">versus-kb: data-versus-comparison must be "a/b", e.g. "nodejs/python".</p>';
      return;
    }
    root.innerHTML = style + '<p class="vkb" role="status">Loading the comparison…</p>';
    fetch(origin + '/api/comparisons/' + encodeURIComponent(pair[0]) + '/' + encodeURIComponent(pair[1]) + '?format=html' + criteriaParam(host.getAttribute('data-criteria')), { headers: { accept: 'text/html' } })
      .then(function (res) {
        if (!res.ok) throw new Error(res.status === 404 ? 'no such technology or criterion' : 'HTTP ' + res.status);
        return res.text();
      })
      .then(function (html) {
        // The fragment comes from this server and is escaped there.
        root.innerHTML = style + '<div class="vkb-theme-' + theme + '">' + html + '</div>';
      })
      .catch(function (error) {
        root.innerHTML = style + '<p class="vkb" role="alert">versus-kb: the comparison could not be loaded (' + String(error.message).replace(/[<>&"]/g, '') + ').</p>';
      });
  }

  function renderAll() {
    var hosts = document.querySelectorAll('[data-versus-comparison]');
    for (var i = 0; i < hosts.length; i++) render(hosts[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', renderAll);
  else renderAll();
})();
