// Starts Pagefind's Default UI on a search page, in the page's language (Pagefind picks the index and its own
// words from <html lang>), and runs the query of ?q=. Without the UI (no index, no JavaScript) the plain form
// and the note stay. A file of its own: the site's Content-Security-Policy allows no inline script.
(function () {
  var root = document.getElementById("search");
  if (!root || typeof PagefindUI !== "function") return;
  var ui = new PagefindUI({ element: "#search", bundlePath: root.dataset.bundle, showImages: true, showSubResults: false, resetStyles: false });
  document.querySelector(".search-form").hidden = true;
  document.getElementById("search-note").hidden = true;
  var query = new URLSearchParams(location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
