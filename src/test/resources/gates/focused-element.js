// What has focus: "main" for the page's main element, else the element's tag and id, or "nothing".
const a = document.activeElement;
return a === document.querySelector('main') ? 'main' : (a ? a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') : 'nothing');
