// Starts Pagefind's Default UI on a search page, in the page's language (Pagefind picks the index and its own
// words from <html lang>), and runs the query of ?q=. Without the UI (no index, no JavaScript) the plain form
// and the note stay. A file of its own: the site's Content-Security-Policy allows no inline script.
(function () {
  var root = document.getElementById("search");
  if (!root || typeof PagefindUI !== "function") return;
  var lang = document.documentElement.lang;
  var ui = new PagefindUI({
    element: "#search", bundlePath: root.dataset.bundle, showImages: true, showSubResults: false, resetStyles: false,
    // A result reads like a teaser: its date, then the story's summary (the excerpt where it has none).
    processResult: function (result) {
      var date = result.meta && result.meta.date ? new Date(result.meta.date) : null;
      var when = date && !isNaN(date) ? date.toLocaleDateString(lang, { year: "numeric", month: "long", day: "numeric" }) + " – " : "";
      var summary = result.meta && result.meta.summary ? escape(result.meta.summary) : result.excerpt;
      result.excerpt = when + summary;
      // Shown in the teaser already: not again as metadata chips.
      if (result.meta) { delete result.meta.date; delete result.meta.summary; }
      return result;
    },
  });
  // The plain form goes; its visible label names Pagefind's field instead (axe: a field needs a visible label).
  var form = document.querySelector(".search-form");
  var label = form.querySelector("label");
  var field = root.querySelector("input.pagefind-ui__search-input");
  if (field) {
    form.querySelector("input").removeAttribute("id");
    field.id = "search-q";
    root.before(label);
  }
  form.hidden = true;
  document.getElementById("search-note").hidden = true;
  function escape(text) {
    var span = document.createElement("span");
    span.textContent = text;
    return span.innerHTML;
  }
  var query = new URLSearchParams(location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
