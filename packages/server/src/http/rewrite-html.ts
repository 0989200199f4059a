/** A rewrite of a mount's HTML pages as they are served (the docs' operator contact). */
export interface HtmlRewrite {
  rewrite(html: string): string;
  /** Names this rewrite in the mount's ETags, so a page cached before a configuration change is not kept by a 304. */
  id: string;
}

/** The file's ETag for this rewrite: `"digest"` → `"digest.id"`. */
export function rewrittenTag(tag: string | undefined, rewrite: HtmlRewrite | undefined): string | undefined {
  return tag && rewrite ? `${tag.slice(0, -1)}.${rewrite.id}"` : tag;
}

/** Only a whole, uncompressed 200 HTML body is read and rewritten; anything else passes untouched. */
export async function rewriteHtml(response: Response, rewrite: HtmlRewrite): Promise<Response> {
  const headers = response.headers;
  if (response.status !== 200 || !response.body) return response;
  if (!headers.get('Content-Type')?.startsWith('text/html') || headers.has('Content-Encoding'))
    return response;
  const html = rewrite.rewrite(await response.text());
  const rewritten = new Headers(headers);
  rewritten.delete('Content-Length');
  return new Response(html, { status: 200, headers: rewritten });
}
