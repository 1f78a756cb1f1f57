// Narrows the list of all programs (schools/all.html) in place, by state, by how a program is taught and
// by the credential it leads to, and says how many match and why. Without script the filter pages do this.
(function () {
  'use strict';
  var list = document.getElementById('program-list');
  if (!list) { return; }
  var items = [].slice.call(list.querySelectorAll('li[data-state]'));
  var heads = [].slice.call(list.querySelectorAll('h2'));
  var names = {};
  heads.forEach(function (h) { names[h.nextElementSibling.querySelector('li').dataset.state] = h.textContent; });
  var taught = { online: 'online campus-or-online', campus: 'campus campus-or-online', hybrid: 'hybrid' };
  var why = { online: 'taught online', campus: 'taught on campus', hybrid: 'taught partly online' };
  var leads = {};
  items.forEach(function (li) { li.dataset.leads.split(' ').forEach(function (c) { if (c) { leads[c] = c.toUpperCase(); } }); });

  var form = document.createElement('form');
  form.className = 'hit-finder';
  form.setAttribute('aria-label', 'Find a program');
  function field(label, values) {
    var select = document.createElement('select');
    select.add(new Option('Any', ''));
    // In the order of what the reader sees: by code, Iowa (IA) would come before Illinois (IL).
    Object.keys(values).sort(function (a, b) { return values[a].localeCompare(values[b]); })
      .forEach(function (v) { select.add(new Option(values[v], v)); });
    var wrap = document.createElement('label');
    wrap.className = 'hit-finder__field';
    wrap.append(label + ' ', select);
    form.append(wrap);
    return select;
  }
  var state = field('State', names);
  var delivery = field('Taught', { campus: 'On campus', hybrid: 'Hybrid', online: 'Online' });
  var credential = field('Leads to', leads);
  var result = document.createElement('p');
  result.className = 'hit-count';
  result.setAttribute('aria-live', 'polite');
  form.append(result);
  list.before(form);

  function update() {
    var shown = 0;
    items.forEach(function (li) {
      var d = li.dataset;
      li.hidden = !(!state.value || d.state === state.value) ||
        !(!delivery.value || taught[delivery.value].split(' ').indexOf(d.delivery) >= 0) ||
        !(!credential.value || d.leads.split(' ').indexOf(credential.value) >= 0);
      shown += li.hidden ? 0 : 1;
    });
    heads.forEach(function (h) {
      h.hidden = h.nextElementSibling.hidden = !h.nextElementSibling.querySelector('li:not([hidden])');
    });
    var reasons = [state.value && 'in ' + names[state.value], why[delivery.value],
      credential.value && 'leading to the ' + leads[credential.value]].filter(Boolean);
    result.textContent = shown + (shown === 1 ? ' program matches' : ' programs match') +
      (reasons.length ? ': ' + reasons.join(', ') : '') + '.';
  }
  form.addEventListener('change', update);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  update();
}());
