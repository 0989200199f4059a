// Targets for the timings `pnpm bench` prints next to them. Informational:
// timings vary with the machine, so the bench never fails on them (size
// budgets, which do fail it, live in the packages' size scripts).

/** A partner page with the three widgets shows their data within 1.5 s of navigation (local server, no throttling). */
export const TIME_TO_DATA_BUDGET_MS = 1_500;
/** API requests such a page makes: the picker's regions, and each banner's events and region names. */
export const PAGE_API_REQUESTS_BUDGET = 6;
/** After the debounce, a keystroke's search and render fit in 50 ms (feels immediate, within a 100 ms response). */
export const KEYSTROKE_BUDGET_MS = 50;
/** …and even the slow keystrokes stay under 100 ms. */
export const KEYSTROKE_P95_BUDGET_MS = 100;
/** `GET /v1/regions` (the first request of every page with a widget): throughput and tail latency. */
export const REGIONS_RPS_BUDGET = 3_000;
export const REGIONS_P99_BUDGET_MS = 50;
/** `GET /v1/municipalities?q=…` (one per combobox keystroke after the debounce). */
export const MUNICIPALITIES_RPS_BUDGET = 1_500;
export const MUNICIPALITIES_P99_BUDGET_MS = 50;
/** `POST /v1/contact-requests`, committed to SQLite before the 201: far above any real form traffic. */
export const CONTACT_RPS_BUDGET = 200;
export const CONTACT_P99_BUDGET_MS = 100;
/** The store's municipality search alone (no HTTP), p95 per query. */
export const STORE_SEARCH_P95_BUDGET_MS = 2;
/** A contact request's webhook reaches a local receiver within 1 s of its 201, even at 1,000 requests in a burst. */
export const DELIVERY_P99_BUDGET_MS = 1_000;
