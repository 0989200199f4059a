// Declarations of site-under-test.mjs, so TypeScript tests import it statically.
import type { RunningServer, StartServerOptions } from '@emplois-en-regions/server';
import type { Browser, BrowserContextOptions, CDPSession, Page } from 'playwright-core';

/** The folders `pnpm start` serves, as absolute paths. */
export declare const paths: {
  readonly root: string;
  /** packages/widgets/cdn, served at /cdn. */
  readonly cdnDir: string;
  /** examples/, served at /examples. */
  readonly examplesDir: string;
  /** docs/build (or EER_DOCS_BUILD), served at /docs when `docs` is set. */
  readonly docsDir: string;
};

/** A file the tests need, and how to build it. */
export interface Requirement {
  /** Absolute path. */
  path: string;
  /** What to run when it is missing, e.g. "run `pnpm build` first." */
  hint: string;
}

/** The CDN bundle (packages/widgets/cdn/eer-widgets.js). */
export declare const CDN_BUNDLE: Requirement;

export interface SiteOptions {
  /** Files that must exist before anything starts (fails with their hint otherwise). */
  require?: Requirement[];
  /** Also serve the docs at /docs, with / redirecting there, as `pnpm start` does. */
  docs?: boolean;
  /** Overrides of the server's options (port 0, a temporary database, no log, the site's mounts). */
  server?: Partial<StartServerOptions>;
  /** Part of the temporary directory's name. */
  name?: string;
}

export interface SiteUnderTest {
  /** Base URL without trailing slash. */
  url: string;
  server: RunningServer;
  browser: Browser;
  /** A page in a fresh browser context (`page.context().close()` ends it). */
  newPage(contextOptions?: BrowserContextOptions): Promise<Page>;
  /** Closes the browser and the server, and removes the temporary directory. */
  close(): Promise<void>;
}

export declare function openSite(options?: SiteOptions): Promise<SiteUnderTest>;

export interface WatchOptions {
  /** Console messages of type error count as errors (default true). */
  consoleErrors?: boolean;
  /** Responses with a status of 400 or more count as errors (default false). */
  failedResponses?: boolean;
}

export interface WatchedPage {
  page: Page;
  /** Uncaught exceptions, console errors and (when asked) failed responses. */
  errors: string[];
  /** CSP violations reported on the console so far. */
  cspViolations: string[];
  /** Every request the page made to the API (`/v1/…`). */
  apiRequests: URL[];
  /** Every CSP violation so far: console messages and `securitypolicyviolation` events. */
  csp(): Promise<string[]>;
  /** Asserts no CSP violation and no error so far. */
  expectClean(where?: string): Promise<void>;
}

export declare function watchPage(page: Page, options?: WatchOptions): Promise<WatchedPage>;

/** 4× CPU slowdown, 150 ms latency, 1.6 Mbps down / 750 kbps up (bytes per second below). */
export declare const THROTTLED: { cpuRate: number; latency: number; download: number; upload: number };
/** Layout shifts of a page view summed, without those that follow input: at most this. */
export declare const CLS_BUDGET: number;
/** Applies THROTTLED to the page of a CDP session (Chromium). */
export declare function throttle(session: CDPSession): Promise<void>;
