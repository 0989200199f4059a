// Declarations of find-chrome.mjs, so TypeScript files import it statically.

/** Path of Chromium from CHROME_PATH or the PATH, or null. */
export declare function findChrome(): string | null;

/** What to do when no Chromium is found. */
export declare const MISSING_CHROME_MESSAGE: string;

/** Path of Chromium, or exits the process with a clear message. */
export declare function requireChrome(): string;

/** Flags for headless Chromium on a CI machine with a closed network. */
export declare const CHROME_ARGS: string[];
