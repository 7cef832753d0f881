// The search page (/search/, /ar/search/): runs Pagefind's own script from this site's
// pagefind/ folder. Nothing loads until the first search; then Pagefind fetches its code
// and only the index chunks and excerpts that the query needs, all from this site. The
// index is split by date into periods (pagefind/periods.json, newest first, one Pagefind
// bundle each: generator/search.py): a search looks in the newest period, and "Search
// older pages" adds the next older one, so a first search reads at most one period's
// pages at any archive size. The
// labels come from the form's data-* attributes (templates/strings.yaml). Pagefind gives
// titles as plain text and excerpts as HTML with <mark>; both are added as text, with
// only the <mark> elements kept.
(function () {
  "use strict";
  var PAGE_SIZE = 10; // results shown at once; "More results" shows the next ones
  var TYPING_PAUSE_MS = 250; // search once the reader pauses, not on every key

  function setUp() {
    var form = document.getElementById("bi-search");
    if (!form) return;
    var input = document.getElementById("bi-search-query");
    var status = document.getElementById("bi-search-status");
    var list = document.getElementById("bi-search-results");
    var more = document.getElementById("bi-search-more");
    var labels = form.dataset;
    var plurals = new Intl.PluralRules(document.documentElement.lang || "en");
    var older = document.getElementById("bi-search-older");
    var periods = null; // a promise of the list of periods, fetched on the first search
    var engines = {}; // a promise of each period's Pagefind module, by its folder
    var results = [];
    var shown = 0;
    var searched = 0; // periods searched for the current query, newest first
    var searchedQuery = ""; // the query whose results are listed
    var latest = 0; // number of the newest search: answers to older ones are dropped
    var timer = null;

    function count(n) {
      // strings.yaml may give a "zero" form even where CLDR has none (English).
      var category = n === 0 && labels.resultsZero ? "zero" : plurals.select(n);
      var key = "results" + category.charAt(0).toUpperCase() + category.slice(1);
      return (labels[key] || labels.resultsOther).replace("{n}", String(n));
    }

    function periodList() {
      if (!periods) {
        periods = fetch(new URL(labels.periods, document.baseURI).href)
          .then(function (response) {
            if (!response.ok) throw new Error(response.statusText);
            return response.json();
          })
          .then(function (data) { return data.periods; });
        periods.catch(function () { periods = null; }); // let a later search try again
      }
      return periods;
    }

    // Each period's bundle is a module of its own (its own index), imported once.
    function pagefind(period) {
      var url = new URL(period.path + "pagefind.js", new URL(labels.periods, document.baseURI));
      if (!engines[url.href]) {
        engines[url.href] = import(url.href);
        engines[url.href].catch(function () { delete engines[url.href]; });
      }
      return engines[url.href];
    }

    // A period's first and last day as the site writes them (null: no dated page in it).
    function days(period) {
      return (period.labels && period.labels[document.documentElement.lang]) || null;
    }

    function span(first, last) {
      if (!first && !last) return labels.undated;
      first = first || last;
      last = last || first;
      return first[0] === last[1] ? first[0] : first[0] + " – " + last[1];
    }

    // The count, and once there is more than one period, the dates searched so far.
    function summary(list) {
      var said = count(results.length);
      if (list.length < 2) return said;
      return said + " " + labels.scope.replace("{dates}", span(days(list[searched - 1]), days(list[0])));
    }

    function offerOlder(list) {
      var next = list[searched];
      older.hidden = !next;
      if (next) older.textContent = labels.older.replace("{dates}", span(days(next), days(next)));
    }

    // Text of an HTML fragment from Pagefind, with its <mark> elements kept. DOMParser
    // builds an inert document: nothing in it runs or loads.
    function inert(fragment, into) {
      var parsed = new DOMParser().parseFromString(fragment, "text/html").body;
      parsed.childNodes.forEach(function (node) {
        if (node.nodeName === "MARK") {
          var mark = document.createElement("mark");
          mark.textContent = node.textContent;
          into.appendChild(mark);
        } else {
          into.appendChild(document.createTextNode(node.textContent));
        }
      });
      return into;
    }

    function item(data) {
      var li = document.createElement("li");
      li.className = "bi-search-result";
      var link = document.createElement("a");
      link.href = data.url;
      link.textContent = (data.meta && data.meta.title) || data.url; // plain text
      li.appendChild(link);
      var kind = data.meta && labels["kind" + (data.meta.kind || "").replace(/^./, function (c) {
        return c.toUpperCase();
      })];
      if (kind) {
        var tag = document.createElement("span");
        tag.className = "bi-search-kind";
        tag.textContent = kind;
        li.appendChild(document.createTextNode(" "));
        li.appendChild(tag);
      }
      var excerpt = document.createElement("p");
      excerpt.className = "bi-search-excerpt";
      li.appendChild(inert(data.excerpt || "", excerpt));
      return li;
    }

    function showMore(number) {
      var next = results.slice(shown, shown + PAGE_SIZE);
      return Promise.all(next.map(function (result) { return result.data(); })).then(
        function (pages) {
          if (number !== latest) return null;
          var first = null;
          pages.forEach(function (data) {
            var li = item(data);
            first = first || li;
            list.appendChild(li);
          });
          shown += pages.length;
          more.hidden = shown >= results.length;
          return first;
        }
      );
    }

    function remember(query) {
      var url = new URL(window.location.href);
      if (query) url.searchParams.set("q", query);
      else url.searchParams.delete("q");
      window.history.replaceState(null, "", url.href);
    }

    // Search the next period for query number ``number``; its results join the list.
    function searchPeriod(number, query) {
      var list = null;
      return periodList()
        .then(function (found) {
          list = found;
          return list[searched] ? pagefind(list[searched]) : null;
        })
        .then(function (module) { return module ? module.search(query) : null; })
        .then(function (found) {
          if (number !== latest) return null;
          searched += 1;
          results = results.concat((found && found.results) || []);
          offerOlder(list);
          return showMore(number);
        })
        .then(function (first) {
          // Said once the results are there, so a screen reader announces the count.
          if (number === latest) status.textContent = summary(list);
          return first;
        });
    }

    function search(raw) {
      var number = ++latest;
      var query = raw.trim();
      searchedQuery = query;
      remember(query);
      results = [];
      shown = 0;
      searched = 0;
      list.replaceChildren();
      more.hidden = true;
      older.hidden = true;
      if (!query) {
        status.textContent = "";
        return;
      }
      status.textContent = labels.loading;
      list.setAttribute("aria-busy", "true");
      searchPeriod(number, query)
        .catch(function () {
          if (number === latest) status.textContent = labels.failed;
        })
        .finally(function () {
          if (number === latest) list.setAttribute("aria-busy", "false");
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { search(input.value); }, TYPING_PAUSE_MS);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      search(input.value);
    });
    older.addEventListener("click", function () {
      var number = latest;
      older.hidden = true;
      status.textContent = labels.loading;
      list.setAttribute("aria-busy", "true");
      // Focus goes to the first result the older period added, or stays on the list.
      // The query whose results are shown, not what the box holds now.
      searchPeriod(number, searchedQuery)
        .then(function (first) {
          if (first) first.querySelector("a").focus();
        })
        .catch(function () {
          if (number === latest) status.textContent = labels.failed;
        })
        .finally(function () {
          if (number === latest) list.setAttribute("aria-busy", "false");
        });
    });
    more.addEventListener("click", function () {
      // Keyboard and screen reader users land on the first of the new results.
      showMore(latest).then(function (first) {
        if (first) first.querySelector("a").focus();
      });
    });

    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    input.focus();
    if (query.trim()) search(query);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
