import { expect } from 'chai';
import { isInvalidRequestError, isValidationError, type ContactRequestInput } from '../../src/index.js';
import type { SuiteContext } from '../harness.js';
import { contactInput, countRequests, demoClient, rejectionOf } from './helpers.js';

const CONTACT = '/v1/contact-requests';

export function validationSuite({ t, server }: SuiteContext): void {
  t.describe('validation', () => {
    t.afterEach(() => server.clearFaults());

    t.it('an answer that breaks the schema rejects with a ValidationError naming the field', async () => {
      await server.addFault({ method: 'GET', path: '/v1/regions', kind: 'malformed', body: 'wrong-shape' });
      const client = await demoClient(server);
      const error = await rejectionOf(client.regions.list({ cache: false }));
      expect(isValidationError(error)).to.equal(true);
      expect(error.kind).to.equal('validation');
      expect(error.status).to.equal(200);
      expect(error.fieldErrors.map((fieldError: { field: string }) => fieldError.field)).to.include(
        'data.0.code',
      );
      expect(error.message).to.contain('data.0.code');
    });

    t.it('an answer that is not JSON rejects with a ValidationError', async () => {
      await server.addFault({ method: 'GET', path: '/v1/regions', kind: 'malformed', body: 'invalid-json' });
      const client = await demoClient(server);
      const error = await rejectionOf(client.regions.list({ cache: false }));
      expect(isValidationError(error)).to.equal(true);
      expect(error.message).to.contain('(body)');
    });

    t.it("validate: 'off' trusts the answer", async () => {
      await server.addFault({ method: 'GET', path: '/v1/regions', kind: 'malformed', body: 'wrong-shape' });
      const client = await demoClient(server, { validate: 'off' });
      const { data } = await client.regions.list({ cache: false });
      expect(data[0]?.code).to.equal(42);
    });

    t.it('unknown fields from a newer API are accepted and kept', async () => {
      const client = await demoClient(server);
      const { attribution } = await client.regions.list();
      const newer = JSON.stringify({ data: [], nextCursor: null, attribution, addedLater: { x: 1 } });
      await server.addFault({ method: 'GET', path: '/v1/regions', kind: 'malformed', body: newer });
      const page = await client.regions.list({ cache: false });
      expect(page.data).to.deep.equal([]);
      expect((page as unknown as { addedLater: unknown }).addedLater).to.deep.equal({ x: 1 });
    });

    t.it('field errors of a 422 reach the caller typed, with the request id', async () => {
      const client = await demoClient(server);
      const body = { ...contactInput('422'), email: 'pas-un-courriel', regionCodes: ['06'] };
      const error = await rejectionOf(
        client.core.request({
          method: 'POST',
          path: 'contact-requests',
          body,
          idempotencyKey: 'test-422-key',
        }),
      );
      expect(isInvalidRequestError(error)).to.equal(true);
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(422);
      expect(error.code).to.equal('invalid_body');
      expect(error.requestId).to.be.a('string').with.length.greaterThan(0);
      const fields = error.fieldErrors.map((fieldError: { field: string }) => fieldError.field);
      expect(fields).to.include.members(['email', 'regionCodes.0']);
    });

    t.it('refused input is reported in French without any request', async () => {
      const client = await demoClient(server);
      const input: ContactRequestInput = {
        ...contactInput('fr'),
        email: 'ana@',
        consent: undefined as never,
      };
      const { result: error, count } = await countRequests(server, { path: CONTACT }, () =>
        rejectionOf(client.contactRequests.create(input)),
      );
      expect(count).to.equal(0);
      expect(isInvalidRequestError(error)).to.equal(true);
      expect(error.kind).to.equal('validation');
      expect(error.code).to.equal('invalid_body');
      expect(error.status).to.equal(undefined);
      const byField = Object.fromEntries(
        error.fieldErrors.map((e: { field: string; message: string }) => [e.field, e]),
      );
      expect(byField.email.message).to.equal(
        'Entrez une adresse courriel valide, par exemple nom@exemple.ca.',
      );
      expect(byField.consent.code).to.equal('consent_required');
      // One language in the whole message: the field errors in French, and no English around them.
      expect(error.message).to.contain(`email\u00a0: ${byField.email.message}`);
      expect(error.message).to.not.match(/Invalid input|nothing was sent/);
    });

    t.it('refused input is reported in English with lang: en', async () => {
      const client = await demoClient(server, { lang: 'en' });
      const input = {
        ...contactInput('en'),
        regionCodes: ['13'] as unknown as ContactRequestInput['regionCodes'],
        message: 'Hi',
      };
      const { result: error, count } = await countRequests(server, { path: CONTACT }, () =>
        rejectionOf(client.contactRequests.create(input)),
      );
      expect(count).to.equal(0);
      const messages = Object.fromEntries(
        error.fieldErrors.map((e: { field: string; message: string }) => [e.field, e.message]),
      );
      expect(messages['regionCodes.0']).to.match(/^The program does not serve this region/);
      expect(messages['message']).to.equal('Enter at least 10 characters.');
      expect(error.message).to.contain(`message: ${messages['message']}`);
    });

    t.it('a refused query or idempotency key sends nothing', async () => {
      const client = await demoClient(server);
      const { result: errors, count } = await countRequests(server, {}, () =>
        Promise.all([
          rejectionOf(client.events.list({ region: '99' })),
          rejectionOf(client.municipalities.list({ limit: 500 })),
          rejectionOf(client.contactRequests.create(contactInput('key'), { idempotencyKey: 'short' })),
        ]),
      );
      expect(count).to.equal(0);
      expect(errors.map((error) => error.fieldErrors[0].field)).to.deep.equal([
        'region',
        'limit',
        'idempotencyKey',
      ]);
      expect(errors.map((error) => error.code)).to.deep.equal([
        'invalid_query',
        'invalid_query',
        'idempotency_key_invalid',
      ]);
    });
  });
}
