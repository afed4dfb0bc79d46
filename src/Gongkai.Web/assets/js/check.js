// The checker (/check): list the chosen files under the drop zone; htmx posts the form.
(function () {
  "use strict";

  function listChosen() {
    var input = document.getElementById("check-files");
    var list = document.getElementById("check-chosen");
    if (!input || !list) return;
    list.textContent = "";
    Array.prototype.forEach.call(input.files || [], function (f) {
      var li = document.createElement("li");
      li.textContent = f.name + " (" + Math.ceil(f.size / 1024) + " KB)";
      list.appendChild(li);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var input = document.getElementById("check-files");
    if (input) input.addEventListener("change", listChosen);
  });
})();
