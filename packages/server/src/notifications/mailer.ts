import { createTransport } from 'nodemailer';
import { NBSP } from '../data/typography.js';
import type { EmailMessage } from './email-message.js';

/** Sends the e-mails of the outbox. */
export interface Mailer {
  /** Where the messages go, for the start-up lines (never a password). */
  readonly description: string;
  /** Resolves once the server accepted the message; rejects otherwise (the worker retries). */
  send(message: EmailMessage): Promise<void>;
  close(): void;
}

/** `smtp://user:pass@host:587` → `smtp://host:587` (what may be printed). */
export function describeSmtpUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.host}`;
}

/**
 * SMTP through nodemailer (`SMTP_URL`, `MAIL_FROM`). A few pooled connections;
 * messages carry only what is given (no file or URL content is ever fetched into
 * them) and an `Auto-Submitted` header so that auto-replies are not sent back.
 */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 3,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    description: `SMTP ${describeSmtpUrl(smtpUrl)}`,
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        replyTo: message.replyTo,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: { 'Auto-Submitted': 'auto-generated' },
        disableFileAccess: true,
        disableUrlAccess: true,
      });
    },
    close: () => transport.close(),
  };
}

/**
 * The demo's mail catcher: without SMTP_URL, `pnpm start` prints each message on its
 * output instead of sending it, so the demo shows what an advisor would receive.
 */
export function consoleMailer(write: (text: string) => void, lang: 'fr' | 'en' = 'fr'): Mailer {
  return {
    // main.ts says, in the operator's language, that these messages are printed, not sent.
    description: 'console',
    send(message) {
      write(
        [
          lang === 'fr'
            ? `✉ [démo] courriel pour ${message.to} — «${NBSP}${message.subject}${NBSP}» (non envoyé${NBSP}: SMTP_URL absent)`
            : `✉ [demo] e-mail to ${message.to} — “${message.subject}” (not sent: no SMTP_URL)`,
          ...message.text
            .trimEnd()
            .split('\n')
            .map((line) => `  │ ${line}`),
        ].join('\n'),
      );
      return Promise.resolve();
    },
    close: () => {},
  };
}
