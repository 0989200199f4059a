import { css } from 'lit';

export const formStyles = css`
  :host {
    max-width: var(--eer-contact-form-max-width, 40rem);
    --gap: var(--eer-contact-form-gap, var(--eer-space));
  }
  form,
  .row,
  fieldset {
    display: grid;
    gap: var(--gap);
  }
  .row {
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
  }
  /* The embedded picker is spaced by the form's grid gap, not by its own margin; in the dark
     theme it is no panel of its own inside the form's (its padding would indent its fields). */
  eer-region-picker {
    margin: 0;
    padding: 0;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  label {
    font-weight: 600;
  }
  legend {
    padding: 0 0 calc(var(--gap) / 2);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  input:not([type='checkbox']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--eer-surface);
    border: 1px solid var(--eer-border);
    border-radius: var(--eer-radius);
    min-height: var(--eer-control-height);
    padding: 0.4rem 0.6rem;
    width: 100%;
  }
  textarea {
    resize: vertical;
  }
  [part='input'][aria-invalid='true'] {
    border-color: var(--eer-danger);
    border-width: 2px;
  }
  .hint,
  .opt {
    color: var(--eer-text-muted);
    font-weight: 400;
  }
  p {
    margin: 0;
  }
  .error,
  .over {
    color: var(--eer-danger);
  }
  .error {
    font-weight: 600;
  }
  .check {
    display: flex;
    gap: 0.6rem;
    align-items: start;
  }
  .check input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--eer-accent);
  }
  .box {
    padding: var(--gap);
    border: 1px solid var(--eer-border);
    border-radius: var(--eer-radius);
  }
  /* Always rendered (a live region must exist before it speaks); takes room only when it does. */
  .alert {
    display: grid;
    gap: var(--gap);
    justify-items: start;
    color: var(--eer-danger);
  }
  .alert:has(*) {
    margin-top: var(--gap);
  }
  [part='advisor'],
  .advisor-line {
    margin-bottom: var(--gap);
  }
  .advisor-line {
    height: 1.5em;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .success {
    display: grid;
    gap: 0.5rem;
  }
  .heading {
    margin: 0 0 var(--eer-space);
    font-size: 1.25em;
    font-weight: 600;
  }
  /* « EER-2026-000123 » is one token: never broken after a hyphen. */
  .ref {
    white-space: nowrap;
  }
`;
