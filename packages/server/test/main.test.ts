/**
 * `eer-server` itself (src/main.ts) as an operator starts it: a database of the other
 * mode is refused in the operator's language, naming the variable to change.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/index.js';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'eer-main-'));
after(() => rmSync(folder, { recursive: true, force: true }));

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', main], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', EER_LOG: 'off', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('eer-server start-up', () => {
  test('production refuses a demo database, in French or English, and exits 1', async () => {
    const path = join(folder, 'demo.db');
    await (await openStore({ path, mode: 'demo' })).close();
    const french = start({ DATABASE_PATH: path, LANG: 'fr_CA.UTF-8' });
    assert.equal(french.status, 1, french.stderr);
    assert.match(french.stderr, /est une base de démonstration .*EER_DEMO=1/s);
    assert.match(french.stderr, /DATABASE_PATH/);
    const english = start({ DATABASE_PATH: path, LANG: 'en_CA.UTF-8' });
    assert.equal(english.status, 1, english.stderr);
    assert.match(english.stderr, /is a demo database .*production mode refuses it/s);
    assert.doesNotMatch(english.stderr, /\n\s+at /, 'no stack trace');
  });
});

describe('eer-server configuration', () => {
  test('a refused variable is named in French by default, in English with LANG=en, without a stack trace', () => {
    const cases = [
      [
        { PORT: 'huit' },
        /PORT doit être un nombre entier de 0 à 65535 \(reçu «\u00a0huit\u00a0»\)/,
        /PORT must be an integer/,
      ],
      [
        { DATABASE_URL: 'mysql://db.example/eer' },
        /DATABASE_URL doit commencer par postgres:\/\/ .*indiquez plutôt DATABASE_PATH/,
        /DATABASE_URL must start with postgres:\/\//,
      ],
      [
        { SMTP_URL: 'smtp://mail.example:587', MAIL_FROM: 'no-reply@eer.example' },
        /SMTP_URL\u00a0: le chiffrement du courrier vers mail\.example ne serait pas exigé.*«\u00a0\?requireTLS=true\u00a0»/,
        /SMTP_URL: mail to mail\.example would not be required to be encrypted/,
      ],
      [{ EER_LOG: 'quiet' }, /EER_LOG doit valoir true ou false/, /EER_LOG must be true or false/],
      [
        { DATABASE_URL: 'postgres://localhost/eer?sslmode=strict' },
        /sslmode doit valoir l’une de ces valeurs\u00a0: disable, prefer, require, verify-ca, verify-full, no-verify \(reçu «\u00a0strict\u00a0»\)/,
        /sslmode must be one of disable, prefer/,
      ],
    ] as const;
    for (const [env, french, english] of cases) {
      const inFrench = start({ ...env, DATABASE_PATH: ':memory:' });
      assert.equal(inFrench.status, 1, inFrench.stderr);
      assert.match(inFrench.stderr, /^eer-server: /);
      assert.match(inFrench.stderr, french);
      assert.doesNotMatch(inFrench.stderr, /\n\s+at /, 'no stack trace');
      const inEnglish = start({ ...env, DATABASE_PATH: ':memory:', LANG: 'en_CA.UTF-8' });
      assert.equal(inEnglish.status, 1, inEnglish.stderr);
      assert.match(inEnglish.stderr, english);
    }
  });
});

describe('the demo mail catcher', () => {
  test('prints each e-mail with a header in the operator’s language', async () => {
    const { consoleMailer } = await import('../src/notifications/mailer.js');
    const message = {
      to: 'accueil@mrc.example',
      replyTo: 'amelie@example.org',
      subject: 'EER-2026-000123',
      text: 'Bonjour\n',
      html: '<p>Bonjour</p>',
    };
    for (const [lang, header] of [
      ['fr', /^✉ \[démo\] courriel pour accueil@mrc\.example — «\u00a0EER-2026-000123\u00a0» \(non envoyé/],
      ['en', /^✉ \[demo\] e-mail to accueil@mrc\.example — “EER-2026-000123” \(not sent: no SMTP_URL\)/],
    ] as const) {
      const lines: string[] = [];
      await consoleMailer((text) => lines.push(text), lang).send(message);
      assert.equal(lines.length, 1);
      assert.match(lines[0]!, header);
      assert.match(lines[0]!, /\n {2}│ Bonjour$/);
    }
  });
});
