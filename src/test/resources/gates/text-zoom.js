// Text at 200%: sets the root font-size to 200% and measures a sample of main's text before and after,
// the page's width against the viewport's, and up to five elements in main that clip their text
// (overflow hidden or clip, or an ellipsis). Returns {before, after, scroll, client, clipped}.
const main = document.querySelector('main');
const sample = (main && main.querySelector('p, li')) || main || document.body;
const before = parseFloat(getComputedStyle(sample).fontSize);
document.documentElement.style.fontSize = '200%';
const after = parseFloat(getComputedStyle(sample).fontSize);
const d = document.documentElement;
const clipped = [];
if (main) {
  // Visually hidden text (the 1 px clip pattern, for screen readers only) is meant to be clipped.
  const hidden = el => { for (let e = el; e && e !== main.parentElement; e = e.parentElement) {
      const c = getComputedStyle(e), r = e.getBoundingClientRect();
      if ((c.clip === 'rect(0px, 0px, 0px, 0px)' || c.clipPath === 'inset(50%)' || (r.width <= 1 && r.height <= 1))
          && c.position === 'absolute') return true; } return false; };
  for (const el of [main, ...main.querySelectorAll('*')]) {
    const cs = getComputedStyle(el);
    if (!el.innerText || !el.innerText.trim() || el.getClientRects().length === 0 || hidden(el)) continue;
    const hidesX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
    const hidesY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
    const what = el.tagName.toLowerCase() + (el.classList.length ? '.' + [...el.classList].join('.') : '');
    if (hidesX && el.scrollWidth > el.clientWidth + 1) clipped.push(what + ' cuts off text on the right');
    else if (hidesY && el.scrollHeight > el.clientHeight + 1) clipped.push(what + ' cuts off text at the bottom');
    else if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) clipped.push(what + ' truncates text with an ellipsis');
    if (clipped.length >= 5) break;
  }
}
return {before, after, scroll: d.scrollWidth, client: d.clientWidth, clipped};
