// Narrows the list of programs on the index in place: by state, by how a program is taught and by the
// credential it leads to, and says how many match and why. Without script the filter pages do this job.
(function () {
  'use strict';
  var list = document.getElementById('program-list');
  if (!list) { return; }
  var items = Array.prototype.slice.call(list.querySelectorAll('li[data-state]'));
  var taught = { online: ['online', 'campus-or-online'], campus: ['campus', 'campus-or-online'], hybrid: ['hybrid'] };
  var taughtWords = { online: 'taught online', campus: 'taught on campus', hybrid: 'taught partly online and partly on campus' };

  function options(values, label) {
    var select = document.createElement('select');
    select.appendChild(new Option('Any', ''));
    values.forEach(function (v) { select.appendChild(new Option(v[1], v[0])); });
    var wrap = document.createElement('label');
    wrap.className = 'hit-finder__field';
    wrap.appendChild(document.createTextNode(label + ' '));
    wrap.appendChild(select);
    return { wrap: wrap, select: select };
  }

  function distinct(attribute, names) {
    var seen = {};
    items.forEach(function (li) {
      li.getAttribute(attribute).split(' ').forEach(function (v) { if (v) { seen[v] = true; } });
    });
    return Object.keys(seen).sort().map(function (v) { return [v, names(v)]; });
  }

  var stateNames = {};
  Array.prototype.forEach.call(list.querySelectorAll('h3'), function (h) {
    var li = h.nextElementSibling && h.nextElementSibling.querySelector('li[data-state]');
    if (li) { stateNames[li.getAttribute('data-state')] = h.textContent; }
  });
  var state = options(distinct('data-state', function (v) { return stateNames[v] || v; }), 'State');
  var delivery = options([['online', 'Online'], ['campus', 'On campus'], ['hybrid', 'Hybrid']], 'Taught');
  var leads = options(distinct('data-leads', function (v) { return v.toUpperCase(); }), 'Leads to');

  var form = document.createElement('form');
  form.className = 'hit-finder';
  form.setAttribute('aria-label', 'Find a program');
  [state, delivery, leads].forEach(function (f) { form.appendChild(f.wrap); });
  var result = document.createElement('p');
  result.className = 'hit-count';
  result.setAttribute('aria-live', 'polite');
  form.appendChild(result);
  list.parentNode.insertBefore(form, list);

  function update() {
    var shown = 0;
    items.forEach(function (li) {
      var ok = (!state.select.value || li.getAttribute('data-state') === state.select.value) &&
        (!delivery.select.value || taught[delivery.select.value].indexOf(li.getAttribute('data-delivery')) >= 0) &&
        (!leads.select.value || (' ' + li.getAttribute('data-leads') + ' ').indexOf(' ' + leads.select.value + ' ') >= 0);
      li.hidden = !ok;
      if (ok) { shown++; }
    });
    Array.prototype.forEach.call(list.querySelectorAll('h3'), function (h) {
      var ul = h.nextElementSibling;
      h.hidden = ul.querySelectorAll('li:not([hidden])').length === 0;
      ul.hidden = h.hidden;
    });
    var why = [];
    if (state.select.value) { why.push('in ' + stateNames[state.select.value]); }
    if (delivery.select.value) { why.push(taughtWords[delivery.select.value]); }
    if (leads.select.value) { why.push('leading to the ' + leads.select.value.toUpperCase()); }
    result.textContent = shown + (shown === 1 ? ' program matches' : ' programs match') +
      (why.length ? ': ' + why.join(', ') + '.' : '.');
  }
  form.addEventListener('change', update);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  update();
}());
