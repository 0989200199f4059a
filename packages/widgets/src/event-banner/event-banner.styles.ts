import { css } from 'lit';

/**
 * Links and text sit on `--eer-surface`, the surface the accent tokens are
 * adjusted against, so any `accent` keeps AA contrast; the accent fills only
 * the registration link (with `--eer-on-accent`) and the 3:1 stripe.
 *
 * No layout shift: an event's rows have fixed heights (title, summary and the
 * date line clamped; a fixed number of action rows), so the skeleton, the error
 * and « no event » states (drawn over invisible rows) and the loaded events take
 * the same box. Only the banner's own width picks the number of lines (a
 * container query), never the data.
 */
export const styles = css`
  :host(:state(hidden)) {
    display: none;
  }
  section {
    display: grid;
    gap: calc(var(--eer-space) / 2);
    max-width: var(--eer-event-banner-max-width, none);
    container-type: inline-size;
    position: relative;
  }
  section:has(> .close) {
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
  }
  section > :not(.close) {
    grid-column: 1;
  }
  @media (prefers-reduced-motion: no-preference) {
    section {
      animation: eer-banner-in 0.2s ease-out;
    }
  }
  @keyframes eer-banner-in {
    from {
      transform: translateY(-0.25rem);
    }
  }
  [hidden] {
    display: none !important;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--eer-space) / 2);
  }
  /* Below 48rem a card or list gives date (up to two lines), format and place three lines, four
     below 30rem (a long date and « Hybride (en personne et en ligne) » each fill a line there). */
  .event {
    --lines: 3;
    --meta-lines: 4;
    --action-rows: 2;
    --action-height: calc(var(--eer-control-height) - 0.5rem);
    display: grid;
    align-content: start;
    gap: 0.25rem;
    min-width: 0;
  }
  /* The bar: one line of title, one of date and place; its actions (with the "more" button) wrap. */
  /* Narrow, its four actions (register, join, calendar, more) may each take a row. */
  .line > .event {
    --lines: 1;
    --meta-lines: 1;
    --action-rows: 4;
  }
  @container (min-width: 20rem) {
    .event {
      --lines: 2;
    }
  }
  @container (min-width: 30rem) {
    .event {
      --meta-lines: 3;
    }
    .line > .event {
      --meta-lines: 1;
      --action-rows: 2;
    }
  }
  .card > .event {
    --lines: 2;
  }
  @container (min-width: 48rem) {
    .event,
    .line > .event {
      --lines: 1;
      --meta-lines: 1;
      --action-rows: 1;
    }
    .card > .event {
      --lines: 2;
    }
  }
  .line,
  section:not(.bar) > .event,
  li.event {
    padding: var(--eer-space);
    border: 1px solid var(--eer-border);
    border-inline-start: 4px solid var(--eer-event-banner-stripe, var(--eer-accent));
    border-radius: var(--eer-radius);
  }
  .line {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
    gap: var(--eer-space);
  }
  .skeleton,
  .line:has(> .skeleton) {
    border-color: transparent;
  }
  .reserved {
    visibility: hidden;
  }
  .heading,
  .summary,
  .meta,
  .meta > * {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--lines);
    overflow: hidden;
  }
  .heading,
  .summary,
  .meta {
    height: calc(var(--lines) * 1.5em);
  }
  .card .heading {
    font-size: 1.2em;
  }
  .summary {
    --lines: 3;
  }
  .title {
    font-weight: 600;
  }
  .cancelled {
    text-decoration: line-through;
  }
  .status {
    color: var(--eer-danger);
    border: 1px solid currentColor;
    border-radius: var(--eer-radius);
    padding: 0 0.4em;
    margin-inline-start: 0.5em;
    font-size: 0.875em;
  }
  .meta {
    --lines: var(--meta-lines);
    color: var(--eer-text-muted);
    font-size: 0.9375em;
  }
  /* Every item has its separator; the one that starts a line (the first, or one wrapped
     at a narrow width) lies in a strip left of the text that is clipped away. The items are
     flex items, so an item too long for a line wraps inside its own box: its second line
     starts after its separator, never in the clipped strip. */
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-content: start;
    margin-inline-start: -1.5em;
    clip-path: inset(0 0 0 1.5em);
  }
  .meta > * {
    min-width: 0;
    border-inline-start: 1px solid var(--eer-border);
    padding-inline-start: 0.75em;
    margin-inline-start: 0.75em;
  }
  /* The last item (the place) takes what is left of its line, one line with « … », rather than
     moving whole to a line the banner may not show. */
  .meta > :last-child {
    flex: 1 1 0;
    min-width: min(5em, 100%);
    -webkit-line-clamp: 1;
  }
  /* One line, from 48rem: the items flow inline and the line ends with « … » where it must —
     nothing wraps into view, so the clipped strip only ever hides a separator. (A narrower bar's
     one line is its date's, clamped the same way.) */
  @container (min-width: 48rem) {
    .meta {
      display: -webkit-box;
    }
    .meta > * {
      display: inline;
    }
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    align-content: start;
    gap: 0.25rem 0.75em;
    height: calc(var(--action-rows) * (var(--action-height) + 0.25rem) - 0.25rem);
  }
  a {
    display: inline-flex;
    align-items: center;
    min-height: 1.5rem;
    text-underline-offset: 0.15em;
  }
  /* In the bar every action is one row high, so the rows reserved hold exactly what wraps. */
  .line a,
  a.register,
  .more {
    min-height: var(--action-height);
    padding: 0 var(--eer-space);
    border-radius: var(--eer-radius);
  }
  a.register {
    background: var(--eer-accent);
    color: var(--eer-on-accent);
    font-weight: 600;
    text-decoration: none;
  }
  .close {
    min-width: var(--eer-control-height);
    padding: 0;
    font-size: 1.25rem;
    line-height: 1;
  }
  .empty,
  section > .state-error {
    position: absolute;
    inset: 0;
    margin: 0;
    padding: var(--eer-space);
    align-content: start;
  }
  .empty {
    display: grid;
    color: var(--eer-text-muted);
  }
`;
