// Generator of the `<eer-region-picker mode="map">` geometry:
//   packages/widgets/src/region-picker/map/regions.paths.ts  (generated, committed — do not edit by hand)
//
// Regenerate (there is deliberately no package.json script):
//   cd /work/main && node packages/widgets/scripts/build-map.mjs
// Options:
//   --source <file.geojson>  source polygons (default: $QUEBEC_DATA_DIR or /work/shared/data/quebec,
//                            file regions_excl_labrador_claims.geojson)
//   --preview <file.html>    also write an HTML page with the SVG (main map + inset) for a visual check
//   --check                  generate in memory and exit 1 if the committed file differs
//
// Source choice: the GeoJSON `regions_excl_labrador_claims.geojson`, not the TopoJSON `regions` object.
// It is the 2024 BDGA region layer (current Estrie/Montérégie limits; the TopoJSON regions are dissolved
// from the 2019 MRC layer) and the only variant drawn along the de-facto Québec–Labrador border (the
// TopoJSON keeps the Côte-Nord claims beyond the 1927 line). Its neighbouring regions share identical
// vertices along common borders, so this script rebuilds the topology itself (shared arcs, below) and
// simplifies each border once: no gaps or overlaps between regions, and no new dependency.
//
// Pipeline: project (Lambert conformal conic) → fit to the viewBox → cut rings into shared arcs →
// Visvalingam ranks per arc → keep points above an area threshold (finer inside the inset) → round
// (integers; one decimal inside the inset) → check rings and arc crossings, and re-add points to the
// arcs at fault until clean → orient rings (outer clockwise on screen) → relative `m…z` paths →
// labels (pole of inaccessibility of the largest polygon) → inset (its copies clipped to its box,
// clip-ring.mjs) → TS module → size report.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { format, resolveConfig } from 'prettier';
import { clipRing, dropRedundantPoints } from './clip-ring.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const OUT_FILE = join(packageDir, 'src/region-picker/map/regions.paths.ts');

const { values: args } = parseArgs({
  options: {
    source: { type: 'string' },
    preview: { type: 'string' },
    check: { type: 'boolean', default: false },
  },
});
const SOURCE =
  args.source ??
  join(process.env.QUEBEC_DATA_DIR ?? '/work/shared/data/quebec', 'regions_excl_labrador_claims.geojson');

/** The attribution text SOURCES.md suggests for the widget (verbatim). */
const ATTRIBUTION = [
  'Sources : Gouvernement du Québec — MAMH, Répertoire des municipalités; MRNF, Découpages administratifs et',
  'BDGA 1/1 000 000 (CC BY 4.0). MRC polygons via P. Marchand, rgeo-csee2019 (CC BY 4.0). Coastline: Natural',
  'Earth (public domain). Modified: simplified, clipped to land, aggregated.',
];

// ---------------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------------

/** Height of the viewBox; the width follows from Québec's aspect ratio. */
const HEIGHT = 1000;
/** Empty border around the map in the viewBox (room for strokes). */
const MARGIN = 6;
/**
 * Visvalingam effective-area threshold, in viewBox units² (1 unit ≈ 2 km, 1 unit² ≈ 4 km²). Points whose
 * triangle is smaller are dropped. Inside the inset the threshold is divided by the inset zoom².
 */
const AREA_THRESHOLD = 2;
/** Polygons (islands) and holes smaller than this, in units², are dropped (never a region's largest). */
const SPECK_AREA = 3;
/** Regions the inset is centred on; the box is this many times their common bbox. */
const INSET_FOCUS = ['06', '13'];
const INSET_SPAN = 2.3;
/** Gap between the inset frame and the map edge / the regions' bboxes, in units. */
const INSET_GAP = 10;
const BROTLI_BUDGET = 35 * 1024;

// ---------------------------------------------------------------------------------------------------
// Projection: Lambert conformal conic on the sphere, the parameters of Québec's own Lambert
// (EPSG:32198, NAD83 / Quebec Lambert): standard parallels 46°N and 60°N, origin 44°N 68.5°W.
// (The ellipsoidal form would move points by well under a viewBox unit at this scale.)
// ---------------------------------------------------------------------------------------------------
const RAD = Math.PI / 180;
const PROJECTION = {
  lat1: 46,
  lat2: 60,
  lat0: 44,
  lon0: -68.5,
};
const lambert = (() => {
  const { lat1, lat2, lat0, lon0 } = PROJECTION;
  const t = (lat) => Math.tan(Math.PI / 4 + (lat * RAD) / 2);
  const n = Math.log(Math.cos(lat1 * RAD) / Math.cos(lat2 * RAD)) / Math.log(t(lat2) / t(lat1));
  const F = (Math.cos(lat1 * RAD) * t(lat1) ** n) / n;
  const rho = (lat) => (6371 * F) / t(lat) ** n; // km
  const rho0 = rho(lat0);
  // Returns [east, south] in km: SVG's y axis points down.
  return ([lon, lat]) => {
    const r = rho(lat);
    const theta = n * (lon - lon0) * RAD;
    return [r * Math.sin(theta), r * Math.cos(theta) - rho0];
  };
})();

// ---------------------------------------------------------------------------------------------------
// Read and project
// ---------------------------------------------------------------------------------------------------
const geojson = JSON.parse(readFileSync(SOURCE, 'utf8'));
/** @type {Map<string, Array<Array<Array<[number, number]>>>>} code → polygons → rings → lon/lat */
const regionsLonLat = new Map();
for (const feature of geojson.features) {
  const code = feature.properties.code;
  const { type, coordinates } = feature.geometry;
  const polygons = type === 'Polygon' ? [coordinates] : type === 'MultiPolygon' ? coordinates : null;
  if (!polygons) throw new Error(`${code}: unexpected geometry ${type}`);
  regionsLonLat.set(code, [...(regionsLonLat.get(code) ?? []), ...polygons]);
}
const CODES = [...regionsLonLat.keys()].sort();
const expected = Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, '0'));
if (CODES.join() !== expected.join()) throw new Error(`expected region codes 01…17, got ${CODES.join()}`);

let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
for (const polygons of regionsLonLat.values())
  for (const rings of polygons)
    for (const ring of rings)
      for (const point of ring) {
        const [x, y] = lambert(point);
        [minX, minY, maxX, maxY] = [
          Math.min(minX, x),
          Math.min(minY, y),
          Math.max(maxX, x),
          Math.max(maxY, y),
        ];
      }
const SCALE = (HEIGHT - 2 * MARGIN) / (maxY - minY); // units per km
const WIDTH = Math.ceil((maxX - minX) * SCALE + 2 * MARGIN);
const offsetX = (WIDTH - (maxX - minX) * SCALE) / 2;
const toMap = (lonLat) => {
  const [x, y] = lambert(lonLat);
  return [(x - minX) * SCALE + offsetX, (y - minY) * SCALE + MARGIN];
};
const VIEWBOX = `0 0 ${WIDTH} ${HEIGHT}`;

// ---------------------------------------------------------------------------------------------------
// Geometry helpers
// ---------------------------------------------------------------------------------------------------
/** Shoelace sum ×2; > 0 means clockwise on screen (y down). */
const signedArea2 = (points) => {
  let sum = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++)
    sum += points[j][0] * points[i][1] - points[i][0] * points[j][1];
  return sum;
};
const bboxOf = (points) => {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
};
const unionBox = (a, b) => [
  Math.min(a[0], b[0]),
  Math.min(a[1], b[1]),
  Math.max(a[2], b[2]),
  Math.max(a[3], b[3]),
];
const boxesOverlap = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const inBox = ([x, y], box) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];

// ---------------------------------------------------------------------------------------------------
// Rings in map units, keyed by their exact source coordinates (shared borders share vertices)
// ---------------------------------------------------------------------------------------------------
/** @type {Array<{ code: string, polygon: number, hole: boolean, keys: string[], points: number[][], area: number }>} */
const rings = [];
/** @type {Map<string, number[]>} */
const pointOf = new Map();
for (const code of CODES) {
  regionsLonLat.get(code).forEach((polygonRings, polygon) => {
    polygonRings.forEach((ring, index) => {
      const open = ring.slice(0, -1); // GeoJSON rings repeat their first point
      const keys = open.map(([lon, lat]) => `${lon},${lat}`);
      const points = open.map((lonLat) => toMap(lonLat));
      keys.forEach((key, i) => pointOf.set(key, points[i]));
      rings.push({ code, polygon, hole: index > 0, keys, points, area: Math.abs(signedArea2(points)) / 2 });
    });
  });
}

// Regions' projected bboxes (before simplification, which only keeps a subset of the vertices).
const regionBox = new Map(CODES.map((code) => [code, [Infinity, Infinity, -Infinity, -Infinity]]));
for (const ring of rings)
  if (!ring.hole) regionBox.set(ring.code, unionBox(regionBox.get(ring.code), bboxOf(ring.points)));

// ---------------------------------------------------------------------------------------------------
// Inset: a square around Montréal/Laval, drawn enlarged in the largest empty corner of the map
// ---------------------------------------------------------------------------------------------------
const focus = INSET_FOCUS.map((code) => regionBox.get(code)).reduce(unionBox);
const insetSide = Math.max(focus[2] - focus[0], focus[3] - focus[1]) * INSET_SPAN;
const insetCenter = [(focus[0] + focus[2]) / 2, (focus[1] + focus[3]) / 2];
const round1 = (v) => Math.round(v * 10) / 10;
const insetSource = [
  round1(insetCenter[0] - insetSide / 2),
  round1(insetCenter[1] - insetSide / 2),
  round1(insetCenter[0] + insetSide / 2),
  round1(insetCenter[1] + insetSide / 2),
];
const insetFrame = (() => {
  const boxes = [...regionBox.values()].map((b) => [
    b[0] - INSET_GAP,
    b[1] - INSET_GAP,
    b[2] + INSET_GAP,
    b[3] + INSET_GAP,
  ]);
  let best = null;
  for (const [cornerX, cornerY] of [
    [0, 0],
    [1, 0],
    [0, 1],
    [1, 1],
  ]) {
    for (let side = Math.floor(Math.min(WIDTH, HEIGHT) / 2); side >= 40; side--) {
      const x = cornerX ? WIDTH - MARGIN - side : MARGIN;
      const y = cornerY ? HEIGHT - MARGIN - side : MARGIN;
      const frame = [x, y, x + side, y + side];
      if (boxes.every((b) => !boxesOverlap(frame, b))) {
        if (!best || side > best[2] - best[0]) best = frame;
        break;
      }
    }
  }
  if (!best) throw new Error('no empty corner for the inset');
  return best;
})();
const INSET_ZOOM = (insetFrame[2] - insetFrame[0]) / (insetSource[2] - insetSource[0]);
/** Points in this zone are kept at the inset's resolution. */
const fineZone = [insetSource[0] - 4, insetSource[1] - 4, insetSource[2] + 4, insetSource[3] + 4];
const isFine = (point) => inBox(point, fineZone);

// Specks: small islands and holes go (by their unsimplified area), but never a region's largest polygon.
const largestPolygon = new Map();
for (const ring of rings)
  if (!ring.hole && ring.area > (largestPolygon.get(ring.code)?.area ?? -1))
    largestPolygon.set(ring.code, ring);
const dropped = [];
const keptRings = rings.filter((ring) => {
  if (!ring.hole && largestPolygon.get(ring.code) === ring) return true;
  const min = ring.points.every(isFine) ? SPECK_AREA / INSET_ZOOM ** 2 : SPECK_AREA;
  if (ring.area >= min) return true;
  dropped.push(ring);
  return false;
});
// Holes of dropped islands go with them.
for (const ring of dropped)
  if (!ring.hole)
    for (const other of keptRings.filter((r) => r.hole && r.code === ring.code && r.polygon === ring.polygon))
      keptRings.splice(keptRings.indexOf(other), 1);

// ---------------------------------------------------------------------------------------------------
// Topology: cut rings at junctions (points whose neighbours differ between the rings using them) into
// arcs, each stored once and referenced forwards or backwards.
// ---------------------------------------------------------------------------------------------------
const neighbours = new Map();
for (const ring of keptRings) {
  const n = ring.keys.length;
  ring.keys.forEach((key, i) => {
    const pair = [ring.keys[(i + n - 1) % n], ring.keys[(i + 1) % n]].sort().join('|');
    if (!neighbours.has(key)) neighbours.set(key, new Set());
    neighbours.get(key).add(pair);
  });
}
const isJunction = (key) => neighbours.get(key).size > 1;

/** @type {Array<{ keys: string[], closed: boolean, weights: number[], factors: number[] }>} */
const arcs = [];
const arcIndex = new Map();
function addArc(keys, closed) {
  const forward = keys.join(';');
  if (arcIndex.has(forward)) return { arc: arcIndex.get(forward), reversed: false };
  const backward = [...keys].reverse().join(';');
  if (arcIndex.has(backward)) return { arc: arcIndex.get(backward), reversed: true };
  arcs.push({ keys, closed, weights: [], factors: keys.map(() => 1) });
  arcIndex.set(forward, arcs.length - 1);
  return { arc: arcs.length - 1, reversed: false };
}
for (const ring of keptRings) {
  const junctions = ring.keys.map((key, i) => (isJunction(key) ? i : -1)).filter((i) => i >= 0);
  if (!junctions.length) {
    // A ring shared by no one (or entirely by one other ring): start at its smallest key so that both
    // copies of a shared ring produce the same arc.
    const start = ring.keys.indexOf([...ring.keys].sort()[0]);
    const keys = [...ring.keys.slice(start), ...ring.keys.slice(0, start)];
    // (addArc also finds the reversed copy: [k0, kn-1, …, k1, k0].)
    ring.arcs = [addArc([...keys, keys[0]], true)];
    continue;
  }
  const n = ring.keys.length;
  ring.arcs = [];
  for (let j = 0; j < junctions.length; j++) {
    const from = junctions[j];
    const to = junctions[(j + 1) % junctions.length] + (j + 1 === junctions.length ? n : 0);
    const keys = [];
    for (let i = from; i <= to; i++) keys.push(ring.keys[i % n]);
    ring.arcs.push(addArc(keys, false));
  }
}

// Visvalingam effective areas (ranks) per arc; endpoints are fixed (Infinity).
for (const arc of arcs) {
  const points = arc.keys.map((key) => pointOf.get(key));
  const n = points.length;
  const weights = new Array(n).fill(Infinity);
  const prev = points.map((_, i) => i - 1);
  const next = points.map((_, i) => i + 1);
  const triangle = (i) => {
    const [a, b, c] = [points[prev[i]], points[i], points[next[i]]];
    return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
  };
  const area = points.map((_, i) => (i === 0 || i === n - 1 ? Infinity : triangle(i)));
  let floor = 0;
  for (let left = n - 2; left > 0; left--) {
    let min = -1;
    for (let i = 1; i < n - 1; i++) if (weights[i] === Infinity && (min < 0 || area[i] < area[min])) min = i;
    // A point never weighs less than one removed before it (keeps the ranking monotonic).
    floor = Math.max(floor, area[min]);
    weights[min] = floor;
    next[prev[min]] = next[min];
    prev[next[min]] = prev[min];
    if (prev[min] > 0) area[prev[min]] = triangle(prev[min]);
    if (next[min] < n - 1) area[next[min]] = triangle(next[min]);
  }
  arc.weights = weights;
}

// ---------------------------------------------------------------------------------------------------
// Simplify + round, then repair: rings must keep ≥ 3 points and a real area, and no two segments may
// cross or touch away from shared vertices. Arcs at fault get a lower threshold until everything is clean.
// Coordinates are held as integer tenths of a unit.
// ---------------------------------------------------------------------------------------------------
/** Points given one decimal outside the inset because integer rounding made their arcs cross. */
const fineKeys = new Set();
const toTenths = (key) => {
  const point = pointOf.get(key);
  return isFine(point) || fineKeys.has(key)
    ? [Math.round(point[0] * 10), Math.round(point[1] * 10)]
    : [Math.round(point[0]) * 10, Math.round(point[1]) * 10];
};

/** Kept points of an arc as integer tenths, with the index of each in the arc's source points. */
function simplifyArc(arc) {
  const points = [];
  const index = [];
  const keep = (i) => {
    const tenths = toTenths(arc.keys[i]);
    const last = points.at(-1);
    if (last && last[0] === tenths[0] && last[1] === tenths[1]) return;
    points.push(tenths);
    index.push(i);
  };
  arc.keys.forEach((key, i) => {
    const threshold =
      (isFine(pointOf.get(key)) ? AREA_THRESHOLD / INSET_ZOOM ** 2 : AREA_THRESHOLD) * arc.factors[i];
    if (arc.weights[i] >= threshold) keep(i);
  });
  // A closed arc keeps at least a triangle: its two heaviest points besides the start.
  if (arc.closed && points.length < 4) {
    points.length = index.length = 0;
    const heaviest = arc.weights
      .map((w, i) => [w, i])
      .filter(([w]) => w !== Infinity)
      .sort((x, y) => y[0] - x[0])
      .slice(0, 2)
      .map(([, i]) => i);
    for (const i of new Set([0, ...heaviest.sort((x, y) => x - y), arc.keys.length - 1])) keep(i);
  }
  return { points, index };
}

const orient = (a, b, c) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
const samePoint = (a, b) => a[0] === b[0] && a[1] === b[1];
const onSegment = (a, b, p) =>
  Math.min(a[0], b[0]) <= p[0] &&
  p[0] <= Math.max(a[0], b[0]) &&
  Math.min(a[1], b[1]) <= p[1] &&
  p[1] <= Math.max(a[1], b[1]);
/** True when segments ab and cd meet anywhere except at one shared endpoint. */
function segmentsConflict(a, b, c, d) {
  const shared = [a, b].filter((p) => samePoint(p, c) || samePoint(p, d)).length;
  const [o1, o2, o3, o4] = [orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)];
  if (shared === 2) return true; // the same segment twice
  if (shared === 1) {
    // Only a collinear overlap beyond the shared point is a conflict.
    if (o1 !== 0 || o2 !== 0) return false;
    const other1 = samePoint(a, c) || samePoint(a, d) ? b : a;
    const other2 = samePoint(c, a) || samePoint(c, b) ? d : c;
    return onSegment(a, b, other2) || onSegment(c, d, other1);
  }
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  );
}

let simplified = [];
let repairs = 0;
for (let round = 0; ; round++) {
  simplified = arcs.map(simplifyArc);
  /** arc → source index ranges [from, to] whose points need more detail */
  const faulty = new Map();
  const blame = (arc, from, to) => faulty.set(arc, [...(faulty.get(arc) ?? []), [from, to]]);
  // Rings: at least 3 distinct points and a non-zero area.
  for (const ring of keptRings) {
    const points = ringPoints(ring);
    if (points.length < 3 || signedArea2(points) === 0)
      for (const { arc } of ring.arcs) blame(arc, 0, arcs[arc].keys.length - 1);
  }
  // Crossings between any two segments of the map (sweep on x).
  const segments = [];
  simplified.forEach(({ points, index }, arc) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      segments.push({
        arc,
        a,
        b,
        from: index[i],
        to: index[i + 1],
        minX: Math.min(a[0], b[0]),
        maxX: Math.max(a[0], b[0]),
      });
    }
  });
  segments.sort((s, t) => s.minX - t.minX);
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    for (let j = i + 1; j < segments.length && segments[j].minX <= s.maxX; j++) {
      const t = segments[j];
      if (
        Math.max(s.a[1], s.b[1]) < Math.min(t.a[1], t.b[1]) ||
        Math.max(t.a[1], t.b[1]) < Math.min(s.a[1], s.b[1])
      )
        continue;
      if (segmentsConflict(s.a, s.b, t.a, t.b)) {
        blame(s.arc, s.from, s.to);
        blame(t.arc, t.from, t.to);
        if (process.env.DEBUG_MAP) console.error('conflict', round, s.arc, s.a, s.b, t.arc, t.a, t.b);
      }
    }
  }
  if (!faulty.size) break;
  if (round === 30) throw new Error(`could not repair arcs ${[...faulty.keys()].join(', ')}`);
  // Re-add the points under a faulty segment; if that is not enough, integer rounding is the culprit: keep
  // one decimal for them.
  for (const [arc, ranges] of faulty) {
    repairs++;
    const { factors, keys } = arcs[arc];
    for (const [from, to] of ranges)
      for (let i = from; i <= to; i++) {
        factors[i] /= 4;
        if (factors[i] < 1 / 16) fineKeys.add(keys[i]);
      }
  }
}

function ringPoints(ring) {
  const points = [];
  for (const { arc, reversed } of ring.arcs) {
    const part = reversed ? [...simplified[arc].points].reverse() : simplified[arc].points;
    for (const point of part) if (!points.length || !samePoint(points.at(-1), point)) points.push(point);
  }
  if (points.length > 1 && samePoint(points[0], points.at(-1))) points.pop();
  return points;
}

// ---------------------------------------------------------------------------------------------------
// Paths: outer rings clockwise on screen, holes counter-clockwise (any fill-rule works); one relative
// `m…z` subpath per ring (a leading `m` is absolute); numbers in the shortest SVG form.
// ---------------------------------------------------------------------------------------------------
const formatTenths = (v) => {
  if (v % 10 === 0) return String(v / 10);
  const sign = v < 0 ? '-' : '';
  const abs = Math.abs(v);
  const whole = Math.floor(abs / 10);
  return `${sign}${whole || ''}.${abs % 10}`;
};
function joinNumbers(numbers) {
  let out = '';
  let previous = '';
  for (const text of numbers) {
    const needsSpace =
      out !== '' && !text.startsWith('-') && !(text.startsWith('.') && previous.includes('.'));
    out += (needsSpace ? ' ' : '') + text;
    previous = text;
  }
  return out;
}
/** Rings (in tenths) → one path: a relative `m…z` subpath each, the first `m` from the origin. */
function pathOf(rings) {
  let d = '';
  let cursor = [0, 0];
  for (const points of rings) {
    const numbers = [];
    let last = cursor;
    for (const point of points) {
      numbers.push(formatTenths(point[0] - last[0]), formatTenths(point[1] - last[1]));
      last = point;
    }
    d += 'm' + joinNumbers(numbers) + 'z';
    cursor = points[0];
  }
  return d;
}
const shapes = new Map();
let pointCount = 0;
for (const code of CODES) {
  const regionRings = keptRings.filter((ring) => ring.code === code);
  const polygons = [];
  const drawn = [];
  for (const ring of regionRings) {
    let points = ringPoints(ring);
    const clockwise = signedArea2(points) > 0;
    if (clockwise === ring.hole) points = points.reverse();
    pointCount += points.length;
    drawn.push(points);
    if (!ring.hole) polygons.push({ outer: points, holes: [], source: ring });
    else polygons.find((p) => p.source.polygon === ring.polygon)?.holes.push(points);
  }
  shapes.set(code, { d: pathOf(drawn), rings: drawn, polygons });
}

// ---------------------------------------------------------------------------------------------------
// Labels: pole of inaccessibility (polylabel algorithm) of each region's largest polygon, as drawn.
// ---------------------------------------------------------------------------------------------------
function pointToSegmentDistance2(p, a, b) {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = b;
    else if (t > 0) [x, y] = [x + dx * t, y + dy * t];
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}
/** Signed distance from p to the polygon's outline: > 0 inside (even-odd). */
function signedDistance(p, polygonRings) {
  let inside = false;
  let min = Infinity;
  for (const ring of polygonRings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [a, b] = [ring[i], ring[j]];
      if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0])
        inside = !inside;
      min = Math.min(min, pointToSegmentDistance2(p, a, b));
    }
  return (inside ? 1 : -1) * Math.sqrt(min);
}
function poleOfInaccessibility(polygonRings, precision) {
  const [x0, y0, x1, y1] = bboxOf(polygonRings[0]);
  const cellSize = Math.min(x1 - x0, y1 - y0);
  const cell = (x, y, h) => {
    const d = signedDistance([x, y], polygonRings);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const queue = [];
  for (let x = x0; x < x1; x += cellSize)
    for (let y = y0; y < y1; y += cellSize)
      queue.push(cell(x + cellSize / 2, y + cellSize / 2, cellSize / 2));
  // Start from the area centroid or the bbox centre, whichever is better.
  let best = cell((x0 + x1) / 2, (y0 + y1) / 2, 0);
  let [cx, cy, a2] = [0, 0, 0];
  const outer = polygonRings[0];
  for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
    const f = outer[j][0] * outer[i][1] - outer[i][0] * outer[j][1];
    cx += (outer[j][0] + outer[i][0]) * f;
    cy += (outer[j][1] + outer[i][1]) * f;
    a2 += f;
  }
  if (a2) {
    const centroid = cell(cx / (3 * a2), cy / (3 * a2), 0);
    if (centroid.d > best.d) best = centroid;
  }
  while (queue.length) {
    let top = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i].max > queue[top].max) top = i;
    const c = queue.splice(top, 1)[0];
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    queue.push(
      cell(c.x - h, c.y - h, h),
      cell(c.x + h, c.y - h, h),
      cell(c.x - h, c.y + h, h),
      cell(c.x + h, c.y + h, h),
    );
  }
  return best;
}
for (const [code, shape] of shapes) {
  const largest = shape.polygons.find((p) => p.source === largestPolygon.get(code));
  const rings10 = [largest.outer, ...largest.holes].map((ring) => ring.map(([x, y]) => [x / 10, y / 10]));
  const pole = poleOfInaccessibility(rings10, 0.1);
  shape.label = [round1(pole.x), round1(pole.y)];
  shape.labelClearance = signedDistance(shape.label, rings10);
  if (shape.labelClearance <= 0) throw new Error(`${code}: label point outside its polygon`);
}

// Regions visible in the inset: a vertex inside its box, or a segment crossing it, or the box inside.
const insetTenths = insetSource.map((v) => Math.round(v * 10));
const boxCorners = [
  [insetTenths[0], insetTenths[1]],
  [insetTenths[2], insetTenths[1]],
  [insetTenths[2], insetTenths[3]],
  [insetTenths[0], insetTenths[3]],
];
const insetCodes = CODES.filter((code) =>
  shapes.get(code).polygons.some(({ outer }) => {
    if (outer.some((p) => inBox(p, insetTenths))) return true;
    if (
      signedDistance(
        [(insetTenths[0] + insetTenths[2]) / 2, (insetTenths[1] + insetTenths[3]) / 2],
        [outer],
      ) > 0
    )
      return true;
    return outer.some((a, i) => {
      const b = outer[(i + 1) % outer.length];
      return boxCorners.some((c, k) => segmentsConflict(a, b, c, boxCorners[(k + 1) % 4]));
    });
  }),
);
for (const code of INSET_FOCUS) if (!insetCodes.includes(code)) throw new Error(`${code} not in the inset`);

// Inset copies: each region's rings clipped to the inset box, so that a copy's geometry — and the bounding
// box focus rings and screen magnifiers follow — lies inside the frame, instead of the whole region drawn
// in a nested viewBox that only hides what falls outside. Crossings land exactly on the box's edges (its
// sides are whole tenths); the other coordinate is rounded to a tenth, like every point inside the box.
const insetShapes = insetCodes.map((code) => {
  const clipped = shapes
    .get(code)
    .rings.map((ring) =>
      dropRedundantPoints(clipRing(ring, insetTenths).map(([x, y]) => [Math.round(x), Math.round(y)])),
    )
    .filter((ring) => ring.length);
  if (!clipped.some((ring) => signedArea2(ring) > 0)) throw new Error(`${code}: nothing left in the inset`);
  for (const ring of clipped)
    if (!ring.every((point) => inBox(point, insetTenths))) throw new Error(`${code}: inset copy leaks out`);
  return {
    code,
    d: pathOf(clipped),
    points: clipped.reduce((sum, ring) => sum + ring.length, 0),
    area: clipped.reduce((sum, ring) => sum + signedArea2(ring), 0),
  };
});

// The focusable copy of a region shown twice is the one drawn larger on screen: a region the inset
// only grazes (a sliver in its corner) keeps focus, and the magnifier's aim, on the main map.
const insetFocus = insetShapes
  .filter(({ code, area }) => {
    const mainArea = shapes.get(code).rings.reduce((sum, ring) => sum + signedArea2(ring), 0);
    return area * INSET_ZOOM ** 2 > mainArea;
  })
  .map(({ code }) => code);
for (const code of INSET_FOCUS)
  if (!insetFocus.includes(code)) throw new Error(`${code}: focus not in the inset`);

// ---------------------------------------------------------------------------------------------------
// Module
// ---------------------------------------------------------------------------------------------------
const sourcePoints = rings.reduce((sum, ring) => sum + ring.points.length, 0);
const fmt = (v) => String(round1(v));
const INSET = {
  viewBox: [insetSource[0], insetSource[1], insetSource[2] - insetSource[0], insetSource[3] - insetSource[1]]
    .map(fmt)
    .join(' '),
  x: insetFrame[0],
  y: insetFrame[1],
  width: insetFrame[2] - insetFrame[0],
  height: insetFrame[3] - insetFrame[1],
  codes: insetCodes,
  focus: insetFocus,
};
const generated = `// GENERATED by packages/widgets/scripts/build-map.mjs — do not edit; regenerate with
//   cd /work/main && node packages/widgets/scripts/build-map.mjs
//
// Source: ${basename(SOURCE)} (Québec's 17 administrative regions: BDGA 1:1M region layer
//   V2024-03 clipped to land with the Natural Earth 10m coastline, without the Côte-Nord parts beyond the
//   Québec–Labrador line of 1927), see SOURCES.md of the Québec geography dataset.
// Licence: BDGA region layer CC BY 4.0 – Québec (Gouvernement du Québec, MRNF); coastline Natural Earth, public
//   domain. CC BY 4.0 requires the attribution to be shown with the map; SOURCES.md suggests for the widget:
${ATTRIBUTION.map((line, i) => `//   ${i ? ' ' : '"'}${line}`).join('\n')}"
//   (this file further modified: projected, simplified.)
// Projection: Lambert conformal conic (sphere), standard parallels ${PROJECTION.lat1}°N and ${PROJECTION.lat2}°N,
//   origin ${PROJECTION.lat0}°N ${-PROJECTION.lon0}°W (as EPSG:32198 Québec Lambert); north up, y down;
//   scale 1 unit ≈ ${(1 / SCALE).toFixed(2)} km.
// Simplification: shared-border topology, Visvalingam effective area ≥ ${AREA_THRESHOLD} units² (≈ ${Math.round(AREA_THRESHOLD / SCALE ** 2)} km²)
//   (÷ ${INSET_ZOOM.toFixed(1)}² inside the inset box), islands/holes < ${SPECK_AREA} units² dropped (also ÷ zoom² inside
//   the inset box; never a region's largest polygon), integer coordinates (one decimal inside the inset box and
//   at the ${fineKeys.size} points where rounding would make borders touch); ${sourcePoints} → ${pointCount} points.
// Paths: one \`m…z\` subpath per ring, relative coordinates; outer rings clockwise, holes counter-clockwise.
// Labels: pole of inaccessibility of each region's largest polygon.
// INSET: the regions of INSET.codes again, enlarged: draw INSET.shapes (the same rings clipped to the inset
//   box, so that every copy lies inside it) in the frame (x, y, width, height) with viewBox = INSET.viewBox.
//   INSET.focus: the regions whose focusable copy is the inset's (drawn larger there than on the main map).

/** viewBox of the main map. */
export const VIEWBOX: string = '${VIEWBOX}';

/** The 17 regions, ordered by code: SVG path and a label point inside the largest polygon. */
export const REGION_SHAPES: ReadonlyArray<{ code: string; d: string; label: [number, number] }> = [
${CODES.map((code) => {
  const { d, label } = shapes.get(code);
  return `  { code: '${code}', label: [${label.map(fmt).join(', ')}], d: '${d}' },`;
}).join('\n')}
];

/** Enlarged view of the dense south: where to draw it on the main map, and what it shows. */
export const INSET: {
  viewBox: string;
  x: number;
  y: number;
  width: number;
  height: number;
  codes: readonly string[];
  /** The regions whose inset copy is the focusable one (drawn larger there than on the main map). */
  focus: readonly string[];
  shapes: ReadonlyArray<{ code: string; d: string }>;
} = {
  viewBox: '${INSET.viewBox}',
  x: ${INSET.x},
  y: ${INSET.y},
  width: ${INSET.width},
  height: ${INSET.height},
  codes: [${INSET.codes.map((c) => `'${c}'`).join(', ')}],
  focus: [${INSET.focus.map((c) => `'${c}'`).join(', ')}],
  shapes: [
${insetShapes.map(({ code, d }) => `    { code: '${code}', d: '${d}' },`).join('\n')}
  ],
};
`;

// Formatted like the rest of the repo (costs ~2 % of raw size, nothing once minified), so that
// `prettier --check .` passes on the committed file.
const moduleText = await format(generated, { ...(await resolveConfig(OUT_FILE)), filepath: OUT_FILE });

if (args.check) {
  let current = '';
  try {
    current = readFileSync(OUT_FILE, 'utf8');
  } catch {
    // missing file: differs
  }
  if (current !== moduleText) {
    console.error(`${OUT_FILE} is out of date: run node packages/widgets/scripts/build-map.mjs`);
    process.exit(1);
  }
  console.log(`${OUT_FILE} is up to date`);
  process.exit(0);
}

mkdirSync(dirname(OUT_FILE), { recursive: true });
writeFileSync(OUT_FILE, moduleText);

// ---------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------
const minified = await build({
  entryPoints: [OUT_FILE],
  minify: true,
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
const minBytes = minified.outputFiles[0].contents;
const brotli = brotliCompressSync(minBytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(`source    ${SOURCE}`);
console.log(`viewBox   ${VIEWBOX} (1 unit ≈ ${(1 / SCALE).toFixed(2)} km)`);
console.log(
  `points    ${sourcePoints} → ${pointCount} (${arcs.length} arcs, ${dropped.length} specks dropped, ${repairs} arc repairs, ${fineKeys.size} points kept at one decimal)`,
);
for (const code of CODES) {
  const { d, label, polygons, labelClearance } = shapes.get(code);
  console.log(
    `  ${code}  ${String(d.length).padStart(6)} chars  ${polygons.length} polygon(s)  label ${label.join(',')} (clearance ${labelClearance.toFixed(1)})`,
  );
}
for (const ring of dropped)
  console.log(
    `  dropped ${ring.code} ${ring.hole ? 'hole' : 'island'} of ${ring.area.toFixed(1)} units² at ${ring.points[0].map(Math.round)}`,
  );
console.log(
  `inset     viewBox '${INSET.viewBox}' drawn at ${INSET.x},${INSET.y} ${INSET.width}×${INSET.height} (zoom ${INSET_ZOOM.toFixed(2)}), codes ${INSET.codes.join(' ')}`,
);
for (const { code, d, points } of insetShapes)
  console.log(`  ${code}  ${String(d.length).padStart(6)} chars  ${points} points, clipped to the inset box`);
console.log(
  `size      raw ${kB(Buffer.byteLength(moduleText))}, minified ${kB(minBytes.length)}, gzip ${kB(gzipSync(minBytes, { level: 9 }).length)}, brotli(11) ${kB(brotli)} (budget ${kB(BROTLI_BUDGET)})`,
);

if (args.preview) {
  // Main map with the inset drawn in its frame, then the inset alone, large.
  const fill = (code) => `hsl(${(Number(code) * 137) % 360} 45% 80%)`;
  const paths = (list) =>
    list.map(({ code, d }) => `<path fill="${fill(code)}" d="${d}"><title>${code}</title></path>`).join('');
  const labels = (codes, size) =>
    codes
      .map((code) => {
        const [x, y] = shapes.get(code).label;
        return `<text x="${x}" y="${y}" style="font-size:${size}px">${code}</text>`;
      })
      .join('');
  const [sx, sy, sw, sh] = INSET.viewBox.split(' ');
  const inset = `<svg viewBox="${INSET.viewBox}">${paths(insetShapes)}${labels(INSET.codes, 2)}</svg>`;
  writeFileSync(
    args.preview,
    `<!doctype html><meta charset="utf-8"><style>
body{margin:0;background:#eef6fb} svg{display:block} .main{height:1000px} .big{width:1000px;height:1000px}
path{stroke:#333;stroke-width:.6px;stroke-linejoin:round;vector-effect:non-scaling-stroke}
text{font-family:sans-serif;font-weight:bold;text-anchor:middle;dominant-baseline:central;fill:#600}
</style>
<svg class="main" viewBox="${VIEWBOX}">${paths(CODES.map((code) => ({ code, d: shapes.get(code).d })))}${labels(CODES, 14)}
<rect x="${sx}" y="${sy}" width="${sw}" height="${sh}" fill="none" stroke="#c00"/>
<rect x="${INSET.x}" y="${INSET.y}" width="${INSET.width}" height="${INSET.height}" fill="#eef6fb" stroke="#555"/>
<svg x="${INSET.x}" y="${INSET.y}" width="${INSET.width}" height="${INSET.height}" viewBox="${INSET.viewBox}">${paths(insetShapes)}${labels(INSET.codes, 14 / INSET_ZOOM)}</svg>
</svg>
<svg class="big" viewBox="${INSET.viewBox}">${inset.slice(inset.indexOf('>') + 1, -6)}</svg>`,
  );
  console.log(`preview   ${args.preview}`);
}

if (brotli > BROTLI_BUDGET) {
  console.error(`over budget: ${kB(brotli)} > ${kB(BROTLI_BUDGET)}`);
  process.exit(1);
}
