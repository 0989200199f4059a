import type { RouteDoc } from './routes.js';

/** Shell-quotes a value for a POSIX shell (single quotes; a literal ' becomes '\''). */
function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * A curl command for a route: its example path, or the path with each
 * `{param}` as a shell variable (`$ID`) so the line still runs after an export.
 */
export function curlSample(route: RouteDoc, baseUrl: string): string {
  const templated = route.path.replace(/\{(\w+)\}/g, (_match, name: string) => `$${name.toUpperCase()}`);
  const path = route.example?.path ?? templated;
  const url = path.includes('$') ? `"${baseUrl}${path}"` : quote(baseUrl + path);
  const lines = [
    route.method === 'get' ? `curl -s ${url}` : `curl -s -X ${route.method.toUpperCase()} ${url}`,
  ];
  if (route.example?.key) lines.push(`-H ${quote(`Authorization: Bearer ${route.example.key}`)}`);
  // An ETag holds double quotes: the shell variable goes inside double quotes, unquoted itself.
  if (route.example?.ifMatch) lines.push(`-H "If-Match: ${route.example.ifMatch}"`);
  if (route.body) {
    lines.push(`-H 'Content-Type: application/json'`);
    if (route.idempotent) lines.push(`-H "Idempotency-Key: $(uuidgen)"`);
    if (route.example?.body !== undefined) lines.push(`-d ${quote(JSON.stringify(route.example.body))}`);
  }
  return lines.join(' \\\n  ');
}
