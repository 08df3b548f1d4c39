// gongkai audit site: sorting and filtering of the index; on a report page, what a cell's findings say and
// where it sits on the page picture. Text is set with textContent only (never parsed as HTML).
(function () {
  "use strict";

  function sortable(table) {
    var headers = table.querySelectorAll("th[data-sort]");
    headers.forEach(function (th, column) {
      function sort() {
        var ascending = !th.classList.contains("asc");
        headers.forEach(function (h) { h.classList.remove("asc", "desc"); });
        th.classList.add(ascending ? "asc" : "desc");
        var numeric = th.getAttribute("data-sort") === "num";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].textContent.trim(), y = b.cells[column].textContent.trim();
          var order = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y, "zh");
          return ascending ? order : -order;
        });
        var fragment = document.createDocumentFragment();
        rows.forEach(function (r) { fragment.appendChild(r); });
        body.appendChild(fragment);
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") { sort(); } });
    });
  }

  function filterable(input, table) {
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = row.textContent.toLowerCase();
        row.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
      });
    });
  }

  function findingsOf(cellId) {
    return Array.prototype.filter.call(document.querySelectorAll("[data-cells]"), function (f) {
      return f.getAttribute("data-cells").split(" ").indexOf(cellId) >= 0;
    });
  }

  function add(parent, tag, text) {
    var element = document.createElement(tag);
    element.textContent = text;
    parent.appendChild(element);
    return element;
  }

  function showTip(cell, x, y) {
    var tip = document.getElementById("tip");
    if (!tip) { return; }
    tip.textContent = "";
    var list = document.createElement("dl");
    add(list, "dt", "id"); add(list, "dd", cell.getAttribute("data-cell"));
    [["data-raw", "raw"], ["data-basis", "basis"], ["data-page", "page"]].forEach(function (pair) {
      if (cell.hasAttribute(pair[0])) { add(list, "dt", pair[1]); add(list, "dd", cell.getAttribute(pair[0])); }
    });
    tip.appendChild(list);
    findingsOf(cell.getAttribute("data-cell")).forEach(function (f) {
      var message = f.querySelector(".message");
      add(tip, "p", f.getAttribute("data-rule") + ": " + (message ? message.textContent : f.textContent));
    });
    tip.style.left = Math.min(x + 12, window.innerWidth - 420) + "px";
    tip.style.top = Math.min(y + 12, window.innerHeight - 160) + "px";
    tip.hidden = false;
  }

  function select(cellId) {
    document.querySelectorAll(".selected").forEach(function (e) { e.classList.remove("selected"); });
    document.querySelectorAll("rect.active").forEach(function (e) { e.classList.remove("active"); });
    var escaped = cellId.replace(/["\\]/g, "\\$&");
    document.querySelectorAll('td[data-cell="' + escaped + '"]').forEach(function (e) { e.classList.add("selected"); });
    findingsOf(cellId).forEach(function (f) { f.classList.add("selected"); });
    var box = document.querySelector('rect[data-cell="' + escaped + '"]');
    if (box) {
      box.classList.add("active");
      var figure = box.closest("figure");
      if (figure && figure.scrollIntoView) { figure.scrollIntoView({ block: "nearest" }); }
    }
  }

  function reportPage() {
    document.querySelectorAll("td[data-cell]").forEach(function (cell) {
      cell.addEventListener("mouseenter", function (e) { showTip(cell, e.clientX, e.clientY); });
      cell.addEventListener("mouseleave", function () { document.getElementById("tip").hidden = true; });
      cell.addEventListener("click", function (e) { select(cell.getAttribute("data-cell")); showTip(cell, e.clientX, e.clientY); });
    });
    document.querySelectorAll("button[data-cell-ref]").forEach(function (button) {
      button.addEventListener("click", function () {
        var id = button.getAttribute("data-cell-ref");
        select(id);
        var cell = document.querySelector('td[data-cell="' + id.replace(/["\\]/g, "\\$&") + '"]');
        if (cell && cell.scrollIntoView) { cell.scrollIntoView({ block: "center" }); }
      });
    });
  }

  function start() {
    var reports = document.getElementById("reports");
    if (reports) {
      sortable(reports);
      var filter = document.getElementById("filter");
      if (filter) { filterable(filter, reports); }
    }
    if (document.getElementById("tip")) { reportPage(); }
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
}());
