/**
 * The reference page's stylesheet, served from its own route so the page
 * works under a CSP without 'unsafe-inline'. System fonts: no third-party request.
 */
export const DOCS_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --border: #d0d7de; --code-bg: #f6f8fa;
  --accent: #0b5cad; --get: #116329; --post: #8a4600; --patch: #6639ba; --delete: #a40e26;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  line-height: 1.5;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #30363d; --code-bg: #161b22;
    --accent: #6cb6ff; --get: #56d364; --post: #f0b072; --patch: #d2a8ff; --delete: #ff9492;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); }
a { color: var(--accent); }
a:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem; }
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: baseline; justify-content: space-between;
  border-bottom: 1px solid var(--border); }
h1 { font-size: 1.6rem; margin: .5rem 0; }
h2 { font-size: 1.35rem; margin-top: 2.5rem; border-bottom: 1px solid var(--border); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin-top: 2rem; display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; }
h4 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
.intro { white-space: pre-line; }
nav ul { columns: 2 18rem; padding-left: 1.25rem; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
pre { background: var(--code-bg); border: 1px solid var(--border); border-radius: 6px; padding: .75rem 1rem;
  overflow-x: auto; }
.method { font-weight: 700; text-transform: uppercase; font-family: ui-monospace, monospace; }
.method-get { color: var(--get); }
.method-post { color: var(--post); }
.method-patch { color: var(--patch); }
.method-delete { color: var(--delete); }
.path { font-family: ui-monospace, monospace; word-break: break-all; }
.access, .muted { color: var(--muted); }
/* Tables stay tables (display: block would hide their semantics from some screen readers); long cells wrap. */
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; border: 1px solid var(--border); padding: .35rem .6rem;
  overflow-wrap: anywhere; }
th { background: var(--code-bg); }
details { margin: .5rem 0; }
summary { cursor: pointer; }
section.operation, section.schema { border-top: 1px solid var(--border); }
footer { color: var(--muted); border-top: 1px solid var(--border); }
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
`;
