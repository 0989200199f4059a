// Code that runs inside the benchmarked page. Kept as plain JavaScript strings:
// a function passed to Playwright would be transpiled by tsx first, and could
// refer to helpers the page lacks.

/**
 * Installed before the page's own scripts (`addInitScript`). On every animation
 * frame, checks whether all three widgets show their data, and records the
 * first such frame in `window.__eerBench.readyAt` (ms since navigation start):
 * - every `<eer-region-picker>` (including one inside a form): not busy, and its
 *   regions rendered — combobox: options in its listbox and an enabled input;
 *   list: its radio buttons or checkboxes; map: its map;
 * - every `<eer-event-banner>`: not busy, with event titles (or its « no event »
 *   message, or hidden because there is nothing to show);
 * - every `<eer-advisor-contact-form>`: its submit button, no loading skeleton,
 *   and any picker it embeds ready as above.
 * A widget in its error state stops the run with `window.__eerBench.error`.
 */
export const READY_PROBE = `(() => {
  const state = { readyAt: null, error: null };
  window.__eerBench = state;
  const fail = (what) => { throw new Error(what + ' shows its error state'); };
  const pickerReady = (picker) => {
    const root = picker.shadowRoot;
    if (!root) return false;
    if (root.querySelector('[part~=error]')) fail('<eer-region-picker>');
    if (root.querySelector('[aria-busy=true]')) return false;
    const combo = root.querySelector('input[role=combobox]');
    if (combo) return !combo.disabled && root.querySelectorAll('[role=listbox] [role=option]').length > 0;
    return root.querySelectorAll('[part~=list] input, [part~=map]').length > 0;
  };
  const bannerReady = (banner) => {
    const root = banner.shadowRoot;
    if (!root) return false;
    if (root.querySelector('[part~=error]')) fail('<eer-event-banner>');
    const section = root.querySelector('[part~=banner]');
    if (!section) {
      try { return banner.matches(':state(hidden)'); } catch { return false; }
    }
    if (section.getAttribute('aria-busy') !== 'false') return false;
    return [...root.querySelectorAll('[part~=title]')].some((title) => title.textContent.trim() !== '')
      || root.querySelector('[part~=empty]') !== null;
  };
  const formReady = (form) => {
    const root = form.shadowRoot;
    if (!root) return false;
    if (root.querySelector('[part~=error]')) fail('<eer-advisor-contact-form>');
    if (!root.querySelector('button[part~=submit]') || root.querySelector('.skeleton')) return false;
    return [...root.querySelectorAll('eer-region-picker')].every(pickerReady);
  };
  // A page may hold only some of the widgets (a banner alone), but at least one.
  const all = (selector, ready) => [...document.querySelectorAll(selector)].every(ready);
  const tick = () => {
    try {
      if (document.querySelector('eer-region-picker, eer-event-banner, eer-advisor-contact-form')
        && all('eer-region-picker', pickerReady) && all('eer-event-banner', bannerReady)
        && all('eer-advisor-contact-form', formReady)) {
        state.readyAt = performance.now();
        return;
      }
    } catch (error) {
      state.error = String(error && error.message || error);
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** True once the probe above has a result. */
export const READY_DONE = `window.__eerBench && (window.__eerBench.readyAt !== null || window.__eerBench.error !== null)`;

/**
 * The probe's result and the page's API requests (Resource Timing, same origin:
 * a request answered from the HTTP cache has deliveryType "cache" / no bytes transferred).
 */
export const READY_RESULT = `(() => {
  const api = performance.getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.startsWith('/v1/'))
    .map((entry) => ({
      path: new URL(entry.name).pathname,
      start: entry.startTime,
      cached: entry.deliveryType === 'cache' || (entry.deliveryType === undefined && entry.transferSize === 0),
    }));
  return { ...window.__eerBench, api };
})()`;

/**
 * Watches the combobox of the first \`<eer-region-picker mode="combobox">\`. For
 * every \`input\` event on its field, records in \`window.__eerKeys\`:
 * - \`t0\`: the event's time stamp;
 * - \`sync\`: when the picker finished the update the keystroke caused at once
 *   (the regions filtered locally, the status cleared);
 * - \`done\`: for a query of 2+ characters (those search the municipalities
 *   through the API after the debounce), when the listbox's polite status
 *   announces the result count again — the combobox sets it only once the
 *   search has answered and the options are rendered (a MutationObserver on the
 *   shadow root sees it in the same task); for a shorter query, \`sync\`;
 * - \`fetchStart\` / \`fetchEnd\` / \`status\`: the municipality search request of
 *   this keystroke, from Resource Timing.
 */
export const KEYSTROKE_PROBE = `(() => {
  const picker = document.querySelector('eer-region-picker[mode=combobox]');
  const root = picker && picker.shadowRoot;
  const field = root && root.querySelector('input[role=combobox]');
  if (!field) throw new Error('no <eer-region-picker mode="combobox"> with its field on the page');
  const statusText = () => {
    const status = root.querySelector('[role=listbox] ~ [role=status]');
    return status ? status.textContent.trim() : '';
  };
  const keys = [];
  window.__eerKeys = keys;
  root.addEventListener('input', (event) => {
    if (event.target !== field) return;
    const key = { q: field.value, t0: event.timeStamp, sync: null, done: null, cleared: false,
      fetchStart: null, fetchEnd: null, status: null, results: null };
    keys.push(key);
    const searches = field.value.trim().length >= 2;
    const finish = () => {
      key.done = performance.now();
      key.results = statusText();
      const search = performance.getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/v1/municipalities') && entry.startTime >= key.t0)
        .pop();
      if (search) {
        key.fetchStart = search.startTime;
        key.fetchEnd = search.responseEnd;
        key.status = search.responseStatus === undefined ? null : search.responseStatus;
      }
    };
    if (searches) {
      const observer = new MutationObserver(() => {
        if (keys[keys.length - 1] !== key) return observer.disconnect();
        if (statusText() === '') key.cleared = true;
        else if (key.cleared) {
          observer.disconnect();
          finish();
        }
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true });
    }
    picker.updateComplete.then(() => {
      key.sync = performance.now();
      if (!searches) finish();
    });
  }, true);
})()`;

/** What each widget shows, for the message when a page never gets ready. */
export const READY_DIAGNOSTIC = `(() => {
  const describe = (element) => {
    const root = element.shadowRoot;
    if (!root) return element.localName + ': no shadow root (not defined?)';
    const busy = root.querySelector('[aria-busy=true]') ? ' busy' : '';
    const error = root.querySelector('[part~=error]');
    return element.localName + busy + (error ? ' error: ' + error.textContent.trim() : '')
      + ' ' + root.textContent.replace(/\\s+/g, ' ').trim().slice(0, 80);
  };
  const widgets = [...document.querySelectorAll('eer-region-picker, eer-event-banner, eer-advisor-contact-form')];
  return 'probe ' + JSON.stringify(window.__eerBench || null) + ' (' + document.visibilityState + '); '
    + (widgets.map(describe).join(' | ') || 'no widget on the page');
})()`;
