/* Draw [data-place-map] elements with Leaflet from GeoJSON (a URL or an inline
   <script type="application/json">). Without JavaScript the element stays
   says so and the page's table of places is what readers get; the box keeps
   its size either way, so nothing below it moves when the map appears.
   Markers take the site's colours by kind of place (the stylesheet's
   .map-marker--<kind>) and carry their names as labels; a label that would
   overlap one already shown is hidden until the reader zooms in. Markers
   too close to tell apart (or to touch) are drawn as one, with their number,
   by Leaflet.markercluster, until the reader zooms in. */
(function () {
  "use strict";
  function marker(feature, latlng) {
    var kind = (feature.properties.kind || "other").replace(/[^a-z_]/g, "");
    return L.marker(latlng, {
      icon: L.divIcon({ className: "map-marker map-marker--" + kind, iconSize: [24, 24] }),
      title: feature.properties.title,
      alt: feature.properties.title,
      riseOnHover: true
    // Text, never markup: Leaflet writes a string tooltip as HTML.
    }).bindTooltip(document.createTextNode(feature.properties.title), {
      permanent: true, direction: "right", offset: [8, 0], className: "map-label"
    });
  }
  function overlaps(a, b) {
    return !(a.right < b.left || b.right < a.left || a.bottom < b.top || b.bottom < a.top);
  }
  function declutter(map) {
    // Markers and clusters first: a label may cover neither.
    var shown = Array.prototype.map.call(
      map.getContainer().querySelectorAll(".leaflet-marker-icon"),
      function (icon) { return icon.getBoundingClientRect(); }
    );
    map.eachLayer(function (layer) {
      var tooltip = layer.getTooltip && layer.getTooltip();
      if (!tooltip || !tooltip.getElement()) { return; }
      var label = tooltip.getElement();
      label.style.visibility = "";
      var box = label.getBoundingClientRect();
      var clash = shown.some(function (other) { return overlaps(box, other); });
      if (clash) { label.style.visibility = "hidden"; } else { shown.push(box); }
    });
  }
  // Whose label wins where two would overlap: towns first, then sites.
  var RANK = { city: 0, airfield: 1, school: 1, base: 1, test_range: 1, factory: 2, natural: 3, region: 4 };
  function rank(feature) {
    var value = RANK[feature.properties.kind];
    return value === undefined ? 5 : value;
  }
  function draw(element, data) {
    data.features.sort(function (a, b) { return rank(a) - rank(b); });
    var map = L.map(element, { scrollWheelZoom: false });
    var tiles = element.dataset.tiles;
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: element.dataset.attribution || "" }).addTo(map);
    }
    var layer = L.geoJSON(data, {
      pointToLayer: marker,
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
      }
    });
    var shown = L.markerClusterGroup ? L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 48,
      iconCreateFunction: function (cluster) {
        var count = cluster.getChildCount();
        // Named for screen readers: "3 places", in the page's language.
        var name = (element.dataset.clusterName || "{n}").replace("{n}", count);
        return L.divIcon({
          html: '<span aria-hidden="true">' + count + '</span><span class="visually-hidden">' + name + "</span>",
          className: "map-cluster",
          iconSize: [36, 36]
        });
      }
    }) : L.layerGroup();
    shown.addLayer(layer).addTo(map);
    map.on("zoomend moveend", function () { declutter(map); });
    var bounds = layer.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds.pad(0.2), { maxZoom: 7 });
    } else {
      map.setView([50, 30], 4);
    }
    declutter(map);
    element.dataset.markers = String(data.features.length);
  }
  function start() {
    if (!window.L) { return; }
    document.querySelectorAll("[data-place-map]").forEach(function (element) {
      var fallback = element.querySelector(".place-map__fallback");
      if (fallback) { fallback.remove(); }
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
