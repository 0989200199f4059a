import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  AdvisorList,
  MrcList,
  MunicipalityList,
  OrganizationList,
  Region,
  RegionList,
  type Municipality,
} from '@emplois-en-regions/schemas';
import { ApiIndex } from '../src/schemas.js';
import { allPages, assertProblem, assertSchema, request, useTestServer } from './helpers.js';

const server = useTestServer();

describe('GET /v1', () => {
  test('links to every resource with absolute URLs and carries the attribution', async () => {
    const res = await request(`${server().url}/v1`);
    assert.equal(res.status, 200);
    assertSchema(ApiIndex, res.body);
    assert.equal(res.body.links.regions, `${server().url}/v1/regions`);
    assert.equal(res.body.links.openapi, `${server().url}/v1/openapi.json`);
    assert.equal(res.body.links.reference, `${server().url}/docs/api`);
    assert.ok(res.body.attribution.licence);
  });
});

describe('regions', () => {
  test('lists the 17 regions, 15 of them served, with the attribution', async () => {
    const res = await request(`${server().url}/v1/regions`);
    assert.equal(res.status, 200);
    assertSchema(RegionList, res.body);
    assert.equal(res.body.data.length, 17);
    assert.deepEqual(
      res.body.data.map((region: Region) => region.code),
      Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    assert.equal(res.body.data.filter((region: Region) => region.served).length, 15);
    const unserved = res.body.data.filter((region: Region) => !region.served).map((r: Region) => r.code);
    assert.deepEqual(unserved, ['06', '13']);
    const outsideCmm = res.body.data
      .filter((r: Region) => r.serviceArea === 'outside-cmm')
      .map((r: Region) => r.code);
    assert.deepEqual(outsideCmm, ['14', '15', '16']);
    assert.equal(res.body.nextCursor, null);
    assert.ok(res.body.attribution.text.fr);
  });

  test('GET /v1/regions/{code} returns one region', async () => {
    const res = await request(`${server().url}/v1/regions/04`);
    assert.equal(res.status, 200);
    assertSchema(Region, res.body);
    assert.equal(res.body.code, '04');
    assert.equal(res.body.name.fr, 'Mauricie');
  });

  for (const code of ['18', '00', '6', '1a', 'abc', '001']) {
    test(`a malformed region code "${code}" is 400 naming code`, async () => {
      const res = await request(`${server().url}/v1/regions/${code}`);
      assertProblem(res, 400, 'invalid_query', 'code');
    });
  }

  test('unknown query parameters are refused by name', async () => {
    const res = await request(`${server().url}/v1/regions?region=04`);
    assertProblem(res, 400, 'invalid_query', 'region');
  });
});

describe('MRCs', () => {
  test('lists the 104 MRCs and equivalent territories', async () => {
    const res = await request(`${server().url}/v1/mrcs`);
    assert.equal(res.status, 200);
    assertSchema(MrcList, res.body);
    assert.equal(res.body.data.length, 104);
    assert.ok(res.body.attribution);
  });

  test('filters by region', async () => {
    const res = await request(`${server().url}/v1/mrcs?region=04`);
    assert.equal(res.status, 200);
    assert.ok(res.body.data.length > 0);
    assert.ok(res.body.data.every((mrc: { regionCode: string }) => mrc.regionCode === '04'));
    const all = await request(`${server().url}/v1/mrcs`);
    const perRegion = await Promise.all(
      Array.from({ length: 17 }, (_, i) =>
        request(`${server().url}/v1/mrcs?region=${String(i + 1).padStart(2, '0')}`).then(
          (r) => r.body.data.length,
        ),
      ),
    );
    assert.equal(
      perRegion.reduce((a, b) => a + b, 0),
      all.body.data.length,
    );
  });

  test('a bad region filter is 400 naming region', async () => {
    assertProblem(await request(`${server().url}/v1/mrcs?region=18`), 400, 'invalid_query', 'region');
  });
});

describe('municipalities', () => {
  test('pages through all 1,281 municipal entities; 82 are in the CMM', async () => {
    const all = await allPages<Municipality>(`${server().url}/v1/municipalities?limit=100`);
    assert.equal(all.length, 1281);
    assert.equal(new Set(all.map((m) => m.code)).size, 1281, 'no entity twice across pages');
    assert.equal(all.filter((m) => m.cmm).length, 82);
    assert.equal(all.filter((m) => m.kind === 'local_municipality').length, 1122);
  });

  test('default page size is 20, with a cursor to the next page', async () => {
    const res = await request(`${server().url}/v1/municipalities`);
    assert.equal(res.status, 200);
    assertSchema(MunicipalityList, res.body);
    assert.equal(res.body.data.length, 20);
    assert.equal(typeof res.body.nextCursor, 'string');
  });

  test('"montreal" finds Montréal first', async () => {
    const res = await request(`${server().url}/v1/municipalities?q=montreal`);
    assert.equal(res.status, 200);
    assert.equal(res.body.data[0].name, 'Montréal');
  });

  test('"riviere du loup" finds Rivière-du-Loup first', async () => {
    const res = await request(`${server().url}/v1/municipalities?q=${encodeURIComponent('riviere du loup')}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.data[0].name, 'Rivière-du-Loup');
  });

  test('"st-jean" finds Saint-Jean-… municipalities', async () => {
    const res = await request(`${server().url}/v1/municipalities?q=st-jean&limit=10`);
    assert.equal(res.status, 200);
    assert.ok(res.body.data.length >= 3);
    for (const municipality of res.body.data.slice(0, 3)) {
      assert.match(municipality.name, /^Saint-Jean/);
    }
  });

  test('case and accents do not matter', async () => {
    const a = await request(`${server().url}/v1/municipalities?q=${encodeURIComponent('TROIS-RIVIÈRES')}`);
    const b = await request(`${server().url}/v1/municipalities?q=trois rivieres`);
    assert.equal(a.body.data[0].name, 'Trois-Rivières');
    assert.equal(b.body.data[0].name, 'Trois-Rivières');
  });

  test('filters by region and MRC', async () => {
    const byRegion = await allPages<Municipality>(`${server().url}/v1/municipalities?region=13&limit=100`);
    assert.ok(byRegion.length >= 1);
    assert.ok(byRegion.every((m) => m.regionCode === '13'));
    const mrcCode = byRegion[0]!.mrcCode!;
    const byMrc = await request(`${server().url}/v1/municipalities?mrc=${mrcCode}&limit=100`);
    // Not vacuous: the municipality the MRC was taken from must be in its list.
    assert.ok(byMrc.body.data.some((m: Municipality) => m.code === byRegion[0]!.code));
    assert.ok(byMrc.body.data.every((m: Municipality) => m.mrcCode === mrcCode));
  });

  test('an unknown cursor is 400 naming cursor', async () => {
    const res = await request(`${server().url}/v1/municipalities?cursor=not-a-real-cursor`);
    assertProblem(res, 400, 'invalid_query', 'cursor');
  });
});

describe('organizations and advisors', () => {
  test('lists the organizations', async () => {
    const res = await request(`${server().url}/v1/organizations`);
    assert.equal(res.status, 200);
    assertSchema(OrganizationList, res.body);
    const ids = res.body.data.map((o: { id: string }) => o.id);
    assert.ok(ids.includes('org_promis'));
  });

  test('lists advisors of a region without personal e-mail or phone', async () => {
    const res = await request(`${server().url}/v1/advisors?region=04`);
    assert.equal(res.status, 200);
    assertSchema(AdvisorList, res.body);
    assert.ok(res.body.data.length > 0);
    for (const advisor of res.body.data) {
      assert.ok(advisor.regionCodes.includes('04'));
      assert.equal('email' in advisor, false);
      assert.equal('phone' in advisor, false);
    }
    assert.doesNotMatch(res.text, /@[a-z0-9-]+\.[a-z]/i, 'no e-mail address anywhere');
  });

  test('a bad region filter is 400 naming region', async () => {
    assertProblem(await request(`${server().url}/v1/advisors?region=99`), 400, 'invalid_query', 'region');
  });
});
