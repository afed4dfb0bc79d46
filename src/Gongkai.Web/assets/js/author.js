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

  document.addEventListener("htmx:afterSettle", remark);
})();
