// Polygon clipping for the map generator (build-map.mjs): the zoomed inset draws its regions again, and
// each copy's geometry is cut to the inset's frame so that the focusable path's bounding box — what focus
// rings and screen magnifiers follow — stays inside the frame instead of spanning the whole region.
//
// Sutherland–Hodgman against an axis-aligned rectangle, one ring at a time. Holes are clipped like any
// ring: (outer ∩ rect) − (hole ∩ rect) = (outer − hole) ∩ rect, and clipping keeps a ring's orientation,
// so the nonzero fill rule still punches the holes. A concave ring that leaves and re-enters the rectangle
// comes back as one ring joined by zero-width runs along the rectangle's edge; they enclose no area, and
// dropRedundantPoints() removes the points they leave behind.

/** @typedef {[number, number]} Point */
/** @typedef {[number, number, number, number]} Rect [minX, minY, maxX, maxY] */

/**
 * Where segment ab crosses the line `axis = value` (axis 0: x, 1: y). Computed from the lexicographically
 * smaller endpoint, so that two rings sharing a border (walking it in opposite directions) get the very
 * same point, and the coordinate on the clipping line is exact.
 * @param {Point} a @param {Point} b @param {0 | 1} axis @param {number} value @returns {Point}
 */
function crossing(a, b, axis, value) {
  const [p, q] = a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]) ? [a, b] : [b, a];
  const t = (value - p[axis]) / (q[axis] - p[axis]);
  const other = p[1 - axis] + t * (q[1 - axis] - p[1 - axis]);
  return axis === 0 ? [value, other] : [other, value];
}

/**
 * The part of a ring inside a rectangle (its boundary included), as a ring of the same orientation.
 * @param {Point[]} ring open ring (the first point is not repeated at the end)
 * @param {Rect} rect
 * @returns {Point[]} the clipped ring, or [] when nothing of it with an area is inside
 */
export function clipRing(ring, rect) {
  const [minX, minY, maxX, maxY] = rect;
  if (!(minX < maxX && minY < maxY)) throw new Error(`empty clipping rectangle ${rect}`);
  /** @type {Array<[0 | 1, number, (p: Point) => boolean]>} one half-plane per edge */
  const edges = [
    [0, minX, (p) => p[0] >= minX],
    [0, maxX, (p) => p[0] <= maxX],
    [1, minY, (p) => p[1] >= minY],
    [1, maxY, (p) => p[1] <= maxY],
  ];
  let points = ring;
  for (const [axis, value, inside] of edges) {
    if (!points.length) break;
    const output = [];
    let previous = points.at(-1);
    for (const current of points) {
      if (inside(current)) {
        if (!inside(previous)) output.push(crossing(previous, current, axis, value));
        output.push(current);
      } else if (inside(previous)) {
        output.push(crossing(previous, current, axis, value));
      }
      previous = current;
    }
    points = output;
  }
  points = dropRedundantPoints(points);
  return points.length >= 3 ? points : [];
}

/**
 * Removes repeated points and points in the middle of a straight run (including the tips of zero-width
 * spikes), which change neither the filled area nor the outline's bounding box. Exact arithmetic, so meant
 * for rounded (integer) coordinates. Returns [] when no area is left.
 * @param {Point[]} ring @returns {Point[]}
 */
export function dropRedundantPoints(ring) {
  const points = [...ring];
  let changed = true;
  while (changed && points.length >= 3) {
    changed = false;
    for (let i = 0; i < points.length && points.length >= 3;) {
      const a = points[(i + points.length - 1) % points.length];
      const b = points[i];
      const c = points[(i + 1) % points.length];
      const cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
      const same = a[0] === b[0] && a[1] === b[1];
      if (same || cross === 0) {
        points.splice(i, 1);
        changed = true;
      } else {
        i++;
      }
    }
  }
  return points.length >= 3 ? points : [];
}
