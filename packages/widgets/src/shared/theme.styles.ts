import { css } from 'lit';

/**
 * Design tokens every widget shares. Layer 1 of theming: `--eer-*` custom
 * properties (a designer may set them from the page); the `theme`, `accent`,
 * `radius` and `density` attributes only set these tokens.
 *
 * Keeping the host page's CSS out: a WordPress theme's `* { font-family; color }`
 * matches our host element itself, and for normal declarations the page's rule
 * beats `:host`. For `!important` ones the shadow tree wins, so every inherited
 * text property is pinned here with `!important` (designers change them through
 * the `--eer-*` tokens instead). Layout properties (margin, width, display:none)
 * stay open to the page.
 *
 * The host is transparent (light theme): a widget blends into the partner's page, and only what
 * it draws (fields, cards, popups) sits on `--eer-surface`. A panel is one rule
 * of the page away: `eer-event-banner { background: var(--eer-surface); padding: 1rem }`
 * (the host's tokens resolve in the page's rule).
 */
export const themeStyles = css`
  /* Some room below (as a paragraph has): two widgets stacked never touch, and the margin
     collapses with the page's own (a rule of the page, e.g. margin: 0, replaces it). */
  :host {
    all: initial;
    display: block;
    margin-block-end: var(--eer-space);
    box-sizing: border-box !important;
    font-family: var(--eer-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif) !important;
    font-size: var(--eer-font-size, 1rem) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    color: var(--eer-text, #1c1e21) !important;
    --eer-surface: #ffffff;
    --eer-surface-raised: #f5f6f8;
    --eer-text: #1c1e21;
    --eer-text-muted: #555b63;
    --eer-border: #8a9099;
    --eer-danger: #b3261e;
    --eer-success: #1e6b34;
    --eer-focus: #0b57d0;
    --eer-accent: #0b57d0;
    --eer-on-accent: #ffffff;
    --eer-accent-text: #0b57d0;
    --eer-radius: 8px;
    --eer-space: 0.75rem;
    --eer-control-height: 2.75rem;
  }
  :host([hidden]) {
    display: none;
  }
  /* Dark text colours assume a dark page: the dark theme keeps its surface, so it stays
     readable on a light page (as with theme="auto" on a page without a dark mode). */
  /* A drawn panel keeps its content (and focus rings) off its edges. */
  :host([data-eer-theme='dark']) {
    background: var(--eer-surface);
    padding: var(--eer-space);
    border-radius: var(--eer-radius);
    --eer-surface: #1c1e21;
    --eer-surface-raised: #2a2d31;
    --eer-text: #eef0f3;
    --eer-text-muted: #b8bdc5;
    --eer-border: #8d949e;
    --eer-danger: #ffb4ab;
    --eer-success: #8fd5a0;
    --eer-focus: #a8c7fa;
    --eer-accent: #a8c7fa;
    --eer-on-accent: #0b1d3a;
    --eer-accent-text: #a8c7fa;
  }
  :host([data-eer-density='compact']) {
    --eer-space: 0.5rem;
    --eer-control-height: 2.25rem;
  }
  :host([data-eer-density='comfortable']) {
    --eer-space: 1rem;
    --eer-control-height: 3rem;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--eer-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    min-height: var(--eer-control-height);
    padding: 0 calc(var(--eer-space) * 1.25);
    border-radius: var(--eer-radius);
    border: 1px solid var(--eer-border);
    background: var(--eer-surface-raised);
    color: var(--eer-text);
    cursor: pointer;
  }
  button.primary {
    background: var(--eer-accent);
    color: var(--eer-on-accent);
    border-color: var(--eer-accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  a {
    color: var(--eer-accent-text);
  }
  .skeleton {
    background: var(--eer-surface-raised);
    border-radius: var(--eer-radius);
    animation: eer-pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes eer-pulse {
    from {
      opacity: 0.55;
    }
    to {
      opacity: 1;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  .state-error {
    display: flex;
    flex-wrap: wrap;
    gap: var(--eer-space);
    align-items: center;
    color: var(--eer-danger);
  }
`;
