import { css } from 'lit';

/** Styles of the map mode, adopted by the picker's shadow root only when the map chunk loads. */
export const mapStyles = css`
  .map svg {
    display: block;
    width: 100%;
    max-width: var(--eer-region-picker-max-width, 30rem);
    height: auto;
  }
  .r {
    fill: var(--eer-region-picker-map-fill, color-mix(in srgb, var(--eer-accent) 18%, var(--eer-surface)));
    stroke: var(--eer-border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
    cursor: pointer;
    outline: none;
  }
  .r.off {
    fill: var(--eer-region-picker-map-unserved, url(#hatch));
  }
  svg svg .r.off {
    fill: var(--eer-region-picker-map-unserved, url(#hatchi));
  }
  .r:not(.off):hover {
    fill: color-mix(in srgb, var(--eer-accent) 40%, var(--eer-surface));
  }
  .r.sel,
  .r.sel:hover {
    fill: var(--eer-accent);
  }
  .r.dim,
  .r[aria-disabled='true'] {
    cursor: default;
  }
  .r.dim {
    fill: var(--eer-surface-raised);
  }
  .hatch-bg {
    fill: var(--eer-surface-raised);
  }
  .hatch-line {
    stroke: var(--eer-text-muted);
  }
  .ring {
    fill: none;
    stroke: var(--eer-focus);
    stroke-width: 3px;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .halo {
    stroke: var(--eer-surface);
    stroke-width: 7px;
  }
  .frame {
    fill: none;
    stroke: var(--eer-text-muted);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .inset-bg {
    fill: var(--eer-surface);
  }
  .caption {
    min-height: 1.5em;
    margin: calc(var(--eer-space) / 2) 0;
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--eer-space);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.375em;
    vertical-align: -0.125em;
    border: 1px solid var(--eer-border);
    /* Forced colours would empty them (no background colour or gradient) while the map keeps its fills. */
    forced-color-adjust: none;
  }
  .swatch.sel {
    background: var(--eer-accent);
  }
  .swatch.off {
    background: repeating-linear-gradient(
      45deg,
      var(--eer-text-muted) 0 2px,
      var(--eer-surface-raised) 2px 5px
    );
  }
  .credit {
    margin: calc(var(--eer-space) / 2) 0 0;
    font-size: 0.75em;
    color: var(--eer-text-muted);
  }
`;
