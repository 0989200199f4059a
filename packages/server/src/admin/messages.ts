/**
 * Every text eer-admin prints, in French (Québec usage, OQLF typography: a
 * non-breaking space before « : ; ? ! » and inside « ») and in English. One
 * object per language with the same shape, so a missing translation does not compile.
 */
import type { Language } from '@emplois-en-regions/schemas';
import type { ImportOutcome } from '../operations/event-import.js';
import { NBSP, frenchTypography } from '../data/typography.js';

const q = (text: string) => `«${NBSP}${text}${NBSP}»`;

const fr = {
  // Program and shared options
  programDescription:
    'Outil de l’exploitant d’Emplois en régions : organisations, clés d’API, événements et demandes de contact, ' +
    'dans la base de données du serveur (DATABASE_PATH ou DATABASE_URL ; EER_DEMO=1 pour la démo).',
  optionLang: 'langue des messages et de l’aide (par défaut selon LANG)',
  optionJson: 'écrire un seul document JSON sur la sortie standard',
  optionHelp: 'afficher l’aide de la commande',
  helpCommand: 'afficher l’aide d’une commande',
  helpCommandTerm: 'help [commande]',
  commandPlaceholder: '[commande]',
  /** The value placeholders of the options and arguments (`--org <organisation>`), by their English name. */
  placeholders: {
    // `--email <address>`: not `adresse`, which `--website <url>` of the same command shows.
    address: 'courriel',
    codes: 'codes',
    days: 'jours',
    file: 'fichier',
    id: 'identifiant',
    lang: 'langue',
    langs: 'langues',
    name: 'nom',
    organization: 'organisation',
    path: 'chemin',
    reference: 'référence',
    role: 'rôle',
    separator: 'séparateur',
    slug: 'code',
    status: 'statut',
    text: 'texte',
    url: 'adresse',
  } as Partial<Record<string, string>>,
  exitCodes: [
    'Codes de sortie :',
    '  0  réussite',
    '  1  refusé : valeur invalide, élément introuvable, conflit, fichier illisible, base de données refusée',
    '  2  mauvaise utilisation : commande ou option inconnue, argument ou option obligatoire manquant',
    '',
    'Variables : DATABASE_PATH (par défaut data/emplois-en-regions.db) ou DATABASE_URL (PostgreSQL),',
    'EER_DEMO=1 (base de démonstration), LANG (langue par défaut).',
  ].join('\n'),
  headings: {
    'Usage:': 'Utilisation :',
    'Options:': 'Options :',
    'Commands:': 'Commandes :',
    'Arguments:': 'Arguments :',
    'Global Options:': 'Options globales :',
  } as Record<string, string>,
  choices: 'choix :',
  default: 'par défaut :',

  // commander usage errors (the quoted parts come from commander's English message)
  usage: {
    unknownOption: (flag: string) => `option inconnue ${q(flag)}`,
    unknownCommand: (name: string) => `commande inconnue ${q(name)}`,
    missingArgument: (name: string) => `argument obligatoire manquant ${q(name)}`,
    optionMissingArgument: (flags: string) => `l’option ${q(flags)} attend une valeur`,
    missingMandatoryOptionValue: (flags: string) => `option obligatoire manquante ${q(flags)}`,
    excessArguments: () => 'trop d’arguments',
    conflictingOption: (a: string, b: string) => `${q(a)} ne peut pas être employée avec ${q(b)}`,
    invalidArgument: (value: string, detail: string) => `valeur non permise ${q(value)}${detail}`,
    didYouMean: (suggestion: string) => `Vouliez-vous dire ${q(suggestion)}${NBSP}?`,
    generic: (message: string) => message,
    seeHelp: (command: string) => `Voyez ${command} --help.`,
  },
  errorPrefix: `Erreur${NBSP}:`,
  /** One indented `label : value` line under a message (a refused field, a created key's id). */
  field: (label: string, value: string) => `  ${label} : ${value}`,

  // Failures
  unknownOrganization: (value: string) =>
    `Organisation inconnue${NBSP}: ${q(value)}. Voyez la liste avec eer-admin org list.`,
  unknownKey: (value: string) =>
    `Aucune clé ne porte l’identifiant ${q(value)}. Voyez la liste avec eer-admin key list.`,
  unknownEvent: (value: string) =>
    `Aucun événement ne porte l’identifiant ${q(value)}. Voyez la liste avec eer-admin event list.`,
  unknownRequest: (value: string) => `Aucune demande ne porte la référence ou l’identifiant ${q(value)}.`,
  unknownRegion: (value: string) =>
    `La région ${q(value)} n’existe pas${NBSP}: les codes vont de 01 à 17 (par exemple 01,04).`,
  badOrigin: (value: string) =>
    `Origine mal formée${NBSP}: ${q(value)}. Une origine s’écrit schéma://hôte[:port], par exemple ` +
    'https://www.mrc-exemple.qc.ca, sans chemin, sans requête et sans joker dans le nom (http://localhost:* est permis).',
  originRequired: 'Une clé publiable doit être liée à au moins une origine (--origin https://…).',
  originsOnSecret: `Une clé secrète ne s’emploie jamais dans un navigateur${NBSP}: elle n’a pas d’origine (retirez --origin).`,
  keyKindRequired: `Précisez le type de clé${NBSP}: --publishable (avec --origin) ou --secret.`,
  fileMissing: (path: string) => `Fichier introuvable${NBSP}: ${path}`,
  fileUnreadable: (path: string, reason: string) => `Impossible de lire ${path}${NBSP}: ${reason}`,
  invalidJson: (path: string, reason: string) => `${path} n’est pas un JSON valide${NBSP}: ${reason}`,
  invalidIcs: (path: string, reason: string) =>
    `${path} n’est pas un fichier iCalendar valide${NBSP}: ${reason}`,
  invalidInput: (source: string) => `Données refusées (${source})${NBSP}:`,
  staleVersion: `L’élément a été modifié entre-temps${NBSP}: relancez la commande.`,
  /** `variable`: DATABASE_URL or DATABASE_PATH, whichever names the database. */
  databaseMode: (path: string, actual: 'demo' | 'production', variable: string) =>
    actual === 'demo'
      ? `${path} est une base de démonstration. Pour y travailler, ajoutez EER_DEMO=1 ; ` +
        `pour la production, indiquez une autre base avec ${variable}.`
      : `${path} est une base de production. Retirez EER_DEMO pour y travailler.`,
  configuration: (reason: string) => `Configuration refusée${NBSP}: ${reason}`,
  unexpected: (reason: string) => `Erreur inattendue${NBSP}: ${reason}`,
  writeFailed: (path: string, reason: string) => `Impossible d’écrire ${path}${NBSP}: ${reason}`,

  // org
  org: {
    description: 'gérer les organisations (partenaires et organismes du programme)',
    create: 'créer une organisation',
    list: 'lister les organisations',
    update: 'modifier une organisation (seules les options données changent)',
    argOrg: 'identifiant (org_…) ou code court de l’organisation',
    slug: 'code court : minuscules, chiffres et traits d’union (devient org_<code>)',
    nameFr: 'nom en français',
    nameEn: 'nom en anglais',
    regions: 'régions desservies, codes séparés par des virgules (01,04)',
    email: 'courriel où envoyer les demandes de contact ("" : aucun, pour update)',
    role: 'partner (partenaire) ou lead (organisme responsable, reçoit ce que personne ne dessert)',
    website: 'site web (https://…) ("" : aucun, pour update)',
    language: 'langue des avis reçus (fr ou en)',
    descriptionFr: 'description en français',
    descriptionEn: 'description en anglais',
    created: (name: string, id: string) => `Organisation créée${NBSP}: ${name} (${id}).`,
    updated: (name: string, id: string) => `Organisation modifiée${NBSP}: ${name} (${id}).`,
    nextStep: (slug: string) =>
      `Étape suivante${NBSP}: eer-admin key create --org ${slug} --publishable --origin https://…`,
    columns: {
      id: 'Identifiant',
      name: 'Nom',
      role: 'Rôle',
      regions: 'Régions',
      email: 'Courriel',
      managedBy: 'Géré par',
    },
    roles: { lead: 'responsable', partner: 'partenaire' } as Record<string, string>,
    managedBy: { seed: 'programme', operator: 'exploitant' } as Record<string, string>,
    none: 'Aucune organisation.',
  },

  // key
  key: {
    description: 'gérer les clés d’API (affichées une seule fois à la création)',
    create: 'créer une clé publiable (navigateurs, liée à des origines) ou secrète (serveurs)',
    list: 'lister les clés (jamais la clé elle-même)',
    revoke: 'révoquer une clé (les serveurs la refusent en moins d’une seconde)',
    argId: 'identifiant de la clé (key_…)',
    org: 'organisation (org_… ou code court)',
    publishable: 'clé publiable (pk_live_…) pour les widgets, liée à --origin',
    secret: 'clé secrète (sk_live_…) pour un serveur du partenaire',
    origin: 'origine permise, répétable (https://www.mrc-exemple.qc.ca, http://localhost:*)',
    created: (kind: 'publishable' | 'secret', organization: string) =>
      `Clé ${kind === 'publishable' ? 'publiable' : 'secrète'} créée pour ${organization}.`,
    showOnce: `Voici la clé. Elle ne sera plus jamais affichée${NBSP}: conservez-la maintenant.`,
    revoked: (id: string) => `Clé ${id} révoquée${NBSP}: les serveurs la refusent dès maintenant.`,
    alreadyRevoked: (id: string, at: string) => `La clé ${id} était déjà révoquée (${at}).`,
    columns: {
      id: 'Identifiant',
      prefix: 'Début',
      kind: 'Type',
      organization: 'Organisation',
      origins: 'Origines',
      created: 'Créée',
      lastUsed: 'Dernier usage',
      revoked: 'Révoquée',
    },
    kinds: { publishable: 'publiable', secret: 'secrète' } as Record<string, string>,
    none: 'Aucune clé.',
  },

  // event
  event: {
    description: 'publier et gérer les événements',
    create: 'créer un événement depuis un fichier JSON (même schéma que POST /v1/events)',
    import: 'importer un fil iCalendar (.ics) ; relancer l’import ne crée pas de doublon (UID)',
    cancel: 'annuler un événement (il reste affiché comme annulé)',
    list: 'lister les événements',
    argId: 'identifiant de l’événement (evt_…)',
    org: 'organisation (org_… ou code court)',
    fileJson: 'fichier JSON de l’événement',
    fileIcs: 'fichier iCalendar (.ics)',
    region: 'régions des événements importés (01,04) ; sinon celle de la municipalité',
    type: 'type par défaut (forum, webinar, info-session, job-fair, exploratory-stay)',
    format: 'format imposé (in-person, online, hybrid) ; sinon déduit de LOCATION et URL',
    municipality:
      'code de municipalité (5 chiffres) des événements en personne dont le lieu ne nomme aucune municipalité',
    languageOpt: 'langues des événements importés (fr,en)',
    created: (id: string, title: string) => `Événement créé${NBSP}: ${id} — ${title}`,
    cancelled: (id: string) => `Événement ${id} annulé (il reste affiché avec la mention annulé).`,
    alreadyCancelled: (id: string) => `L’événement ${id} était déjà annulé.`,
    columns: {
      id: 'Identifiant',
      uid: 'UID',
      start: 'Début',
      type: 'Type',
      format: 'Format',
      status: 'Statut',
      regions: 'Régions',
      organization: 'Organisation',
      title: 'Titre',
    },
    statuses: { scheduled: 'prévu', cancelled: 'annulé' } as Record<string, string>,
    none: 'Aucun événement.',
    importSummary: (counts: Record<ImportOutcome, number>) =>
      `Import terminé${NBSP}: ${counts.created} créé(s), ${counts.updated} modifié(s), ` +
      `${counts.cancelled} annulé(s), ${counts.unchanged} inchangé(s), ${counts.skipped} ignoré(s).`,
    outcomes: {
      created: 'créé',
      updated: 'modifié',
      cancelled: 'annulé',
      unchanged: 'inchangé',
      skipped: 'ignoré',
    } as Record<string, string>,
  },

  // Reasons an iCalendar event is skipped, by their code (SkipReason)
  skip: {
    no_uid: 'pas d’UID (impossible de le retrouver au prochain import)',
    recurring: 'événement récurrent (RRULE/RDATE) : créez chaque occurrence séparément',
    recurrence_exception: 'modification d’une occurrence d’un événement récurrent (RECURRENCE-ID)',
    no_start: 'pas de DTSTART',
    no_end: 'pas de DTEND ni de DURATION',
    no_title: 'pas de SUMMARY (titre)',
    no_region: 'aucune région : donnez --region, ou un lieu dont la municipalité est reconnue',
    no_municipality: (location: string) =>
      `aucune municipalité reconnue dans LOCATION ${q(location)} : donnez --municipality CODE`,
    ambiguous_municipality: (name: string) =>
      `plusieurs municipalités s’appellent ${q(name)} : précisez --region ou --municipality`,
    no_url: 'événement en ligne sans URL',
    cancelled_not_imported: 'annulé dans le fil (STATUS:CANCELLED) et jamais importé',
    invalid: (details: string) => `refusé par la validation : ${details}`,
    duplicate_uid: 'UID en double dans le fichier',
  },

  // requests
  requests: {
    description: 'suivre et exporter les demandes de contact',
    list: 'lister les demandes d’une organisation (les plus récentes d’abord)',
    export: 'exporter les demandes d’une organisation en CSV (Excel) ou JSON',
    status: 'changer le statut d’une demande (new, in_progress, closed)',
    argRef: 'référence (EER-2026-000123) ou identifiant (cr_…) de la demande',
    org: 'organisation (org_… ou code court)',
    orgOptional: 'vérifier que la demande appartient à cette organisation',
    statusFilter: 'seulement les demandes de ce statut',
    statusValue: 'nouveau statut',
    exportFormat: 'csv (s’ouvre dans Excel) ou json',
    output: 'fichier à écrire (sinon la sortie standard)',
    separator: 'séparateur CSV : ";" (Excel en français, par défaut en français) ou ","',
    exported: (count: number, path: string) => `${count} demande(s) exportée(s) dans ${path}.`,
    statusChanged: (reference: string, status: string) => `Demande ${reference}${NBSP}: ${status}.`,
    columns: {
      reference: 'Référence',
      id: 'Identifiant',
      createdAt: 'Reçue le',
      status: 'Statut',
      regionCodes: 'Codes de région',
      regions: 'Régions',
      municipalityCode: 'Code de municipalité',
      municipality: 'Municipalité',
      name: 'Nom',
      email: 'Courriel',
      phone: 'Téléphone',
      preferredLanguage: 'Langue',
      message: 'Message',
      respondBy: 'Réponse au plus tard',
      consentAt: 'Consentement',
      privacyPolicyUrl: 'Politique de confidentialité',
      origin: 'Origine',
      organization: 'Organisation',
      updatedAt: 'Modifiée le',
      erasedAt: 'Effacée le',
    },
    statuses: { new: 'nouvelle', in_progress: 'en cours', closed: 'fermée' } as Record<string, string>,
    none: 'Aucune demande.',
    erase: 'effacer tout de suite les renseignements personnels d’une demande (droit à l’effacement, Loi 25)',
    purge:
      'effacer les renseignements personnels des demandes plus anciennes que la durée de conservation ' +
      '(CONTACT_RETENTION_DAYS, 365 jours par défaut)',
    purgeDays: 'durée de conservation en jours (par défaut CONTACT_RETENTION_DAYS)',
    reference: 'une seule demande, par sa référence ou son identifiant (droit d’accès, Loi 25)',
    erased: (reference: string) =>
      `Demande ${reference} : nom, courriel, téléphone, message, municipalité, origine et adresse de ` +
      'politique effacés (y compris des notifications en attente). Référence, dates, régions, organisation et statut restent.',
    alreadyErased: (reference: string, when: string) =>
      `La demande ${reference} a déjà été effacée le ${when}.`,
    purged: (count: number, days: number) =>
      `${count} demande(s) de plus de ${days} jours effacée(s) (renseignements personnels).`,
  },
  webhook: {
    description:
      'webhooks des organisations : ajout, liste avec arriéré et dernière erreur, rotation, renvoi',
    add: 'ajouter un webhook : chaque nouvelle demande de l’organisation y est envoyée (POST signé)',
    list: 'lister les webhooks, avec leurs envois en attente, en échec et leur dernière erreur',
    rotate:
      'changer le secret de signature (l’ancien reste valide 24 heures : les deux signatures sont envoyées)',
    deliveries: 'lister les notifications (courriels et webhooks), par défaut celles en échec',
    redeliver: 'renvoyer les notifications en échec (toutes, celles d’un webhook ou une seule)',
    org: 'organisation (org_… ou code court)',
    url: 'adresse https:// qui recevra les POST (http://localhost ou http://127.0.0.1 en démo)',
    argId: 'identifiant du webhook (whk_…)',
    endpoint: 'seulement ce webhook (whk_…)',
    delivery: 'seulement cette notification (dlv_…)',
    status: 'seulement les notifications de ce statut',
    created: (url: string, organization: string) => `Webhook ajouté pour ${organization} : ${url}`,
    rotated: (id: string, until: string) =>
      `Nouveau secret pour ${id}. L’ancien reste valide jusqu’au ${until} : les envois portent les deux signatures d’ici là.`,
    showOnce:
      'Secret de signature (affiché une seule fois ; vérifiez l’en-tête Eer-Signature avec verifyWebhook du SDK) :',
    badUrl: (url: string) =>
      `Adresse de webhook refusée : « ${url} ». Elle doit commencer par https:// (en démo, http://localhost ou ` +
      'http://127.0.0.1 sont aussi acceptées), sans identifiant ni mot de passe.',
    duplicate: (url: string) => `Cette organisation a déjà un webhook vers ${url}.`,
    unknown: (id: string) => `Aucun webhook ne porte l’identifiant « ${id} ». Voyez eer-admin webhook list.`,
    unknownDelivery: (id: string) =>
      `Aucune notification en échec ne porte l’identifiant « ${id} ». Voyez eer-admin webhook deliveries.`,
    requeued: (count: number) =>
      `${count} notification(s) remise(s) en file : envoi immédiat, puis reprises pendant 24 heures.`,
    columns: {
      id: 'Identifiant',
      organization: 'Organisation',
      url: 'Adresse',
      pending: 'En attente',
      failed: 'En échec',
      lastError: 'Dernière erreur',
      lastDelivered: 'Dernier envoi réussi',
      rotation: 'Ancien secret valide jusqu’au',
      delivery: 'Notification',
      channel: 'Canal',
      event: 'Événement',
      reference: 'Demande',
      recipient: 'Destinataire',
      status: 'Statut',
      attempts: 'Essais',
      next: 'Prochain essai',
    },
    statuses: {
      pending: 'en attente',
      delivered: 'envoyée',
      failed: 'en échec',
      cancelled: 'annulée',
    } as Record<string, string>,
    channels: { email: 'courriel', webhook: 'webhook' } as Record<string, string>,
    none: 'Aucun webhook.',
    noDeliveries: 'Aucune notification.',
  },
};

export type Messages = typeof fr;

const en: Messages = {
  programDescription:
    'Operator tool of Emplois en régions: organizations, API keys, events and contact requests, ' +
    'in the server’s database (DATABASE_PATH or DATABASE_URL; EER_DEMO=1 for the demo).',
  optionLang: 'language of messages and help (default from LANG)',
  optionJson: 'print one JSON document on standard output',
  optionHelp: 'display help for the command',
  helpCommand: 'display help for a command',
  helpCommandTerm: 'help [command]',
  commandPlaceholder: '[command]',
  placeholders: {},
  exitCodes: [
    'Exit codes:',
    '  0  success',
    '  1  refused: invalid value, not found, conflict, unreadable file, database refused',
    '  2  usage error: unknown command or option, missing argument or required option',
    '',
    'Variables: DATABASE_PATH (default data/emplois-en-regions.db) or DATABASE_URL (PostgreSQL),',
    'EER_DEMO=1 (demo database), LANG (default language).',
  ].join('\n'),
  headings: {},
  choices: 'choices:',
  default: 'default:',
  usage: {
    unknownOption: (flag) => `unknown option '${flag}'`,
    unknownCommand: (name) => `unknown command '${name}'`,
    missingArgument: (name) => `missing required argument '${name}'`,
    optionMissingArgument: (flags) => `option '${flags}' argument missing`,
    missingMandatoryOptionValue: (flags) => `required option '${flags}' not specified`,
    excessArguments: () => 'too many arguments',
    conflictingOption: (a, b) => `'${a}' cannot be used with '${b}'`,
    invalidArgument: (value, detail) => `value not allowed '${value}'${detail}`,
    didYouMean: (suggestion) => `Did you mean '${suggestion}'?`,
    generic: (message) => message,
    seeHelp: (command) => `See ${command} --help.`,
  },
  errorPrefix: 'Error:',
  field: (label, value) => `  ${label}: ${value}`,
  unknownOrganization: (value) => `Unknown organization: '${value}'. See the list with eer-admin org list.`,
  unknownKey: (value) => `No key has the id '${value}'. See the list with eer-admin key list.`,
  unknownEvent: (value) => `No event has the id '${value}'. See the list with eer-admin event list.`,
  unknownRequest: (value) => `No request has the reference or id '${value}'.`,
  unknownRegion: (value) => `Region '${value}' does not exist: codes go from 01 to 17 (e.g. 01,04).`,
  badOrigin: (value) =>
    `Malformed origin: '${value}'. An origin is written scheme://host[:port], e.g. ` +
    'https://www.mrc-exemple.qc.ca, with no path, no query and no wildcard in the name (http://localhost:* is allowed).',
  originRequired: 'A publishable key must be bound to at least one origin (--origin https://…).',
  originsOnSecret: 'A secret key is never used in a browser: it has no origin (remove --origin).',
  keyKindRequired: 'Say which kind of key: --publishable (with --origin) or --secret.',
  fileMissing: (path) => `File not found: ${path}`,
  fileUnreadable: (path, reason) => `Cannot read ${path}: ${reason}`,
  invalidJson: (path, reason) => `${path} is not valid JSON: ${reason}`,
  invalidIcs: (path, reason) => `${path} is not a valid iCalendar file: ${reason}`,
  invalidInput: (source) => `Input refused (${source}):`,
  staleVersion: 'It was changed in the meantime: run the command again.',
  databaseMode: (path, actual, variable) =>
    actual === 'demo'
      ? `${path} is a demo database. To work on it, set EER_DEMO=1; for production, point ${variable} at another database.`
      : `${path} is a production database. Unset EER_DEMO to work on it.`,
  configuration: (reason) => `Configuration refused: ${reason}`,
  unexpected: (reason) => `Unexpected error: ${reason}`,
  writeFailed: (path, reason) => `Cannot write ${path}: ${reason}`,
  org: {
    description: 'manage organizations (partners and the program’s organizations)',
    create: 'create an organization',
    list: 'list organizations',
    update: 'change an organization (only the given options change)',
    argOrg: 'id (org_…) or short code of the organization',
    slug: 'short code: lower-case letters, digits and hyphens (becomes org_<code>)',
    nameFr: 'name in French',
    nameEn: 'name in English',
    regions: 'regions served, comma-separated codes (01,04)',
    email: 'e-mail address contact requests are sent to ("": none, for update)',
    role: 'partner, or lead (program organization, receives what nobody serves)',
    website: 'website (https://…) ("": none, for update)',
    language: 'language of the notifications it receives (fr or en)',
    descriptionFr: 'description in French',
    descriptionEn: 'description in English',
    created: (name, id) => `Organization created: ${name} (${id}).`,
    updated: (name, id) => `Organization updated: ${name} (${id}).`,
    nextStep: (slug) => `Next step: eer-admin key create --org ${slug} --publishable --origin https://…`,
    columns: {
      id: 'Id',
      name: 'Name',
      role: 'Role',
      regions: 'Regions',
      email: 'E-mail',
      managedBy: 'Managed by',
    },
    roles: { lead: 'lead', partner: 'partner' },
    managedBy: { seed: 'program', operator: 'operator' },
    none: 'No organization.',
  },
  key: {
    description: 'manage API keys (shown once, at creation)',
    create: 'create a publishable key (browsers, bound to origins) or a secret key (servers)',
    list: 'list keys (never the key itself)',
    revoke: 'revoke a key (servers refuse it within a second)',
    argId: 'id of the key (key_…)',
    org: 'organization (org_… or short code)',
    publishable: 'publishable key (pk_live_…) for the widgets, bound to --origin',
    secret: 'secret key (sk_live_…) for a partner’s server',
    origin: 'allowed origin, repeatable (https://www.mrc-exemple.qc.ca, http://localhost:*)',
    created: (kind, organization) =>
      `${kind === 'publishable' ? 'Publishable' : 'Secret'} key created for ${organization}.`,
    showOnce: 'Here is the key. It will never be shown again: keep it now.',
    revoked: (id) => `Key ${id} revoked: servers refuse it from now on.`,
    alreadyRevoked: (id, at) => `Key ${id} was already revoked (${at}).`,
    columns: {
      id: 'Id',
      prefix: 'Prefix',
      kind: 'Kind',
      organization: 'Organization',
      origins: 'Origins',
      created: 'Created',
      lastUsed: 'Last used',
      revoked: 'Revoked',
    },
    kinds: { publishable: 'publishable', secret: 'secret' },
    none: 'No key.',
  },
  event: {
    description: 'publish and manage events',
    create: 'create an event from a JSON file (same schema as POST /v1/events)',
    import: 'import an iCalendar feed (.ics); importing again creates no duplicate (UID)',
    cancel: 'cancel an event (it stays listed as cancelled)',
    list: 'list events',
    argId: 'id of the event (evt_…)',
    org: 'organization (org_… or short code)',
    fileJson: 'JSON file of the event',
    fileIcs: 'iCalendar file (.ics)',
    region: 'regions of the imported events (01,04); otherwise the municipality’s',
    type: 'default type (forum, webinar, info-session, job-fair, exploratory-stay)',
    format: 'forced format (in-person, online, hybrid); otherwise inferred from LOCATION and URL',
    municipality: 'municipality code (5 digits) for in-person events whose location names no municipality',
    languageOpt: 'languages of the imported events (fr,en)',
    created: (id, title) => `Event created: ${id} — ${title}`,
    cancelled: (id) => `Event ${id} cancelled (it stays listed as cancelled).`,
    alreadyCancelled: (id) => `Event ${id} was already cancelled.`,
    columns: {
      id: 'Id',
      uid: 'UID',
      start: 'Start',
      type: 'Type',
      format: 'Format',
      status: 'Status',
      regions: 'Regions',
      organization: 'Organization',
      title: 'Title',
    },
    statuses: { scheduled: 'scheduled', cancelled: 'cancelled' },
    none: 'No event.',
    importSummary: (counts) =>
      `Import done: ${counts.created} created, ${counts.updated} updated, ` +
      `${counts.cancelled} cancelled, ${counts.unchanged} unchanged, ${counts.skipped} skipped.`,
    outcomes: {
      created: 'created',
      updated: 'updated',
      cancelled: 'cancelled',
      unchanged: 'unchanged',
      skipped: 'skipped',
    },
  },
  skip: {
    no_uid: 'no UID (it could not be found again at the next import)',
    recurring: 'recurring event (RRULE/RDATE): create each occurrence separately',
    recurrence_exception: 'change to one occurrence of a recurring event (RECURRENCE-ID)',
    no_start: 'no DTSTART',
    no_end: 'no DTEND nor DURATION',
    no_title: 'no SUMMARY (title)',
    no_region: 'no region: give --region, or a location whose municipality is recognized',
    no_municipality: (location) =>
      `no known municipality in LOCATION '${location}': give --municipality CODE`,
    ambiguous_municipality: (name) =>
      `several municipalities are named '${name}': give --region or --municipality`,
    no_url: 'online event without a URL',
    cancelled_not_imported: 'cancelled in the feed (STATUS:CANCELLED) and never imported',
    invalid: (details) => `refused by validation: ${details}`,
    duplicate_uid: 'UID repeated in the file',
  },
  requests: {
    description: 'follow up and export contact requests',
    list: 'list an organization’s requests (newest first)',
    export: 'export an organization’s requests as CSV (Excel) or JSON',
    status: 'change the status of a request (new, in_progress, closed)',
    argRef: 'reference (EER-2026-000123) or id (cr_…) of the request',
    org: 'organization (org_… or short code)',
    orgOptional: 'check that the request belongs to this organization',
    statusFilter: 'only the requests with this status',
    statusValue: 'new status',
    exportFormat: 'csv (opens in Excel) or json',
    output: 'file to write (otherwise standard output)',
    separator: 'CSV separator: ";" (French Excel, default in French) or ","',
    exported: (count, path) => `${count} request(s) exported to ${path}.`,
    statusChanged: (reference, status) => `Request ${reference}: ${status}.`,
    columns: {
      reference: 'Reference',
      id: 'Id',
      createdAt: 'Received',
      status: 'Status',
      regionCodes: 'Region codes',
      regions: 'Regions',
      municipalityCode: 'Municipality code',
      municipality: 'Municipality',
      name: 'Name',
      email: 'E-mail',
      phone: 'Phone',
      preferredLanguage: 'Language',
      message: 'Message',
      respondBy: 'Respond by',
      consentAt: 'Consent',
      privacyPolicyUrl: 'Privacy policy',
      origin: 'Origin',
      organization: 'Organization',
      updatedAt: 'Updated',
      erasedAt: 'Erased',
    },
    statuses: { new: 'new', in_progress: 'in progress', closed: 'closed' },
    none: 'No request.',
    erase: 'erase the personal information of one request now (right to erasure, Law 25)',
    purge:
      'erase the personal information of requests older than the retention period ' +
      '(CONTACT_RETENTION_DAYS, 365 days by default)',
    purgeDays: 'retention period in days (default CONTACT_RETENTION_DAYS)',
    reference: 'one request only, by its reference or id (right of access, Law 25)',
    erased: (reference) =>
      `Request ${reference}: name, e-mail, phone, message, municipality, origin and privacy policy address ` +
      'erased (pending notifications included). Reference, dates, regions, organization and status remain.',
    alreadyErased: (reference, when) => `Request ${reference} was already erased on ${when}.`,
    purged: (count, days) => `${count} request(s) older than ${days} days erased (personal information).`,
  },
  webhook: {
    description: 'organizations’ webhooks: add, list with backlog and last error, rotate, re-send',
    add: 'add a webhook: every new request of the organization is sent there (signed POST)',
    list: 'list the webhooks, with their pending and failed deliveries and their last error',
    rotate: 'change the signing secret (the old one stays valid for 24 hours: both signatures are sent)',
    deliveries: 'list notifications (e-mails and webhooks), failed ones by default',
    redeliver: 'send failed notifications again (all, one webhook’s, or a single one)',
    org: 'organization (org_… or short code)',
    url: 'https:// address that receives the POSTs (http://localhost or http://127.0.0.1 in the demo)',
    argId: 'webhook id (whk_…)',
    endpoint: 'only this webhook (whk_…)',
    delivery: 'only this notification (dlv_…)',
    status: 'only the notifications with this status',
    created: (url, organization) => `Webhook added for ${organization}: ${url}`,
    rotated: (id, until) =>
      `New secret for ${id}. The old one stays valid until ${until}: deliveries carry both signatures until then.`,
    showOnce:
      'Signing secret (shown only once; check the Eer-Signature header with the SDK’s verifyWebhook):',
    badUrl: (url) =>
      `Webhook address refused: '${url}'. It must start with https:// (the demo also accepts http://localhost ` +
      'and http://127.0.0.1), with no user name or password.',
    duplicate: (url) => `This organization already has a webhook to ${url}.`,
    unknown: (id) => `No webhook has the id '${id}'. See eer-admin webhook list.`,
    unknownDelivery: (id) => `No failed notification has the id '${id}'. See eer-admin webhook deliveries.`,
    requeued: (count) => `${count} notification(s) queued again: sent now, then retried for 24 hours.`,
    columns: {
      id: 'Id',
      organization: 'Organization',
      url: 'URL',
      pending: 'Pending',
      failed: 'Failed',
      lastError: 'Last error',
      lastDelivered: 'Last delivered',
      rotation: 'Old secret valid until',
      delivery: 'Notification',
      channel: 'Channel',
      event: 'Event',
      reference: 'Request',
      recipient: 'Recipient',
      status: 'Status',
      attempts: 'Attempts',
      next: 'Next attempt',
    },
    statuses: { pending: 'pending', delivered: 'delivered', failed: 'failed', cancelled: 'cancelled' },
    channels: { email: 'e-mail', webhook: 'webhook' },
    none: 'No webhook.',
    noDeliveries: 'No notification.',
  },
};

/**
 * The French texts are written with ordinary spaces (readable here); OQLF spacing is
 * applied once, to every string and to what every message function returns.
 */
function typeset<T>(value: T): T {
  if (typeof value === 'string') return frenchTypography(value) as T;
  if (typeof value === 'function') {
    const message = value as (...args: unknown[]) => string;
    return ((...args: unknown[]) => frenchTypography(message(...args))) as T;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typeset(item)])) as T;
  }
  return value;
}

export const MESSAGES: Record<Language, Messages> = { fr: typeset(fr), en };

/**
 * The language of a run: `--lang` when given, else the POSIX locale variables
 * in their order of precedence (LC_ALL, LC_MESSAGES, LANG): `fr*` → French,
 * `en*` → English, anything else (C, POSIX, unset) → French, the program's language.
 */
export function defaultLanguage(env: NodeJS.ProcessEnv): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'fr';
}
