// The widgets as an npm user gets them: each entry registers its tag (Vite
// bundles the package's built `dist`). The type-only import adds the tags, their
// attributes and their `on<event>` listeners to React's JSX types.
import '@emplois-en-regions/widgets/config';
import '@emplois-en-regions/widgets/region-picker';
import '@emplois-en-regions/widgets/advisor-contact-form';
import '@emplois-en-regions/widgets/event-banner';
import type {} from '@emplois-en-regions/widgets/jsx';
