/* versus-kb's GraphQL query page: served by the app itself (no CDN), works offline. */
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var endpoint = location.pathname;
  var saved = localStorage.getItem('vkb-graphql-query');
  if (saved) $('query').value = saved;

  function run() {
    var variables = {};
    try {
      variables = $('variables').value.trim() ? JSON.parse($('variables').value) : {};
    } catch (e) {
      $('result').textContent = 'Variables are not valid JSON: ' + e.message;
      return;
    }
    localStorage.setItem('vkb-graphql-query', $('query').value);
    $('status').textContent = 'Running…';
    fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query: $('query').value, variables: variables }) })
      .then(function (res) { return res.text().then(function (text) { return { status: res.status, text: text }; }); })
      .then(function (r) {
        var out = r.text;
        try { out = JSON.stringify(JSON.parse(r.text), null, 2); } catch (e) { /* not JSON: show as is */ }
        $('result').textContent = out;
        $('status').textContent = 'HTTP ' + r.status;
      })
      .catch(function (e) { $('status').textContent = 'Failed: ' + e.message; });
  }

  function loadSchema() {
    var q = '{ __schema { queryType { fields { name description args { name type { name kind ofType { name kind ofType { name } } } } } } } }';
    fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) })
      .then(function (res) { return res.json(); })
      .then(function (body) {
        var list = $('fields');
        body.data.__schema.queryType.fields.forEach(function (f) {
          var li = document.createElement('li');
          var code = document.createElement('code');
          code.textContent = f.name + (f.args.length ? '(' + f.args.map(function (a) { return a.name; }).join(', ') + ')' : '');
          li.appendChild(code);
          if (f.description) li.appendChild(document.createTextNode(' — ' + f.description));
          list.appendChild(li);
        });
      })
      .catch(function () { $('fields').textContent = 'Could not load the schema.'; });
  }

  $('run').addEventListener('click', run);
  $('query').addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); run(); }
  });
  loadSchema();
})();
