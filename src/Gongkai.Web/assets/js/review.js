// Review: clicking a cell of the report chooses it as the target of the next comment.
(function () {
  "use strict";

  document.addEventListener("click", function (e) {
    var td = e.target.closest && e.target.closest("#report td[data-cell]");
    var select = document.getElementById("comment-cell");
    if (!td || !select) return;
    select.value = td.dataset.cell;
    document.querySelectorAll("#report td.chosen").forEach(function (c) { c.classList.remove("chosen"); });
    td.classList.add("chosen");
    var body = document.getElementById("comment-body");
    if (body) body.focus();
  });
})();
