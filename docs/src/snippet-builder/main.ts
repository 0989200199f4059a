/**
 * Entry of the docs' snippet builder (bundled to /docs/assets/snippet-builder/main.js).
 * The page loads /cdn/eer-widgets.js first, which defines the widgets the preview
 * shows; this bundle never defines them itself, so the preview runs the very code
 * a partner's page will load.
 */
import { SnippetBuilder } from './builder.js';

const mount = document.getElementById('eer-snippet-builder');
if (mount) {
  const lang = mount.dataset.lang?.toLowerCase().startsWith('en') ? 'en' : 'fr';
  new SnippetBuilder(mount, lang).start();
}
