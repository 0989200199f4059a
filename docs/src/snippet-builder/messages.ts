/**
 * Every text of the builder, French first (OQLF typography: « », a non-breaking
 * space before the colon, a narrow one before ; ? !) and English.
 */
import type { EventType, Lang, WidgetTag } from './options.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const C = `${NBSP}:`;

const fr = {
  settings: 'Réglages',

  widgets: 'Composants de la page',
  widgetsHint: `Cochez un ou plusieurs composants${C} l’extrait les réunit avec une seule ligne script et une seule balise eer-config.`,
  widgetNames: {
    'eer-region-picker': [
      'Sélecteur de région',
      'La personne choisit une région, en liste, par recherche ou sur une carte.',
    ],
    'eer-event-banner': ['Bandeau d’événements', 'Les prochains événements du programme dans une région.'],
    'eer-advisor-contact-form': [
      'Formulaire de contact',
      'La personne écrit à une conseillère ou à un conseiller de la région.',
    ],
  } satisfies Record<WidgetTag, [string, string]>,
  lastWidget: 'La page garde au moins un composant.',
  link: 'Relier au sélecteur de région',
  linkHint: (banner: boolean, form: boolean) =>
    `${banner && form ? 'Le bandeau et le formulaire suivent' : banner ? 'Le bandeau suit' : 'Le formulaire suit'} la région que la personne choisit dans le sélecteur (attributs id et region-from). Sans ce lien, chaque composant a sa propre région.`,

  language: 'Langue des composants',

  regionsLoading: 'Chargement des régions…',
  regionsError: 'La liste des régions n’a pas pu être chargée.',
  retry: 'Réessayer',
  unserved: 'non desservie',
  outsideCmmOnly: 'hors CMM seulement',
  pickerRegions: 'Régions proposées',
  pickerRegionsHint: (all: boolean) =>
    `Aucune case cochée${C} ${all ? 'les 17 régions sont proposées' : 'les 15 régions desservies sont proposées'}.`,
  bannerRegion: 'Région des événements',
  bannerRegionLinked: 'Région des événements avant le choix',
  bannerRegionLinkedHint:
    'Une fois une région choisie dans le sélecteur, le bandeau montre les événements de celle-ci.',
  allRegions: 'Toutes les régions',
  formRegions: 'Régions de la demande',
  formRegionsLinked: 'Le formulaire envoie la région choisie dans le sélecteur de la page.',
  formRegionsHint: `Aucune case cochée${C} la personne choisit ses régions dans le formulaire. Cochez la région de votre MRC pour la fixer.`,

  pickerOptions: 'Options du sélecteur',
  mode: 'Présentation',
  modes: { list: 'Liste', combobox: 'Champ de recherche (régions et municipalités)', map: 'Carte' },
  scopeAll: 'Proposer aussi les régions que le programme ne dessert pas',
  multiple: 'Choix de plusieurs régions',
  detail: 'Précision',
  details: {
    region: 'La région',
    mrc: 'La région, puis la MRC',
    municipality: 'La région, la MRC, puis la municipalité',
  },
  detailWithMultiple: 'Sans effet avec le choix de plusieurs régions.',
  name: 'Nom du champ',
  nameHint: `Pour un formulaire de votre site${C} le nom sous lequel il reçoit la région (p.${NBSP}ex. region). Vide${C} aucun.`,
  required: 'Choix obligatoire avant l’envoi du formulaire',

  bannerOptions: 'Options du bandeau',
  layout: 'Présentation',
  layouts: {
    bar: 'Barre (le prochain événement, les suivants sur demande)',
    card: 'Carte (le prochain événement)',
    list: 'Liste',
  },
  type: 'Type d’événement',
  allTypes: 'Tous les types',
  types: {
    forum: 'Forums',
    webinar: 'Webinaires',
    'info-session': 'Séances d’information',
    'job-fair': 'Salons de l’emploi',
    'exploratory-stay': 'Séjours exploratoires',
  } satisfies Record<EventType, string>,
  limit: 'Nombre maximal d’événements',
  limitHint: 'De 1 à 100.',
  limitCard: 'Une carte montre un seul événement.',
  limitError: 'Entrez un nombre entier de 1 à 100.',
  dismissible: 'La personne peut fermer le bandeau',
  dismissibleHint: 'Un bandeau fermé reste fermé dans ce navigateur, cet aperçu compris.',
  empty: 'Sans événement à venir',
  empties: { hide: 'Masquer le bandeau', message: 'Afficher un message' },

  formOptions: 'Options du formulaire',
  privacy: 'Adresse de votre politique de confidentialité',
  privacyHint: `Exigée par la Loi${NBSP}25${C} le formulaire y renvoie avant le consentement. Une adresse complète (https://…) ou un chemin de votre site (/confidentialite).`,
  privacyMissing: `Ajoutez l’adresse de votre politique de confidentialité${C} la Loi${NBSP}25 exige que la personne sache comment ses renseignements seront traités avant d’y consentir. Sans elle, le formulaire affiche un texte générique.`,
  privacyError: 'Entrez une adresse en http:// ou https://, ou un chemin de votre site.',
  formSends: 'Envoyer le formulaire de l’aperçu crée une vraie demande sur le serveur indiqué plus bas.',

  look: 'Apparence',
  theme: 'Thème',
  themes: { light: 'Clair', dark: 'Sombre', auto: 'Automatique (selon le réglage de l’appareil)' },
  accent: 'Couleur d’accent',
  accentPalette: 'Palette',
  accentText: 'Couleur CSS',
  accentHint: `Toute couleur CSS${C} #1d4ed8, rebeccapurple, rgb(29 78 216), oklch(0.5 0.2 260)… Vide${C} le bleu par défaut.`,
  accentDefault: 'Couleur par défaut',
  accentError: (value: string, kept: string) =>
    `« ${value} » n’est pas une couleur CSS utilisable ici. ${kept ? `La couleur précédente (${kept}) est conservée.` : 'La couleur par défaut est conservée.'}`,
  radius: 'Arrondi des coins',
  radiusHint: `Une longueur CSS${C} 0, 4px, 1rem… Vide${C} 8px.`,
  radiusError: 'Entrez une longueur CSS (0, 4px, 1rem) ou un nombre de pixels.',
  density: 'Densité',
  densities: { compact: 'Compacte', normal: 'Normale', comfortable: 'Aérée' },
  lookOnConfig: 'Appliquer l’apparence à tous les composants de la page (dans eer-config)',

  contrast: 'Contraste',
  colon: C,
  surfaces: { light: 'Sur fond clair', dark: 'Sur fond sombre' },
  given: 'Votre couleur',
  fill: 'Boutons, choix',
  text: 'Liens, texte',
  sampleButton: 'Bouton',
  sampleLink: 'Lien',
  onFill: (white: boolean, ratio: string) => `texte ${white ? 'blanc' : 'noir'}, ${ratio}`,
  contrastOk: (ratio: string) =>
    `Votre couleur est utilisée telle quelle${C} contraste de ${ratio} (il faut 4,5:1 pour le texte et 3:1 pour les boutons).`,
  contrastWarning: (ratio: string, fill: boolean) =>
    `Votre couleur n’a qu’un contraste de ${ratio}${C} trop faible pour ${fill ? 'les boutons (3:1) et le texte (4,5:1)' : 'le texte (4,5:1)'}. Pour rester lisibles (WCAG${NBSP}2.2 AA), les composants utiliseront les couleurs ajustées ci-dessous.`,
  contrastAdvice: (darker: boolean) =>
    `Pour garder exactement votre couleur, choisissez-en une plus ${darker ? 'foncée' : 'claire'}.`,
  announceOk: 'Contraste suffisant, couleur conservée.',
  announceWarning: (surface: string, text: string, fill: string) =>
    `${surface}${C} couleur ajustée pour les liens (${text})${fill ? ` et les boutons (${fill})` : ''}.`,

  api: 'Connexion à l’API',
  apiKey: 'Clé publiable',
  apiKeyHint: `La clé de démonstration pk_test_demo fonctionne depuis http://localhost. Pour votre site, demandez une clé publiable (pk_…) liée à son adresse. L’aperçu de cette page utilise la clé indiquée${C} une clé liée à votre site seulement y sera refusée, mais fonctionnera chez vous.`,
  keyErrors: {
    empty: 'Entrez votre clé publiable (pk_…).',
    secret: `Ceci est une clé secrète (sk_…)${C} ne la mettez jamais dans une page Web. Elle n’est pas utilisée.`,
    format:
      'Une clé publiable commence par pk_ et ne contient que des lettres, des chiffres et des traits de soulignement.',
  },
  apiBase: 'Adresse de l’API',
  apiBaseHint: `Par défaut${C} l’adresse de ce site. Elle n’est jamais reprise d’un lien de réglages.`,
  foreignApi: (host: string) =>
    `Attention${C} avec cet extrait, les composants liront leurs données sur ${host} et chaque demande envoyée par le formulaire de contact (nom, courriel, message) ira à ${host}, pas au serveur du programme. Gardez cette adresse seulement si votre organisation exploite ce serveur. Cette page ne peut joindre que son propre serveur${C} l’aperçu affiche donc une erreur de chargement.`,
  ignoredApi: (host: string) =>
    `Le lien ouvert indiquait une autre adresse d’API (${host})${C} elle n’a pas été reprise, car les demandes du formulaire de contact y seraient envoyées. L’extrait utilise le serveur de ce site. Si votre organisation exploite sa propre API, entrez son adresse dans « Adresse de l’API ».`,
  apiBaseError: 'Entrez une adresse complète en http:// ou https://, sans paramètres.',
  keptValue: (value: string) => `La valeur précédente (${value}) est conservée.`,

  reset: 'Réinitialiser',
  copyLink: 'Copier le lien de ces réglages',
  linkCopied: `Lien copié${NNBSP}!`,
  resetDone: 'Réglages réinitialisés.',

  preview: 'Aperçu',
  previewHint: 'Les vrais composants, avec vos réglages et les données de l’API.',
  widgetsMissing: `Les composants n’ont pas pu être chargés (/cdn/eer-widgets.js)${C} l’aperçu est vide, mais l’extrait reste bon.`,
  snippet: 'Extrait à coller',
  snippetHint: `Collez cet extrait dans votre page, par exemple dans un bloc HTML personnalisé. Chaque composant peut aller ailleurs dans la même page${NNBSP}; gardez une seule ligne script et une seule balise eer-config par page.`,
  versionHint: (version: string) =>
    `Le script est celui de la version ${version}${C} son adresse ne change jamais et les navigateurs la gardent en cache un an. Pour passer à une version plus récente, copiez un nouvel extrait.`,
  copy: 'Copier l’extrait',
  scriptInHead: 'Je peux modifier le <head> de la page (rien ne bouge à l’affichage)',
  scriptInHeadHint: `Le script va alors dans le <head>, avec l’attribut blocking${C} la page s’affiche avec les composants déjà en place, et le texte qui les suit ne bouge pas quand ils apparaissent. En contrepartie, la page s’affiche un peu plus tard à la première visite, le temps de télécharger le script, que le navigateur garde ensuite un an.`,
  blocks: { head: 'Dans le <head>', body: 'Dans la page, là où les composants s’affichent' },
  copyBlock: { head: 'Copier le bloc du <head>', body: 'Copier le bloc de la page' },
  copied: `Copié${NNBSP}!`,
  copyFailed: `La copie automatique n’a pas fonctionné. L’extrait est sélectionné${C} appuyez sur Ctrl+C (⌘+C sur Mac).`,
};

type Messages = typeof fr;

const en: Messages = {
  settings: 'Settings',

  widgets: 'Widgets on the page',
  widgetsHint:
    'Check one or more widgets: the snippet puts them together with a single script line and a single eer-config tag.',
  widgetNames: {
    'eer-region-picker': [
      'Region picker',
      'Visitors choose a region from a list, by searching, or on a map.',
    ],
    'eer-event-banner': ['Event banner', 'The program’s upcoming events in a region.'],
    'eer-advisor-contact-form': ['Contact form', 'Visitors write to an advisor of the region.'],
  },
  lastWidget: 'The page keeps at least one widget.',
  link: 'Link to the region picker',
  linkHint: (banner: boolean, form: boolean) =>
    `${banner && form ? 'The banner and the form follow' : banner ? 'The banner follows' : 'The form follows'} the region visitors choose in the picker (id and region-from attributes). Without this link, each widget has its own region.`,

  language: 'Widgets’ language',

  regionsLoading: 'Loading the regions…',
  regionsError: 'The list of regions could not be loaded.',
  retry: 'Try again',
  unserved: 'not served',
  outsideCmmOnly: 'outside the CMM only',
  pickerRegions: 'Regions offered',
  pickerRegionsHint: (all: boolean) =>
    `None checked: ${all ? 'all 17 regions are offered' : 'the 15 served regions are offered'}.`,
  bannerRegion: 'Region of the events',
  bannerRegionLinked: 'Region of the events before a choice',
  bannerRegionLinkedHint: 'Once a region is chosen in the picker, the banner shows that region’s events.',
  allRegions: 'All regions',
  formRegions: 'Regions of the request',
  formRegionsLinked: 'The form sends the region chosen in the page’s picker.',
  formRegionsHint:
    'None checked: visitors choose their regions in the form. Check your MRC’s region to set it.',

  pickerOptions: 'Picker options',
  mode: 'Presentation',
  modes: { list: 'List', combobox: 'Search field (regions and municipalities)', map: 'Map' },
  scopeAll: 'Also offer the regions the program does not serve',
  multiple: 'Several regions may be chosen',
  detail: 'Detail',
  details: {
    region: 'The region',
    mrc: 'The region, then the MRC',
    municipality: 'The region, the MRC, then the municipality',
  },
  detailWithMultiple: 'No effect when several regions may be chosen.',
  name: 'Field name',
  nameHint: 'For a form on your site: the name it receives the region under (e.g. region). Empty: none.',
  required: 'A choice is required before the form is sent',

  bannerOptions: 'Banner options',
  layout: 'Presentation',
  layouts: {
    bar: 'Bar (the next event, the following ones on request)',
    card: 'Card (the next event)',
    list: 'List',
  },
  type: 'Event type',
  allTypes: 'All types',
  types: {
    forum: 'Forums',
    webinar: 'Webinars',
    'info-session': 'Information sessions',
    'job-fair': 'Job fairs',
    'exploratory-stay': 'Exploratory stays',
  },
  limit: 'Maximum number of events',
  limitHint: 'From 1 to 100.',
  limitCard: 'A card shows a single event.',
  limitError: 'Enter a whole number from 1 to 100.',
  dismissible: 'Visitors can close the banner',
  dismissibleHint: 'A closed banner stays closed in that browser, this preview included.',
  empty: 'With no upcoming event',
  empties: { hide: 'Hide the banner', message: 'Show a message' },

  formOptions: 'Form options',
  privacy: 'Address of your privacy policy',
  privacyHint:
    'Required by Québec’s Law 25: the form links to it before the consent. A full address (https://…) or a path on your site (/privacy).',
  privacyMissing:
    'Add the address of your privacy policy: Law 25 requires that people know how their information will be handled before they consent. Without it, the form shows a generic text.',
  privacyError: 'Enter an http:// or https:// address, or a path on your site.',
  formSends: 'Sending the preview’s form creates a real request on the server set below.',

  look: 'Look',
  theme: 'Theme',
  themes: { light: 'Light', dark: 'Dark', auto: 'Automatic (follows the device’s setting)' },
  accent: 'Accent color',
  accentPalette: 'Palette',
  accentText: 'CSS color',
  accentHint:
    'Any CSS color: #1d4ed8, rebeccapurple, rgb(29 78 216), oklch(0.5 0.2 260)… Empty: the default blue.',
  accentDefault: 'Default color',
  accentError: (value: string, kept: string) =>
    `“${value}” is not a CSS color that can be used here. ${kept ? `The previous color (${kept}) is kept.` : 'The default color is kept.'}`,
  radius: 'Corner radius',
  radiusHint: 'A CSS length: 0, 4px, 1rem… Empty: 8px.',
  radiusError: 'Enter a CSS length (0, 4px, 1rem) or a number of pixels.',
  density: 'Density',
  densities: { compact: 'Compact', normal: 'Normal', comfortable: 'Comfortable' },
  lookOnConfig: 'Apply the look to every widget of the page (in eer-config)',

  contrast: 'Contrast',
  colon: ':',
  surfaces: { light: 'On a light background', dark: 'On a dark background' },
  given: 'Your color',
  fill: 'Buttons, choices',
  text: 'Links, text',
  sampleButton: 'Button',
  sampleLink: 'Link',
  onFill: (white: boolean, ratio: string) => `${white ? 'white' : 'black'} text, ${ratio}`,
  contrastOk: (ratio: string) =>
    `Your color is used as is: contrast of ${ratio} (text needs 4.5:1 and buttons 3:1).`,
  contrastWarning: (ratio: string, fill: boolean) =>
    `Your color only has a contrast of ${ratio}: too low for ${fill ? 'buttons (3:1) and text (4.5:1)' : 'text (4.5:1)'}. To stay readable (WCAG 2.2 AA), the widgets will use the adjusted colors below.`,
  contrastAdvice: (darker: boolean) =>
    `To keep your exact color, pick a ${darker ? 'darker' : 'lighter'} one.`,
  announceOk: 'Enough contrast, color kept.',
  announceWarning: (surface: string, text: string, fill: string) =>
    `${surface}: color adjusted for links (${text})${fill ? ` and buttons (${fill})` : ''}.`,

  api: 'API connection',
  apiKey: 'Publishable key',
  apiKeyHint:
    'The demo key pk_test_demo works from http://localhost. For your site, ask for a publishable key (pk_…) bound to its address. This page’s preview uses the key given: a key bound to your site only is refused here, but works on your site.',
  keyErrors: {
    empty: 'Enter your publishable key (pk_…).',
    secret: 'This is a secret key (sk_…): never put it in a web page. It is not used.',
    format: 'A publishable key starts with pk_ and has only letters, digits and underscores.',
  },
  apiBase: 'API address',
  apiBaseHint: 'Default: this site’s address. It is never taken from a settings link.',
  foreignApi: (host: string) =>
    `Warning: with this snippet, the widgets read their data from ${host} and every request sent with the contact form (name, email, message) goes to ${host}, not to the program’s server. Keep this address only if your organization runs that server. This page may only reach its own server, so the preview shows a loading error.`,
  ignoredApi: (host: string) =>
    `The link you opened gave another API address (${host}): it was not used, as the contact form’s requests would be sent there. The snippet uses this site’s server. If your organization runs its own API, enter its address in “API address”.`,
  apiBaseError: 'Enter a full http:// or https:// address, without parameters.',
  keptValue: (value: string) => `The previous value (${value}) is kept.`,

  reset: 'Reset',
  copyLink: 'Copy the link to these settings',
  linkCopied: 'Link copied!',
  resetDone: 'Settings reset.',

  preview: 'Preview',
  previewHint: 'The real widgets, with your settings and the API’s data.',
  widgetsMissing:
    'The widgets could not be loaded (/cdn/eer-widgets.js): the preview is empty, but the snippet is still right.',
  snippet: 'Snippet to paste',
  snippetHint:
    'Paste this snippet into your page, for example in a Custom HTML block. Each widget may go elsewhere on the same page; keep a single script line and a single eer-config tag per page.',
  versionHint: (version: string) =>
    `The script is version ${version}: its address never changes and browsers cache it for a year. To move to a newer version, copy a new snippet.`,
  copy: 'Copy the snippet',
  scriptInHead: 'I can edit the page’s <head> (nothing moves when the widgets appear)',
  scriptInHeadHint:
    'The script then goes in the <head>, with the blocking attribute: the page shows with the widgets already in place, and the text below them does not jump when they appear. The cost: on a first visit the page shows a little later, the time to download the script, which the browser then keeps a year.',
  blocks: { head: 'In the <head>', body: 'In the page, where the widgets show' },
  copyBlock: { head: 'Copy the <head> block', body: 'Copy the page block' },
  copied: 'Copied!',
  copyFailed: 'Automatic copy did not work. The snippet is selected: press Ctrl+C (⌘+C on a Mac).',
};

export const messages: Record<Lang, Messages> = { fr, en };
export type { Messages };

/** « 4,5:1 » / “4.5:1”. */
export function formatRatio(ratio: number, lang: Lang): string {
  const number = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 2 });
  // Round down so a ratio shown as 4,5:1 never hides a 4,499:1 that fails.
  return `${number.format(Math.floor(ratio * 100) / 100)}:1`;
}
