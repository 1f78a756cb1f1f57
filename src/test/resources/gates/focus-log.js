// Prepares the keyboard check: notes how every element that Tab should reach looks unfocused, then logs
// each element focus lands on (window.__hitFocusLog) with whether it shows a visible focus indicator
// (outline, box-shadow or background differ from the unfocused look) and whether it is on screen.
// Returns the expected Tab stops, described; they are kept in window.__hitExpected for focus-previous.js.
const native = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe';
const selector = native + ', [tabindex], [contenteditable]';
const transparent = c => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
const look = el => {
  const cs = getComputedStyle(el);
  return {
    outline: cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.outlineColor,
    outlineShows: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !transparent(cs.outlineColor),
    shadow: cs.boxShadow,
    background: cs.backgroundColor,
    backgroundShows: !transparent(cs.backgroundColor)
  };
};
const describe = el => {
  let d = el.tagName.toLowerCase();
  if (el.id) d += '#' + el.id;
  if (el.classList.length) d += '.' + [...el.classList].join('.');
  const href = el.getAttribute('href');
  if (href) d += '[href="' + href + '"]';
  const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ');
  if (text) d += ' "' + (text.length > 40 ? text.slice(0, 37) + '...' : text) + '"';
  return d;
};
const rendered = el => {
  if (el.closest('[inert]')) return false;
  const cs = getComputedStyle(el);
  return cs.display !== 'none' && cs.visibility !== 'hidden' && el.getClientRects().length > 0;
};
const expected = [...document.querySelectorAll(selector)].filter(el =>
    !el.disabled
    // tabindex="-1" takes a native control out of the Tab order: that is a defect, so it stays
    // expected; on anything else it only makes the element focusable by script (main).
    && (el.matches(native) || !(el.hasAttribute('tabindex') && parseInt(el.getAttribute('tabindex'), 10) < 0))
    && !(el.tagName === 'SUMMARY' && (el.parentElement.tagName !== 'DETAILS' || el.parentElement.querySelector('summary') !== el))
    && !(el.tagName === 'A' && !el.hasAttribute('href') && !el.hasAttribute('tabindex'))
    && rendered(el));
const before = new Map(expected.map(el => [el, look(el)]));
const log = [];
window.__hitFocusLog = log;
window.__hitExpected = expected;
document.addEventListener('focusin', e => {
  const el = e.target;
  const after = look(el);
  const was = before.get(el) || look(document.body);
  const indicator = (after.outlineShows && after.outline !== was.outline)
      || (after.shadow !== 'none' && after.shadow !== was.shadow)
      || (after.backgroundShows && after.background !== was.background);
  const r = el.getBoundingClientRect();
  const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
      && r.top < window.innerHeight && r.left < window.innerWidth;
  log.push({index: expected.indexOf(el), what: describe(el), indicator, onScreen,
      before: 'outline ' + was.outline + ', box-shadow ' + was.shadow + ', background ' + was.background,
      after: 'outline ' + after.outline + ', box-shadow ' + after.shadow + ', background ' + after.background});
}, true);
return expected.map(describe);
