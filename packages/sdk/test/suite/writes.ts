import { expect } from 'chai';
import {
  createAdminClient,
  createClient,
  isInvalidRequestError,
  isNotFoundError,
  isPreconditionFailedError,
  type EerAdminClient,
  type EventInput,
} from '../../src/index.js';
import type { ServerHandle } from '../harness.js';
import type { SuiteContext } from '../harness.js';
import { contactInput, countRequests, demoClient, rejectionOf, thrownBy } from './helpers.js';

const EVENTS = '/v1/events';

/** A valid new event; `tag` makes its title unique. */
function eventInput(tag: string): EventInput {
  return {
    title: { fr: `Séance d’information (${tag})`, en: `Information session (${tag})` },
    summary: { fr: 'S’installer en Mauricie.', en: 'Settling in Mauricie.' },
    type: 'info-session',
    format: 'online',
    start: '2027-05-06T13:30:00-04:00',
    end: '2027-05-06T15:00:00-04:00',
    regionCodes: ['04'],
    onlineUrl: 'https://emplois-en-regions.example/webinaires/mauricie',
  };
}

async function adminClient(server: ServerHandle, key = 'sk_test_promis'): Promise<EerAdminClient> {
  // Short backoffs: the retry test must not wait seconds.
  return createAdminClient({ baseUrl: await server.url(), key, retry: { limit: 2, backoffLimit: 50 } });
}

/** Events of that day whose French title contains `tag`. */
async function eventsTagged(server: ServerHandle, tag: string) {
  const client = await demoClient(server);
  const { data } = await client.events.list(
    { from: '2027-05-06', to: '2027-05-06', limit: 100 },
    { cache: false },
  );
  return data.filter((event) => event.title.fr.includes(tag));
}

export function writesSuite({ t, server }: SuiteContext): void {
  t.describe('write API (createAdminClient)', () => {
    t.afterEach(() => server.clearFaults());

    if (server.environment === 'browser') {
      t.it('a secret key is refused in a browser before any request', async () => {
        const baseUrl = await server.url();
        const { count } = await countRequests(server, {}, async () => {
          const admin = thrownBy(() => createAdminClient({ baseUrl, key: 'sk_test_promis' }));
          expect(admin).to.be.instanceOf(TypeError);
          expect(admin.message).to.match(/servers only/);
          expect(admin.message).to.match(/publishable key/);
          const client = thrownBy(() => createClient({ baseUrl, key: 'sk_test_promis' }));
          expect(client).to.be.instanceOf(TypeError);
          expect(client.message).to.match(/secret key/);
        });
        expect(count).to.equal(0);
      });
      return;
    }

    t.it('createAdminClient needs a secret key', async () => {
      const baseUrl = await server.url();
      const publishable = thrownBy(() => createAdminClient({ baseUrl, key: 'pk_test_demo' }));
      expect(publishable).to.be.instanceOf(TypeError);
      expect(publishable.message).to.match(/secret key \(sk_…\)/);
      expect(() => createAdminClient({ baseUrl } as never)).to.throw(TypeError);
    });

    t.it('events.create publishes an event with its ETag; events.get and getVersioned agree', async () => {
      const admin = await adminClient(server);
      const created = await admin.events.create(eventInput('create'));
      expect(created.event.organizationId).to.equal('org_promis');
      expect(created.event.status).to.equal('scheduled');
      expect(created.etag).to.equal(`"${created.event.id}.v1"`);
      const read = await admin.events.get(created.event.id);
      expect(read).to.deep.equal(created.event);
      const versioned = await admin.events.getVersioned(created.event.id);
      expect(versioned.etag).to.equal(created.etag);
    });

    t.it(
      'events.create retried after a dropped answer creates one event, with one Idempotency-Key',
      async () => {
        await server.addFault({ method: 'POST', path: EVENTS, kind: 'drop-after', times: 1 });
        const admin = await adminClient(server);
        const { result, count } = await countRequests(server, { method: 'POST', path: EVENTS }, () =>
          admin.events.create(eventInput('retried')),
        );
        expect(count).to.equal(2);
        const attempts = (await server.requests({ method: 'POST', path: EVENTS })).slice(-2);
        const keys = attempts.map((attempt) => attempt.headers['idempotency-key']);
        expect(keys[0]).to.be.a('string');
        expect(keys[1]).to.equal(keys[0]);
        const tagged = await eventsTagged(server, 'retried');
        expect(tagged.map((event) => event.id)).to.deep.equal([result.event.id]);
      },
    );

    t.it('refused input is reported by field and nothing is sent', async () => {
      const admin = await adminClient(server);
      const { result: error, count } = await countRequests(server, { path: EVENTS }, () =>
        rejectionOf(admin.events.create({ ...eventInput('invalid'), end: '2027-05-06T12:00:00-04:00' })),
      );
      expect(isInvalidRequestError(error)).to.equal(true);
      expect(error.kind).to.equal('validation');
      expect(error.fieldErrors.map((f: { field: string }) => f.field)).to.include('end');
      expect(count).to.equal(0);
    });

    t.it('events.update carries the ETag; a stale one is a PreconditionFailedError', async () => {
      const admin = await adminClient(server);
      const created = await admin.events.create(eventInput('update'));
      const updated = await admin.events.update(created, { regionCodes: ['04', '17'] });
      expect(updated.event.regionCodes).to.deep.equal(['04', '17']);
      expect(updated.etag).to.equal(`"${created.event.id}.v2"`);

      const { result: stale, count } = await countRequests(server, { method: 'PATCH' }, () =>
        rejectionOf(admin.events.update(created, { regionCodes: ['17'] })),
      );
      expect(isPreconditionFailedError(stale)).to.equal(true);
      expect(stale.status).to.equal(412);
      expect(stale.code).to.equal('precondition_failed');
      expect(count).to.equal(1, 'a 412 is never retried');

      const byId = await admin.events.update(
        created.event.id,
        { languages: ['fr', 'en'] },
        { ifMatch: updated.etag },
      );
      expect(byId.event.languages).to.deep.equal(['fr', 'en']);

      const { result: missing, count: sent } = await countRequests(server, { method: 'PATCH' }, () =>
        rejectionOf(admin.events.update(created.event.id, { languages: ['en'] })),
      );
      expect(isInvalidRequestError(missing)).to.equal(true);
      expect(missing.fieldErrors[0].field).to.equal('ifMatch');
      expect(sent).to.equal(0);
    });

    t.it('events.cancel keeps the event, cancelled; another organization gets NotFoundError', async () => {
      const admin = await adminClient(server);
      const created = await admin.events.create(eventInput('cancel'));
      const other = await adminClient(server, 'sk_test_carrefour-bsl');
      const hidden = await rejectionOf(other.events.cancel(created.event.id));
      expect(isNotFoundError(hidden)).to.equal(true);

      const cancelled = await admin.events.cancel(created);
      expect(cancelled.event.status).to.equal('cancelled');
      const again = await admin.events.cancel(cancelled.event.id);
      expect(again.etag).to.equal(cancelled.etag);
      const [listed] = await eventsTagged(server, 'cancel');
      expect(listed?.status).to.equal('cancelled');
    });

    t.it('contactRequests.list({ status }) and contactRequests.update follow a request up', async () => {
      const visitor = await demoClient(server);
      const receipt = await visitor.contactRequests.create({
        ...contactInput('follow-up'),
        regionCodes: ['01'],
      });
      const slug = receipt.organization.id.replace(/^org_/, '');
      const admin = await adminClient(server, `sk_test_${slug}`);

      const fresh = await admin.contactRequests.list({ status: 'new', limit: 100 });
      const request = fresh.data.find((item) => item.reference === receipt.reference);
      expect(request?.status).to.equal('new');

      const updated = await admin.contactRequests.update(request!.id, { status: 'in_progress' });
      expect(updated.status).to.equal('in_progress');
      const inProgress = await admin.contactRequests.list(
        { status: 'in_progress', limit: 100 },
        { cache: false },
      );
      expect(inProgress.data.map((item) => item.id)).to.include(request!.id);
      expect(inProgress.data.every((item) => item.status === 'in_progress')).to.equal(true);

      const refused = await rejectionOf(
        admin.contactRequests.update(request!.id, { status: 'done' as never }),
      );
      expect(isInvalidRequestError(refused)).to.equal(true);
      expect(refused.kind).to.equal('validation');
    });
  });
}
