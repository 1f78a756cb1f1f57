// Puts focus on the expected Tab stop before the one at index arguments[0] (from focus-log.js), or on
// nothing when it is the first, so that one Tab lands on that stop again.
const previous = window.__hitExpected[arguments[0] - 1];
if (previous) { previous.focus(); } else if (document.activeElement) { document.activeElement.blur(); }
