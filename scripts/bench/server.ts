// The server `pnpm bench` measures, in its own process: the real app with the
// site mounts of `pnpm start` (CDN bundle, examples), no request log and — for
// this benchmark only — no contact-request rate limit, so that durable writes
// can be measured. Started by scripts/bench/server-process.ts:
//   node --conditions=source --import tsx scripts/bench/server.ts <databasePath | postgres://…>
// (with a PostgreSQL URL, WEBHOOK_KEY_FILE names the key file every process shares)
// prints one JSON line `{ "url": … }` once it listens; SIGTERM closes it (and its database).
import { join } from 'node:path';
import { siteMounts, startServer } from '@emplois-en-regions/server';

const root = new URL('../../', import.meta.url).pathname;
const databasePath = process.argv[2];
if (!databasePath) {
  console.error('usage: scripts/bench/server.ts <databasePath>');
  process.exit(2);
}

const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  rateLimit: false,
  logger: false,
  ...(/^postgres(ql)?:\/\//.test(databasePath)
    ? {
        database: {
          url: databasePath,
          poolSize: 10,
          statementTimeoutMs: 10_000,
          webhookKeyFile: process.env.WEBHOOK_KEY_FILE ?? join(root, 'data/bench.webhook-key'),
        },
      }
    : { databasePath }),
  staticMounts: siteMounts({
    cdnDir: join(root, 'packages/widgets/cdn'),
    examplesDir: join(root, 'examples'),
  }),
});
// The demo key accepts http://127.0.0.1:* pages; `url` says localhost, which resolves the same.
console.log(JSON.stringify({ url: `http://127.0.0.1:${server.port}` }));

let closing = false;
process.on('SIGTERM', () => {
  if (closing) return;
  closing = true;
  void server.close().then(() => process.exit(0));
});
