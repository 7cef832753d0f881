// Timeline filters: show only the events whose data-* facets match every chosen value.
// Our own few lines, no framework and no request; without JavaScript the form stays
// hidden and the per-year pages give the same reach.
(function () {
  "use strict";
  function setUp() {
    var form = document.querySelector("form.bi-filters");
    if (!form) return;
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-facet]"));
    var items = Array.prototype.slice.call(document.querySelectorAll("ul.bi-timeline > li"));
    var count = form.querySelector(".bi-filter-count");
    var none = document.querySelector(".bi-filter-none");
    function matches(item) {
      return selects.every(function (select) {
        var wanted = select.value;
        if (!wanted) return true;
        var have = (item.getAttribute("data-" + select.getAttribute("data-facet")) || "").split(" ");
        return have.indexOf(wanted) !== -1;
      });
    }
    function apply() {
      var shown = 0;
      items.forEach(function (item) {
        var keep = matches(item);
        item.hidden = !keep;
        if (keep) shown += 1;
      });
      document.querySelectorAll("section.bi-month").forEach(function (section) {
        section.hidden = !section.querySelector("li:not([hidden])");
      });
      var filtering = selects.some(function (select) { return select.value; });
      count.textContent = filtering ? shown + " / " + items.length : "";
      if (none) none.hidden = shown > 0;
    }
    selects.forEach(function (select) { select.addEventListener("change", apply); });
    form.hidden = false;
    apply();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
