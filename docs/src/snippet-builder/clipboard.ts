/** Copying to the clipboard, with the fallbacks a docs page on plain http needs. */

/** True if the text reached the clipboard. */
export async function writeClipboard(text: string, host: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API (a plain-http page other than localhost) or no permission: the legacy command.
    const area = document.createElement('textarea');
    area.value = text;
    area.readOnly = true;
    area.className = 'sb-offscreen';
    area.tabIndex = -1;
    host.append(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    return copied;
  }
}

/** Selects the element's text, so that Ctrl+C copies it when nothing else could. */
export function selectContents(element: Element): void {
  const selection = getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}
