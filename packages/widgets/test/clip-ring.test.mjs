// The inset clipper of the map generator (scripts/clip-ring.mjs), in Node: `pnpm run test:node`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clipRing, dropRedundantPoints } from '../scripts/clip-ring.mjs';

/** The clipping frame of every case: 10 × 10 from (0, 0), y down as on screen. */
const RECT = [0, 0, 10, 10];

/** Shoelace area, signed: > 0 clockwise on screen (y down). */
const signedArea = (ring) => {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return sum / 2;
};
/** Nonzero winding number of the ring around p (p not on the outline). */
const winding = (ring, [x, y]) => {
  let w = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [a, b] = [ring[j], ring[i]];
    const side = (b[0] - a[0]) * (y - a[1]) - (x - a[0]) * (b[1] - a[1]);
    if (a[1] <= y && b[1] > y && side > 0) w++;
    else if (a[1] > y && b[1] <= y && side < 0) w--;
  }
  return w;
};
const insideRect = ([x, y]) => x >= RECT[0] && x <= RECT[2] && y >= RECT[1] && y <= RECT[3];
/** Same ring up to the starting point. */
const sameRing = (actual, expected) => {
  assert.equal(actual.length, expected.length, `${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`);
  const start = actual.findIndex(([x, y]) => x === expected[0][0] && y === expected[0][1]);
  assert.ok(start >= 0, `${JSON.stringify(actual)} does not start anywhere like ${JSON.stringify(expected)}`);
  assert.deepEqual([...actual.slice(start), ...actual.slice(0, start)], expected);
};
/** Clockwise square (on screen) of the given corners. */
const square = (x0, y0, x1, y1) => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

describe('clipRing (Sutherland–Hodgman against a rectangle)', () => {
  it('keeps a ring fully inside unchanged', () => {
    const ring = [
      [2, 2],
      [8, 3],
      [5, 8],
    ];
    assert.deepEqual(clipRing(ring, RECT), ring);
    // Touching the frame from inside is still inside.
    sameRing(clipRing(square(0, 0, 10, 10), RECT), square(0, 0, 10, 10));
  });

  it('returns nothing for a ring fully outside, or only touching the frame', () => {
    assert.deepEqual(clipRing(square(20, 20, 30, 30), RECT), []);
    assert.deepEqual(clipRing(square(-5, 2, -1, 8), RECT), []);
    // Its bbox overlaps the frame, the ring itself does not (a triangle past the corner).
    assert.deepEqual(
      clipRing(
        [
          [-1, 12],
          [12, -1],
          [12, 12],
        ],
        [0, 0, 5, 5],
      ),
      [],
    );
    // Sharing only the frame's edge: no area left.
    assert.deepEqual(clipRing(square(10, 2, 14, 6), RECT), []);
  });

  for (const [edge, ring, expected] of [
    ['left', square(-4, 2, 4, 6), square(0, 2, 4, 6)],
    ['right', square(6, 2, 14, 6), square(6, 2, 10, 6)],
    ['top', square(2, -4, 6, 4), square(2, 0, 6, 4)],
    ['bottom', square(2, 6, 6, 14), square(2, 6, 6, 10)],
  ])
    it(`cuts a ring crossing the ${edge} edge along that edge`, () => {
      sameRing(clipRing(ring, RECT), expected);
    });

  it('cuts a ring crossing every edge into an octagon, with exact coordinates on the edges', () => {
    // A diamond centred on the frame, reaching 3 units past each edge's middle.
    const diamond = [
      [5, -3],
      [13, 5],
      [5, 13],
      [-3, 5],
    ];
    const clipped = clipRing(diamond, RECT);
    sameRing(clipped, [
      [2, 0],
      [8, 0],
      [10, 2],
      [10, 8],
      [8, 10],
      [2, 10],
      [0, 8],
      [0, 2],
    ]);
    assert.equal(signedArea(clipped), 100 - 4 * 2); // four 2×2/2 corners cut
  });

  it('fills the whole frame with a ring around it', () => {
    sameRing(clipRing(square(-5, -5, 15, 15), RECT), square(0, 0, 10, 10));
  });

  it('keeps the orientation, so clipped holes still cut out (nonzero rule)', () => {
    const counterClockwise = square(-4, 2, 4, 6).reverse();
    const clipped = clipRing(counterClockwise, RECT);
    assert.ok(signedArea(clipped) < 0);
    assert.equal(signedArea(clipped), -16);
    const hole = square(6, 6, 14, 9).reverse();
    const outer = square(-5, 5, 15, 15);
    const [clippedOuter, clippedHole] = [clipRing(outer, RECT), clipRing(hole, RECT)];
    const filled = (p) => winding(clippedOuter, p) + winding(clippedHole, p) !== 0;
    assert.equal(filled([8, 7.5]), false, 'inside the hole');
    assert.equal(filled([3, 7.5]), true, 'beside the hole');
    assert.equal(filled([8, 9.5]), true, 'below the hole');
  });

  it('clips a concave ring leaving and re-entering the frame: area right, notch still empty', () => {
    // A U open at the bottom whose two legs cross the bottom edge, and whose notch leaves the frame too.
    const u = [
      [1, 4],
      [9, 4],
      [9, 14],
      [7, 14],
      [7, 6],
      [3, 6],
      [3, 14],
      [1, 14],
    ];
    const clipped = clipRing(u, RECT);
    assert.ok(clipped.every(insideRect), JSON.stringify(clipped));
    // The bar (8 × 2) and two legs of 2 × 4 inside the frame.
    assert.equal(signedArea(clipped), 16 + 2 * 8);
    assert.equal(winding(clipped, [5, 8]), 0, 'the notch between the legs');
    assert.equal(winding(clipped, [2, 8]), 1, 'left leg');
    assert.equal(winding(clipped, [8, 8]), 1, 'right leg');
    assert.equal(winding(clipped, [5, 5]), 1, 'bar');
    // A concave ring crossing two edges at a corner (an L around the bottom-right corner).
    const l = [
      [6, 6],
      [14, 6],
      [14, 14],
      [12, 14],
      [12, 8],
      [6, 8],
    ];
    const corner = clipRing(l, RECT);
    assert.ok(corner.every(insideRect));
    assert.equal(signedArea(corner), 8);
  });

  it('gives two neighbours sharing a border the very same crossing point', () => {
    // Two triangles sharing the edge (−3, 1)–(7, 13), walked in opposite directions.
    const a = [
      [-3, 1],
      [7, 13],
      [-3, 13],
    ];
    const b = [
      [-3, 1],
      [9, 1],
      [7, 13],
    ];
    const onEdge = (ring) => ring.filter(([x, y]) => x === 0 || y === 10).map(String);
    const shared = onEdge(clipRing(a, RECT)).filter((p) => onEdge(clipRing(b, RECT)).includes(p));
    assert.equal(shared.length, 2, 'both crossings of the shared border (left and bottom edges)');
  });

  it('refuses an empty rectangle', () => {
    assert.throws(() => clipRing(square(0, 0, 1, 1), [0, 0, 0, 5]));
  });
});

describe('dropRedundantPoints', () => {
  it('drops repeated points, straight-run middles and zero-width spikes', () => {
    sameRing(
      dropRedundantPoints([
        [0, 0],
        [0, 0],
        [5, 0],
        [10, 0],
        [10, 10],
        [10, 12], // spike tip along the right side
        [10, 10],
        [0, 10],
      ]),
      square(0, 0, 10, 10),
    );
  });

  it('returns nothing when no area is left', () => {
    assert.deepEqual(
      dropRedundantPoints([
        [0, 0],
        [5, 0],
        [2, 0],
      ]),
      [],
    );
  });
});
