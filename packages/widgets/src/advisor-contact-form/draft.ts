/**
 * The visitor's draft in `sessionStorage` (this tab only, gone when it closes):
 * what they typed, and the idempotency key of the submission in progress with
 * a hash of the body it was sent with, so a retry — even after a reload —
 * reuses the key and the API answers with the first receipt.
 */
export interface Draft {
  /** Field values by name. */
  v: Record<string, string>;
  /** Idempotency key of the last submission attempt. */
  k?: string;
  /** Hash of the body sent with `k`: an edited request is a new submission. */
  h?: number;
}

const storageKey = (scope: string) => `eer:contact-draft:${scope}`;

/** The stored draft of `scope`, if any (storage may be disabled or hold garbage). */
export function loadDraft(scope: string): Draft | undefined {
  try {
    const draft = JSON.parse(sessionStorage.getItem(storageKey(scope)) ?? 'null') as Draft | null;
    return draft && typeof draft.v === 'object' ? draft : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `draft`, or removes it when `undefined`; a full or disabled storage is not an error. */
export function saveDraft(scope: string, draft?: Draft): void {
  try {
    if (draft) sessionStorage.setItem(storageKey(scope), JSON.stringify(draft));
    else sessionStorage.removeItem(storageKey(scope));
  } catch {
    // Private browsing or quota: the form still works, only the reload safety net is lost.
  }
}

/** A small non-cryptographic hash (only compares a body with the one sent before). */
export function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}
