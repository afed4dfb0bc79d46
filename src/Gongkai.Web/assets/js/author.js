// Authoring: after each live check (htmx out-of-band swaps of the findings and the computed cells), mark the
// cells the new findings concern, as the report partial does on a full page.
(function () {
  "use strict";

  function remark() {
    var form = document.getElementById("author-form");
    if (!form) return;
    form.querySelectorAll("td[data-cell]").forEach(function (td) {
      td.classList.remove("finding-error", "finding-warning");
      td.querySelectorAll("sup.mark").forEach(function (s) { s.remove(); });
    });
    document.querySelectorAll("#findings li[data-cells]").forEach(function (li, i) {
      var severity = li.classList.contains("error") ? "finding-error" : li.classList.contains("warning") ? "finding-warning" : null;
      li.dataset.cells.split(" ").filter(Boolean).forEach(function (key) {
        var td = form.querySelector('td[data-cell="' + key.replace(/"/g, "") + '"]');
        if (!td) return;
        if (severity && !td.classList.contains("finding-error")) {
          td.classList.remove("finding-warning");
          td.classList.add(severity);
        }
        var sup = document.createElement("sup");
        sup.className = "mark";
        var a = document.createElement("a");
        a.href = "#f-" + (i + 1);
        a.textContent = String(i + 1);
        sup.appendChild(a);
        td.appendChild(sup);
      });
    });
  }

  // Each section's text box goes to its place in the report: after the section's heading, or (a narrative
  // section the draft does not have yet) before the next section, so the form reads in the template's order.
  function placeTexts() {
    var report = document.querySelector("#author-form #report");
    if (!report) return;
    var boxes = Array.prototype.slice.call(document.querySelectorAll("#author-form .section-text"));
    boxes.forEach(function (box, i) {
      var key = box.id.replace(/^text-/, "");
      var section = report.querySelector("section." + key);
      box.classList.add("in-report");
      if (section) {
        var heading = section.querySelector("h2");
        section.insertBefore(box, heading ? heading.nextSibling : section.firstChild);
        box.classList.add("under-heading");
        return;
      }
      for (var j = i + 1; j < boxes.length; j++) {
        var next = report.querySelector("section." + boxes[j].id.replace(/^text-/, ""));
        if (next) { report.insertBefore(box, next); return; }
      }
      report.appendChild(box);
    });
  }

  document.addEventListener("DOMContentLoaded", placeTexts);
  document.addEventListener("htmx:afterSettle", remark);
})();
