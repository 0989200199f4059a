import { css } from 'lit';

/**
 * Links and text sit on `--eer-surface`, the surface the accent tokens are
 * adjusted against, so any `accent` keeps AA contrast; the accent fills only
 * the registration link (with `--eer-on-accent`) and the 3:1 stripe.
 */
export const styles = css`
  :host(:state(hidden)) {
    display: none;
  }
  section {
    display: grid;
    gap: calc(var(--eer-space) / 2);
    max-width: var(--eer-event-banner-max-width, none);
  }
  section:has(> .close) {
    grid-template-columns: 1fr auto;
    align-items: start;
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
  .event {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem var(--eer-space);
    min-width: 0;
  }
  .line,
  section:not(.bar) > .event,
  li.event,
  .skeleton {
    padding: var(--eer-space);
    border: 1px solid var(--eer-border);
    border-inline-start: 4px solid var(--eer-event-banner-stripe, var(--eer-accent));
    border-radius: var(--eer-radius);
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--eer-space);
  }
  .line > .event {
    flex: 1 1 20rem;
  }
  .card > .event {
    flex-direction: column;
    align-items: flex-start;
  }
  .skeleton {
    border-color: transparent;
    min-height: calc(var(--eer-control-height) + 2 * var(--eer-space) + 0.5rem);
  }
  .card > .skeleton {
    min-height: 11rem;
  }
  .list > .skeleton {
    min-height: 6rem;
  }
  .heading {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .title {
    font-weight: 600;
  }
  .card .title {
    font-size: 1.2em;
  }
  .cancelled {
    text-decoration: line-through;
  }
  .status {
    color: var(--eer-danger);
    border: 1px solid currentColor;
    border-radius: var(--eer-radius);
    padding: 0 0.4em;
    font-size: 0.875em;
  }
  .meta,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75em;
  }
  .meta {
    color: var(--eer-text-muted);
    font-size: 0.9375em;
  }
  .meta > * + * {
    border-inline-start: 1px solid var(--eer-border);
    padding-inline-start: 0.75em;
  }
  a {
    display: inline-flex;
    align-items: center;
    min-height: 1.5rem;
    text-underline-offset: 0.15em;
  }
  a.register {
    min-height: calc(var(--eer-control-height) - 0.5rem);
    padding: 0 var(--eer-space);
    border-radius: var(--eer-radius);
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
  .empty {
    margin: 0;
    color: var(--eer-text-muted);
  }
`;
