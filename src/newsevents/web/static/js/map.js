// The map of event places: a bundled world outline (Natural Earth via world-atlas), no tile
// server; places clustered and coloured by their dominant quad class. Popups are DOM nodes,
// never HTML strings.
/* global L, topojson */
import { QUADS, el } from "./dom.js";

export async function createMap(container, onPlace) {
  const map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 9, zoomSnap: 0.5 })
    .setView([25, 20], 1.5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outline: Natural Earth (world-atlas)");
  const topo = await fetch("/static/vendor/countries-110m.json").then((r) => r.json());
  L.geoJSON(topojson.feature(topo, topo.objects.countries), {
    style: { color: "#8a9aab", weight: 0.6, fillColor: "#eef1ec", fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
  const clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40,
    iconCreateFunction: clusterIcon });
  map.addLayer(clusters);
  let focus = null;
  return {
    map,
    setPlaces(places) {
      clusters.clearLayers();
      clusters.addLayers(places.map((p) => placeMarker(p, onPlace)));
    },
    showEvent(place) {
      if (focus) map.removeLayer(focus);
      focus = null;
      if (!place || place.lat === null || place.lat === undefined) return;
      const icon = L.divIcon({ className: "event-place-marker", iconSize: [18, 18] });
      focus = L.marker([place.lat, place.lon], { icon, zIndexOffset: 1000, keyboard: false,
        title: `Event place: ${place.name}` });
      focus.bindTooltip(el("span", { class: "event-place-label" }, place.name),
        { permanent: true, direction: "right", offset: [10, 0] });
      focus.addTo(map);
      map.setView([place.lat, place.lon], Math.max(map.getZoom(), 4));
    },
    resize() { map.invalidateSize(); },
  };
}

function dominant(counts) {
  let best = 0;
  QUADS.forEach(([key], i) => { if ((counts[key] || 0) > (counts[QUADS[best][0]] || 0)) best = i; });
  return QUADS[best][2];
}

function placeMarker(place, onPlace) {
  const icon = L.divIcon({ className: `place-marker ${dominant(place)}`, iconSize: [14, 14] });
  const marker = L.marker([place.lat, place.lon], { icon,
    title: `${place.name}: ${place.total} event${place.total === 1 ? "" : "s"}`, alt: place.name });
  marker.options.counts = place;
  const button = el("button", { type: "button", class: "linklike" }, "List events here");
  button.addEventListener("click", () => onPlace(place));
  const rows = QUADS.filter(([key]) => place[key]).map(([key, label]) => el("li", {}, `${label}: ${place[key]}`));
  marker.bindPopup(el("div", { class: "popup" },
    el("strong", {}, place.name), " ", el("span", { class: "muted" }, place.country || ""),
    el("ul", {}, rows), button));
  return marker;
}

function clusterIcon(cluster) {
  const sums = {};
  for (const marker of cluster.getAllChildMarkers()) {
    for (const [key] of QUADS) sums[key] = (sums[key] || 0) + (marker.options.counts[key] || 0);
  }
  const total = Object.values(sums).reduce((a, b) => a + b, 0);
  return L.divIcon({ html: el("span", {}, String(total)), className: `cluster ${dominant(sums)}`,
    iconSize: [30, 30] });
}
