import type { ContactRequest, Language } from '@emplois-en-regions/schemas';
import { NBSP } from '../data/typography.js';
import { TORONTO } from '../time/toronto.js';

/** An e-mail to an organization about a new contact request: what the mailer sends. */
export interface EmailMessage {
  to: string;
  /** The visitor's address, so that « Répondre » writes to them. */
  replyTo: string;
  subject: string;
  text: string;
  html: string;
}

const TEXTS = {
  fr: {
    subject: (reference: string) => `Nouvelle demande de contact ${reference}`,
    intro: (organization: string) =>
      `Une personne souhaite être accompagnée par ${organization} dans son projet d’installation en région.`,
    promise: (date: string) => `Elle a été informée qu’une personne-conseil lui répondrait d’ici le ${date}.`,
    reference: 'Référence',
    received: 'Reçue le',
    name: 'Nom',
    email: 'Courriel',
    phone: 'Téléphone',
    notGiven: 'non fourni',
    regions: 'Régions',
    language: 'Langue de réponse souhaitée',
    languages: { fr: 'français', en: 'anglais' },
    message: 'Message',
    footer:
      'Message automatique d’Emplois en régions. Répondez directement à la personne, à son adresse ci-dessus.',
    colon: `${NBSP}:`,
  },
  en: {
    subject: (reference: string) => `New contact request ${reference}`,
    intro: (organization: string) =>
      `Someone would like ${organization} to help them settle in one of Québec’s regions.`,
    promise: (date: string) => `They were told an advisor would answer by ${date}.`,
    reference: 'Reference',
    received: 'Received',
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    notGiven: 'not given',
    regions: 'Regions',
    language: 'Preferred language for the answer',
    languages: { fr: 'French', en: 'English' },
    message: 'Message',
    footer: 'Automatic message from Emplois en régions. Answer the person directly, at their address above.',
    colon: ':',
  },
} as const;

const LOCALES = { fr: 'fr-CA', en: 'en-CA' } as const;

/** Every character HTML gives a meaning to, so no submitted text can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

function formatDay(isoDate: string, lang: Language): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

function formatInstant(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TORONTO,
  }).format(new Date(iso));
}

/**
 * The message about one request, in the organization's language: only what an
 * advisor needs to answer (name, e-mail, phone, regions, language, message, the
 * promised date) — no origin page, no privacy URL, no identifiers beyond the
 * reference; no links or images, so nothing can track its reading.
 */
export function contactRequestEmail(
  request: ContactRequest,
  to: string,
  lang: Language,
  regionName: (code: string) => string,
): EmailMessage {
  const t = TEXTS[lang];
  const respondBy = formatDay(request.respondBy, lang);
  const fields: [string, string][] = [
    [t.reference, request.reference],
    [t.received, formatInstant(request.createdAt, lang)],
    [t.name, request.name],
    [t.email, request.email],
    [t.phone, request.phone ?? t.notGiven],
    [t.regions, request.regionCodes.map(regionName).join(', ')],
    [t.language, t.languages[request.preferredLanguage]],
  ];
  const intro = t.intro(request.organization.name);
  const promise = t.promise(respondBy);
  const text = [
    intro,
    promise,
    '',
    ...fields.map(([label, value]) => `${label}${t.colon} ${value}`),
    '',
    `${t.message}${t.colon}`,
    request.message,
    '',
    '—',
    t.footer,
    '',
  ].join('\n');
  const rows = fields
    .map(
      ([label, value]) =>
        `<tr><th scope="row" align="left" style="padding:2px 12px 2px 0">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(t.subject(request.reference))}</title></head>
<body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(intro)}</p>
<p><strong>${escapeHtml(promise)}</strong></p>
<table>
${rows}
</table>
<h2 style="font-size:1em">${escapeHtml(t.message)}</h2>
<p style="white-space:pre-wrap">${escapeHtml(request.message)}</p>
<hr>
<p style="color:#555">${escapeHtml(t.footer)}</p>
</body></html>
`;
  return { to, replyTo: request.email, subject: t.subject(request.reference), text, html };
}
