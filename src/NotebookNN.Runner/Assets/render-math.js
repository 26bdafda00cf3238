// Typeset the math Markdig marked (<span class="math">\(..\)</span>, <div class="math">\[..\]</div>) with KaTeX.
(function () {
  if (!window.katex) { return; }
  document.querySelectorAll('.math').forEach(function (element) {
    var tex = element.textContent.trim();
    var display = element.tagName === 'DIV';
    if (tex.startsWith('\\(') && tex.endsWith('\\)')) { tex = tex.slice(2, -2); }
    else if (tex.startsWith('\\[') && tex.endsWith('\\]')) { tex = tex.slice(2, -2); display = true; }
    katex.render(tex, element, { displayMode: display, throwOnError: false });
  });
})();
