/* Draw [data-place-map] elements with Leaflet from GeoJSON (a URL or an inline
   <script type="application/json">). Without JavaScript the element stays
   hidden and the page's table of places is what readers get. */
(function () {
  "use strict";
  function draw(element, data) {
    var map = L.map(element, { scrollWheelZoom: false });
    var tiles = element.dataset.tiles;
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: element.dataset.attribution || "" }).addTo(map);
    }
    var layer = L.geoJSON(data, {
      onEachFeature: function (feature, marker) {
        var link = document.createElement("a");
        link.href = feature.properties.url;
        link.textContent = feature.properties.title;
        var box = document.createElement("div");
        box.appendChild(link);
        if (feature.properties.kind_label) {
          var kind = document.createElement("div");
          kind.textContent = feature.properties.kind_label;
          box.appendChild(kind);
        }
        marker.bindPopup(box);
        marker.options.title = feature.properties.title;
        marker.options.alt = feature.properties.title;
      }
    }).addTo(map);
    var bounds = layer.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds.pad(0.2), { maxZoom: 7 });
    } else {
      map.setView([50, 30], 4);
    }
    element.dataset.markers = String(data.features.length);
  }
  function start() {
    if (!window.L) { return; }
    document.querySelectorAll("[data-place-map]").forEach(function (element) {
      element.hidden = false;
      if (element.dataset.geojsonId) {
        draw(element, JSON.parse(document.getElementById(element.dataset.geojsonId).textContent));
      } else if (element.dataset.geojsonUrl) {
        fetch(element.dataset.geojsonUrl, { headers: { Accept: "application/geo+json" } })
          .then(function (response) { return response.json(); })
          .then(function (data) { draw(element, data); });
      }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
