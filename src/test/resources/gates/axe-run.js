// Runs axe-core on the whole document and returns only what a report needs. Run asynchronously
// (executeAsyncScript). axe-core itself is added to every document the browser opens (BrowserChecks
// preloads the copy shipped in com.deque.html.axe-core:selenium), so it is not sent with each page.
// arguments[0]: rule ids to run alone, or null for every rule with the tags in arguments[1].
// Returns {violations: [{id, impact, help, target, html, summary}], review: [rule ids axe could not decide]}
// or {error}.
const done = arguments[arguments.length - 1];
const only = arguments[0];
if (typeof axe === 'undefined') { done({error: 'axe-core is not loaded in this page'}); return; }
const runOnly = only ? {type: 'rule', values: only} : {type: 'tag', values: arguments[1]};
axe.run(document, {runOnly, resultTypes: ['violations']}).then(r => done({
  violations: r.violations.flatMap(v => v.nodes.map(n => ({
    id: v.id, impact: v.impact || '', help: v.help,
    target: n.target.map(t => Array.isArray(t) ? t.join(' >> ') : String(t)).join(' >> '),
    html: n.html, summary: n.failureSummary || ''}))),
  review: r.incomplete.map(i => i.id)
})).catch(e => done({error: String(e)}));
