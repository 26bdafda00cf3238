// Charts made for notebooks load plotly.js through require.js (as Plotly.NET.Interactive does), fetching it from
// a CDN. This page already has plotly.js, so a tiny require stand-in hands them the page's copy instead.
(function () {
  if (!window.Plotly || typeof window.requirejs === 'function') { return; }
  var require = function (deps, callback) {
    var modules = (deps || []).map(function (d) { return /plotly/i.test(d) ? window.Plotly : undefined; });
    if (typeof callback === 'function') { callback.apply(null, modules); }
  };
  require.config = function () { return require; };
  window.requirejs = window.require = require;
})();
