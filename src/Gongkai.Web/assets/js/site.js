// Gongkai's own script: small and CSP-friendly (no inline scripts anywhere). htmx does the requests.
(function () {
  "use strict";

  // Checker: drop files on the zone to put them in the form's file input and submit.
  function wireDropzones(root) {
    root.querySelectorAll("[data-dropzone]").forEach(function (zone) {
      if (zone.dataset.wired) return;
      zone.dataset.wired = "1";
      var input = document.getElementById(zone.dataset.dropzone);
      ["dragenter", "dragover"].forEach(function (n) {
        zone.addEventListener(n, function (e) { e.preventDefault(); zone.classList.add("over"); });
      });
      ["dragleave", "drop"].forEach(function (n) {
        zone.addEventListener(n, function (e) { e.preventDefault(); zone.classList.remove("over"); });
      });
      zone.addEventListener("drop", function (e) {
        if (!input || !e.dataTransfer) return;
        input.files = e.dataTransfer.files;
        input.dispatchEvent(new Event("change", { bubbles: true }));
      });
    });
  }

  // Charts: a <div class="chart" data-chart="id-of-json-script"> gets an ECharts instance with that option.
  function drawCharts(root) {
    if (typeof window.echarts === "undefined") return;
    root.querySelectorAll("[data-chart]").forEach(function (el) {
      if (el.dataset.drawn) return;
      var source = document.getElementById(el.dataset.chart);
      if (!source) return;
      el.dataset.drawn = "1";
      var chart = window.echarts.init(el, null, { renderer: "canvas" });
      chart.setOption(JSON.parse(source.textContent));
      window.addEventListener("resize", function () { chart.resize(); });
    });
  }

  function wire(root) { wireDropzones(root); drawCharts(root); }
  document.addEventListener("DOMContentLoaded", function () { wire(document); });
  document.addEventListener("htmx:afterSettle", function (e) { wire(e.target); });
})();
