// The elements sticking out past the right edge of the viewport, innermost first, at most five, each as
// "tag.class (right edge Npx)". An element inside a box that scrolls sideways on its own does not count.
const width = document.documentElement.clientWidth;
const describe = el => el.tagName.toLowerCase() + (el.classList.length ? '.' + [...el.classList].join('.') : '');
const scrolls = el => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
const out = [...document.body.querySelectorAll('*')].filter(el => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.right > width + 1 && !scrolls(el);
});
const innermost = out.filter(el => !out.some(o => o !== el && el.contains(o)));
return innermost.slice(0, 5).map(el => describe(el) + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + 'px)');
