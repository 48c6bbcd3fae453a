/* Show a small card (kind, dates, summary) for encyclopedia links on hover or
   keyboard focus. The link works the same without it. */
(function () {
  "use strict";
  var card = null;
  function hide() { if (card) { card.remove(); card = null; } }
  function show(link) {
    hide();
    card = document.createElement("div");
    card.className = "entry-card";
    card.setAttribute("role", "tooltip");
    card.id = "entry-card";
    var title = document.createElement("strong");
    title.textContent = link.dataset.cardTitle;
    card.appendChild(title);
    if (link.dataset.cardMeta) {
      var meta = document.createElement("span");
      meta.className = "entry-card__meta";
      meta.textContent = link.dataset.cardMeta;
      card.appendChild(meta);
    }
    var summary = document.createElement("p");
    summary.textContent = link.dataset.cardSummary || "";
    card.appendChild(summary);
    document.body.appendChild(card);
    var box = link.getBoundingClientRect();
    card.style.top = (window.scrollY + box.bottom + 6) + "px";
    card.style.left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8)) + "px";
    link.setAttribute("aria-describedby", "entry-card");
  }
  document.querySelectorAll("a.entry-link[data-card-title]").forEach(function (link) {
    link.addEventListener("mouseenter", function () { show(link); });
    link.addEventListener("focus", function () { show(link); });
    link.addEventListener("mouseleave", hide);
    link.addEventListener("blur", hide);
  });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") { hide(); } });
})();
