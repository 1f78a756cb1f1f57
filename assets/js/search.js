// Search for HIT Path, loaded only on search.html. The library (lunr) and the documents are fetched
// when this page opens; the index is built in the browser, then results are written with DOM calls,
// never as HTML strings. Without JavaScript, the page's links to the indexes remain.
(function () {
  'use strict';

  var form = document.querySelector('.hit-search--page');
  var input = document.getElementById('search-query');
  var results = document.getElementById('search-results');
  if (!form || !input || !results) {
    return;
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(script);
    });
  }

  var ready = Promise.all([
    loadScript('js/lunr.min.js'),
    fetch('search-index.json').then(function (response) { return response.json(); })
  ]).then(function (loaded) {
    var documents = loaded[1];
    var byId = {};
    var index = window.lunr(function () {
      this.ref('id');
      this.field('title', { boost: 10 });
      this.field('keywords', { boost: 8 });
      this.field('headings', { boost: 4 });
      this.field('description', { boost: 3 });
      this.field('body');
      var builder = this;
      documents.forEach(function (doc) {
        byId[doc.id] = doc;
        builder.add(doc);
      });
    });
    return { index: index, byId: byId };
  });

  function queryFor(text) {
    // Each word may match exactly, by prefix, or with one typo; lunr ranks the matches.
    return text.toLowerCase().split(/\s+/).filter(Boolean).map(function (word) {
      var clean = word.replace(/[^a-z0-9-]/g, '');
      if (!clean) {
        return '';
      }
      return clean + ' ' + clean + '*' + (clean.length > 4 ? ' ' + clean + '~1' : '');
    }).join(' ');
  }

  function show(text, search) {
    while (results.firstChild) {
      results.removeChild(results.firstChild);
    }
    var matches = [];
    var query = queryFor(text);
    if (query.trim()) {
      try {
        matches = search.index.search(query);
      } catch (e) {
        matches = [];
      }
    }
    var heading = document.createElement('h2');
    heading.textContent = matches.length === 0 ? 'No pages match \u201c' + text + '\u201d'
      : matches.length + (matches.length === 1 ? ' page matches' : ' pages match') + ' \u201c' + text + '\u201d';
    results.appendChild(heading);
    var list = document.createElement('ol');
    list.className = 'hit-cards';
    // Every match is listed: a reader should never be told of results they cannot reach.
    matches.forEach(function (match) {
      var doc = search.byId[match.ref];
      var item = document.createElement('li');
      item.className = 'hit-card';
      var title = document.createElement('h3');
      title.className = 'hit-card__title';
      var link = document.createElement('a');
      link.className = 'hit-card__link';
      link.href = doc.id;
      link.textContent = doc.title;
      title.appendChild(link);
      var kind = document.createElement('span');
      kind.className = 'hit-card__kind';
      kind.textContent = doc.kind;
      item.appendChild(kind);
      var description = document.createElement('p');
      description.className = 'hit-card__text';
      description.textContent = doc.description;
      item.appendChild(title);
      item.appendChild(description);
      list.appendChild(item);
    });
    results.appendChild(list);
  }

  // With script running, the no-script notice and its list of indexes would only be noise.
  var browse = document.querySelector('.hit-search-browse');
  if (browse) {
    browse.hidden = true;
  }

  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    ready.then(function (search) { show(initial, search); });
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    history.replaceState(null, '', '?q=' + encodeURIComponent(text));
    ready.then(function (search) { show(text, search); });
  });
}());
