import { css } from 'lit';

export const styles = css`
  :host([data-eer-theme='dark']) {
    color-scheme: dark;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .label {
    display: block;
    padding: 0;
    margin-bottom: calc(var(--eer-space) / 2);
    font-weight: 600;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--eer-region-picker-column-width, 13rem), 1fr));
    column-gap: var(--eer-space);
  }
  .option {
    padding: calc(var(--eer-space) / 4) 0;
  }
  .option label {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: calc(var(--eer-control-height) - var(--eer-space) / 2);
    cursor: pointer;
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--eer-accent);
  }
  .note {
    display: block;
    padding-inline-start: 1.75rem;
    font-size: 0.875em;
    color: var(--eer-text-muted);
  }
  .note::first-letter {
    text-transform: uppercase;
  }
  .skeleton {
    min-height: var(--eer-control-height);
  }
  /* A row of the list's skeleton: the label's line, with invisible text where the row will wrap. */
  .list .skeleton {
    min-height: calc(var(--eer-control-height) - var(--eer-space) / 2);
    padding-inline-start: 1.75rem;
  }
  [aria-busy] .option span {
    visibility: hidden;
  }
  .combo,
  .field,
  .options.combobox,
  .options.map {
    max-width: var(--eer-region-picker-max-width, 30rem);
  }
  .combo {
    position: relative;
  }
  .field {
    margin-top: var(--eer-space);
  }
  .options.combobox,
  .options.map {
    display: block;
  }
  .map .skeleton {
    aspect-ratio: 819 / 1000;
  }
  select,
  [role='combobox'] {
    font: inherit;
    width: 100%;
    min-height: var(--eer-control-height);
    padding: 0 calc(var(--eer-space) * 1.25);
    color: var(--eer-text);
    background: var(--eer-surface);
    border: 1px solid var(--eer-border);
    border-radius: var(--eer-radius);
  }
  [role='listbox'] {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    max-height: 18rem;
    overflow-y: auto;
    margin-top: 2px;
    padding: calc(var(--eer-space) / 3) 0;
    background: var(--eer-surface);
    border: 1px solid var(--eer-border);
    border-radius: var(--eer-radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  .group {
    padding: calc(var(--eer-space) / 2) var(--eer-space) 0;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--eer-text-muted);
  }
  [role='option'] {
    padding: calc(var(--eer-space) / 2) var(--eer-space);
    cursor: pointer;
  }
  [role='option'].active {
    background: var(--eer-surface-raised);
    outline: 2px solid var(--eer-focus);
    outline-offset: -2px;
  }
  [role='option'][aria-disabled='true'] {
    cursor: default;
    color: var(--eer-text-muted);
  }
  [aria-multiselectable] [aria-selected='true']::before {
    content: '✓ ';
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--eer-space) / 2);
    margin: calc(var(--eer-space) / 2) 0 0;
    padding: 0;
    list-style: none;
  }
  .status p {
    margin: calc(var(--eer-space) / 2) 0 0;
  }
`;
