// The generated map geometry (src/region-picker/map/regions.paths.ts, written by scripts/build-map.mjs),
// checked by the browser's own SVG engine.
import { expect } from '@open-wc/testing';
import { INSET, REGION_SHAPES, VIEWBOX } from '../src/region-picker/map/regions.paths.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const CODES = Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, '0'));

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const parseViewBox = (viewBox: string): Box => {
  const [x, y, width, height] = viewBox.split(' ').map(Number) as [number, number, number, number];
  return { x, y, width, height };
};
const contains = (outer: Box, inner: Box, slack = 0) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;
const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

describe('map geometry (regions.paths.ts)', () => {
  const main = parseViewBox(VIEWBOX);
  const insetView = parseViewBox(INSET.viewBox);
  const insetFrame: Box = { x: INSET.x, y: INSET.y, width: INSET.width, height: INSET.height };
  const zoom = INSET.width / insetView.width;
  let svg: SVGSVGElement;
  const paths = new Map<string, SVGPathElement>();

  before(() => {
    svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', VIEWBOX);
    svg.style.width = '819px';
    for (const { code, d } of REGION_SHAPES) {
      const path = document.createElementNS(SVG_NS, 'path');
      path.setAttribute('d', d);
      svg.append(path);
      paths.set(code, path);
    }
    document.body.append(svg);
  });
  after(() => svg.remove());

  const path = (code: string) => paths.get(code)!;

  it('has a viewBox and 17 shapes with the codes 01…17, in order', () => {
    expect(main.x).to.equal(0);
    expect(main.y).to.equal(0);
    expect(main.width).to.be.greaterThan(0);
    expect(main.height).to.be.greaterThan(0);
    expect(REGION_SHAPES.map((shape) => shape.code)).to.deep.equal(CODES);
  });

  it('writes compact paths: m/l/z commands, at most one decimal', () => {
    for (const { code, d } of REGION_SHAPES) {
      expect(d, code).to.match(/^m[-\d.\s mlz]+z$/);
      expect(d, code).not.to.match(/\.\d\d/);
    }
  });

  it('parses every path: a length, and a bbox inside the viewBox', () => {
    for (const { code } of REGION_SHAPES) {
      expect(path(code).getTotalLength(), code).to.be.greaterThan(0);
      const box = path(code).getBBox();
      expect(box.width * box.height, code).to.be.greaterThan(0);
      expect(contains(main, box), `${code} bbox ${JSON.stringify(box)}`).to.equal(true);
    }
  });

  it("puts each label inside its own shape, and inside no other region's", () => {
    for (const { code, label } of REGION_SHAPES) {
      const point = new DOMPoint(label[0], label[1]);
      expect(path(code).isPointInFill(point), `${code} label ${label}`).to.equal(true);
      for (const other of CODES.filter((c) => c !== code))
        expect(path(other).isPointInFill(point), `${code} label inside ${other}`).to.equal(false);
    }
  });

  it('places the inset frame in the viewBox, clear of every region', () => {
    expect(contains(main, insetFrame)).to.equal(true);
    expect(INSET.width).to.be.greaterThan(100);
    expect(INSET.height).to.be.greaterThan(100);
    for (const { code } of REGION_SHAPES) {
      const overlap = overlapArea(insetFrame, path(code).getBBox());
      expect(overlap / (INSET.width * INSET.height), `inset over ${code}`).to.be.below(0.01);
    }
    // Same aspect ratio as its viewBox: the inset is not distorted or letterboxed.
    expect(INSET.width / INSET.height).to.be.closeTo(insetView.width / insetView.height, 0.01);
  });

  it('shows the dense south in the inset, with Montréal and Laval at a usable size', () => {
    expect(contains(main, insetView)).to.equal(true);
    expect(zoom).to.be.greaterThan(2);
    for (const code of ['06', '13', '14', '15', '16']) expect(INSET.codes).to.include(code);
    expect([...INSET.codes].sort()).to.deep.equal([...new Set(INSET.codes)].sort());
    for (const code of ['06', '13']) {
      const box = path(code).getBBox();
      expect(contains(insetView, box), `${code} fits in the inset`).to.equal(true);
      expect(Math.max(box.width, box.height) * zoom, `${code} size in the inset`).to.be.at.least(20);
      expect(Math.min(box.width, box.height) * zoom, `${code} size in the inset`).to.be.at.least(10);
    }
  });

  it('lists exactly the regions visible in the inset', () => {
    // Every listed region's bbox meets the inset; no unlisted region fills any point of a fine grid over it.
    for (const code of INSET.codes)
      expect(overlapArea(insetView, path(code).getBBox()), `${code} in the inset`).to.be.greaterThan(0);
    const unlisted = CODES.filter((code) => !INSET.codes.includes(code));
    const steps = 60;
    for (let i = 0; i <= steps; i++)
      for (let j = 0; j <= steps; j++) {
        const point = new DOMPoint(
          insetView.x + (insetView.width * i) / steps,
          insetView.y + (insetView.height * j) / steps,
        );
        for (const code of unlisted)
          expect(
            path(code).isPointInFill(point),
            `${code} visible in the inset at ${point.x},${point.y}`,
          ).to.equal(false);
      }
  });

  describe('inset copies (INSET.shapes, clipped to the inset box at build time)', () => {
    const copies = new Map<string, SVGPathElement>();
    before(() => {
      for (const { code, d } of INSET.shapes) {
        const copy = document.createElementNS(SVG_NS, 'path');
        copy.setAttribute('d', d);
        svg.append(copy);
        copies.set(code, copy);
      }
    });

    it('has one compact copy per region listed in the inset', () => {
      expect(INSET.shapes.map((shape) => shape.code)).to.deep.equal([...INSET.codes]);
      for (const { code, d } of INSET.shapes) {
        expect(d, code).to.match(/^m[-\d.\s mlz]+z$/);
        expect(d, code).not.to.match(/\.\d\d/);
      }
    });

    it('makes focusable (INSET.focus) exactly the copies drawn larger than their region on the main map', () => {
      const area = (path: SVGPathElement) => {
        // Filled area by sampling the path's own bbox (holes and islands included).
        const box = path.getBBox();
        const steps = 60;
        let inside = 0;
        for (let i = 0; i < steps; i++)
          for (let j = 0; j < steps; j++)
            if (
              path.isPointInFill(
                new DOMPoint(
                  box.x + (box.width * (i + 0.5)) / steps,
                  box.y + (box.height * (j + 0.5)) / steps,
                ),
              )
            )
              inside++;
        return (box.width * box.height * inside) / steps ** 2;
      };
      for (const [code, copy] of copies) {
        const larger = area(copy) * zoom ** 2 > area(path(code));
        expect(INSET.focus.includes(code), `${code}`).to.equal(larger);
      }
      expect(INSET.focus).to.include.members(['06', '13']);
    });

    it('keeps every copy inside the inset box (its bbox is what focus and magnifiers follow)', () => {
      for (const [code, copy] of copies) {
        const box = copy.getBBox();
        expect(box.width * box.height, `${code} has an area`).to.be.greaterThan(0);
        expect(contains(insetView, box, 1e-3), `${code} bbox ${JSON.stringify(box)}`).to.equal(true);
      }
    });

    it('fills, inside the box, what the whole region fills (up to the rounding of the cut points)', () => {
      // Where a border leaves the box, the cut point is rounded to a tenth: the copy's outline may move by
      // less than 0.05 unit there, so a sample that close to it may differ — nowhere else.
      for (const copy of copies.values()) copy.setAttribute('stroke-width', '0.1');
      const steps = 80;
      let compared = 0;
      for (let i = 0; i < steps; i++)
        for (let j = 0; j < steps; j++) {
          const point = new DOMPoint(
            insetView.x + (insetView.width * (i + 0.43)) / steps,
            insetView.y + (insetView.height * (j + 0.57)) / steps,
          );
          for (const [code, copy] of copies) {
            if (copy.isPointInStroke(point)) continue;
            compared++;
            expect(copy.isPointInFill(point), `${code} at ${point.x},${point.y}`).to.equal(
              path(code).isPointInFill(point),
            );
          }
        }
      expect(compared).to.be.greaterThan(0.99 * steps * steps * copies.size);
    });
  });

  it('has no overlapping regions (neighbours share their borders exactly)', () => {
    // Sample the whole map: no point is filled by two regions (borders themselves may touch).
    const steps = 120;
    for (let i = 0; i <= steps; i++)
      for (let j = 0; j <= steps; j++) {
        const point = new DOMPoint(((i + 0.37) * main.width) / steps, ((j + 0.61) * main.height) / steps);
        const inside = CODES.filter((code) => path(code).isPointInFill(point));
        expect(inside.length, `${inside.join('+')} at ${point.x},${point.y}`).to.be.at.most(1);
      }
  });
});
