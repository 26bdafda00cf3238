// Draws the page's charts from their figure JSON (the application/vnd.plotly.v1+json outputs, written by the
// exporter as <script type="application/json" class="chart-figure" data-chart="ID">), with plotly.js. A notebook's
// own scripts never run on the site; this is the only code that draws.
(function () {
  // Linked sliders (several sliders, one frame per combination): every step's method is "skip" and the frame
  // to show is named by the sliders' current values joined by ", ". Marked by layout.meta.linkedSliders;
  // figures made before that mark are recognised by their all-"skip" sliders.
  function hasLinkedSliders(figure) {
    var layout = figure.layout || {};
    if (layout.meta && layout.meta.linkedSliders === true) { return true; }
    var sliders = layout.sliders || [];
    return sliders.length > 1 && sliders.every(function (s) {
      return (s.steps || []).length > 0 && s.steps.every(function (step) { return step.method === 'skip'; });
    });
  }

  function linkSliders(gd) {
    gd.on('plotly_sliderchange', function () {
      var name = gd.layout.sliders.map(function (s) { return s.steps[s.active].value; }).join(', ');
      Plotly.animate(gd, [name], { mode: 'immediate', frame: { duration: 0, redraw: true }, transition: { duration: 0 } });
    });
  }

  document.querySelectorAll('script.chart-figure').forEach(function (data) {
    var div = document.getElementById(data.getAttribute('data-chart'));
    if (!div) { return; }
    if (!window.Plotly) { div.textContent = 'This chart needs plotly.js, which did not load (offline? export with --offline).'; return; }
    var figure;
    try { figure = JSON.parse(data.textContent); } catch (e) { div.textContent = 'This chart\'s data could not be read.'; return; }
    Plotly.newPlot(div, figure).then(function (gd) {
      if (hasLinkedSliders(figure)) { linkSliders(gd); }
    });
  });
})();
