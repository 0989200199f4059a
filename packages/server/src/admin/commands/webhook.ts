import { Option } from 'commander';
import type { FieldError } from '@emplois-en-regions/schemas';
import {
  addWebhook,
  failedDeliveries,
  listWebhooks,
  redeliver,
  rotateWebhookSecret,
  validateWebhookUrl,
} from '../../operations/webhooks.js';
import type { DeliveryInfo, DeliveryStatus, WebhookEndpointInfo } from '../../store/types.js';
import { formatInstant, printJson, printLines, printList, type Column } from '../output.js';
import { attempt, organizationIdOf, organizationOf, type CommandGroup } from './shared.js';

const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['failed', 'pending', 'delivered', 'cancelled'];

/** An endpoint as eer-admin lists it (`--json`): never its secret. */
function endpointListing(endpoint: WebhookEndpointInfo) {
  return {
    id: endpoint.id,
    organization: endpoint.organizationId,
    url: endpoint.url,
    createdAt: endpoint.createdAt,
    rotatedAt: endpoint.rotatedAt,
    previousSecretExpiresAt: endpoint.previousSecretExpiresAt,
    backlog: endpoint.backlog,
    lastError: endpoint.lastError,
    lastDeliveredAt: endpoint.lastDeliveredAt,
  };
}

export const webhookCommands: CommandGroup = (program, context) => {
  const m = context.messages.webhook;
  const group = program.command('webhook').description(m.description);

  group
    .command('add')
    .description(m.add)
    .requiredOption('--org <organization>', m.org)
    .requiredOption('--url <url>', m.url)
    .action(async (options: { org: string; url: string }) => {
      const organization = await organizationOf(context, options.org);
      // The operation's refusals of the URL: the one typed when malformed, as stored when already there.
      const reword = ({ field, code }: FieldError) => {
        if (field !== 'url') return undefined;
        if (code !== 'already_exists') return m.badUrl(options.url);
        return m.duplicate(validateWebhookUrl(options.url, context.store().mode));
      };
      const { endpoint, secret } = await attempt(
        context,
        { source: 'webhook add', reword },
        async () =>
          await addWebhook(
            context.store(),
            { organization: organization.id, url: options.url },
            context.now(),
          ),
      );
      if (context.json) {
        printJson(context, {
          id: endpoint.id,
          secret,
          url: endpoint.url,
          organization: endpoint.organizationId,
        });
        return;
      }
      printLines(
        context,
        m.created(endpoint.url, `${organization.names[context.lang]} (${organization.id})`),
        context.messages.field(m.columns.id, endpoint.id),
        '',
        m.showOnce,
        `  ${secret}`,
      );
    });

  group
    .command('list')
    .description(m.list)
    .option('--org <organization>', m.org)
    .action(async (options: { org?: string }) => {
      const endpoints = await listWebhooks(context.store(), await organizationIdOf(context, options.org));
      const columns: Column<WebhookEndpointInfo>[] = [
        { header: m.columns.id, value: (e) => e.id },
        { header: m.columns.organization, value: (e) => e.organizationId },
        { header: m.columns.url, value: (e) => e.url, max: 50 },
        { header: m.columns.pending, value: (e) => String(e.backlog.pending) },
        { header: m.columns.failed, value: (e) => String(e.backlog.failed) },
        {
          header: m.columns.lastError,
          value: (e) =>
            e.lastError ? `${formatInstant(e.lastError.at, context.lang)} ${e.lastError.message}` : null,
          max: 60,
        },
        { header: m.columns.lastDelivered, value: (e) => formatInstant(e.lastDeliveredAt, context.lang) },
        { header: m.columns.rotation, value: (e) => formatInstant(e.previousSecretExpiresAt, context.lang) },
      ];
      printList(context, endpoints, columns, m.none, endpointListing);
    });

  group
    .command('rotate')
    .description(m.rotate)
    .argument('<id>', m.argId)
    .action(async (id: string) => {
      const { endpoint, secret } = await attempt(
        context,
        { source: 'webhook rotate', notFound: m.unknown(id) },
        async () => await rotateWebhookSecret(context.store(), id.trim(), context.now()),
      );
      if (context.json) {
        printJson(context, { ...endpointListing(endpoint), secret });
        return;
      }
      printLines(
        context,
        m.rotated(endpoint.id, formatInstant(endpoint.previousSecretExpiresAt, context.lang) ?? ''),
        '',
        m.showOnce,
        `  ${secret}`,
      );
    });

  group
    .command('deliveries')
    .description(m.deliveries)
    .option('--endpoint <id>', m.endpoint)
    .addOption(new Option('--status <status>', m.status).choices(DELIVERY_STATUSES).default('failed'))
    .action(async (options: { endpoint?: string; status: DeliveryStatus }) => {
      const deliveries = await attempt(
        context,
        { source: 'webhook deliveries', notFound: m.unknown(options.endpoint ?? '') },
        async () =>
          options.status === 'failed'
            ? await failedDeliveries(context.store(), options.endpoint)
            : context
                .store()
                .deliveries({ endpointId: options.endpoint, status: options.status, limit: 1000 }),
      );
      const columns: Column<DeliveryInfo>[] = [
        { header: m.columns.delivery, value: (d) => d.id },
        { header: m.columns.reference, value: (d) => d.reference },
        { header: m.columns.event, value: (d) => d.eventType },
        { header: m.columns.channel, value: (d) => m.channels[d.channel] ?? d.channel },
        { header: m.columns.recipient, value: (d) => d.recipient, max: 40 },
        { header: m.columns.status, value: (d) => m.statuses[d.status] ?? d.status },
        { header: m.columns.attempts, value: (d) => String(d.attempts) },
        { header: m.columns.next, value: (d) => formatInstant(d.nextAttemptAt, context.lang) },
        { header: m.columns.lastError, value: (d) => d.lastError, max: 60 },
      ];
      printList(context, deliveries, columns, m.noDeliveries, (d) => d);
    });

  group
    .command('redeliver')
    .description(m.redeliver)
    .option('--endpoint <id>', m.endpoint)
    .option('--delivery <id>', m.delivery)
    .action(async (options: { endpoint?: string; delivery?: string }) => {
      const notFound =
        options.delivery !== undefined
          ? m.unknownDelivery(options.delivery)
          : m.unknown(options.endpoint ?? '');
      const count = await attempt(
        context,
        { source: 'webhook redeliver', notFound },
        async () =>
          await redeliver(
            context.store(),
            { delivery: options.delivery, endpoint: options.endpoint },
            context.now(),
          ),
      );
      if (context.json) printJson(context, { requeued: count });
      else printLines(context, m.requeued(count));
    });
};
