// The in-memory municipality search ranks exactly as SQL over the table would:
// the previous implementation, kept here as the oracle, on thousands of queries.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openStore } from '../src/index.js';
import { searchForms } from '../src/store/normalize.js';
import type { Store } from '../src/store/types.js';

const ORACLE_SQL = `
  SELECT code FROM (
    SELECT m.*, CASE
        WHEN @folded = '' THEN 0
        WHEN m.code = @code OR m.search_name = @folded OR m.search_name = @expanded THEN 0
        WHEN substr(m.search_name, 1, length(@folded)) = @folded
          OR substr(m.search_name, 1, length(@expanded)) = @expanded THEN 1
        WHEN instr(' ' || m.search_name, ' ' || @folded) > 0
          OR instr(' ' || m.search_name, ' ' || @expanded) > 0 THEN 2
        WHEN instr(m.search_name, @folded) > 0 OR instr(m.search_name, @expanded) > 0 THEN 3
      END AS rank
    FROM municipalities m
    WHERE (@region IS NULL OR m.region_code = @region)
  )
  WHERE rank IS NOT NULL
  ORDER BY rank, name_order`;

describe('municipality search in memory', () => {
  let dir: string;
  let store: Store;
  let db: Database.Database;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eer-search-'));
    store = await openStore({ path: join(dir, 'db.sqlite') });
    db = new Database(join(dir, 'db.sqlite'), { readonly: true });
  });

  after(async () => {
    db.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Every page of the store's answer, followed by its cursors. */
  async function allCodes(q: string, region?: string): Promise<string[]> {
    const codes: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.searchMunicipalities({ q, region, limit: 37, cursor });
      codes.push(...page.data.map((m) => m.code));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return codes;
  }

  it('gives the same matches in the same order as the SQL ranking, across pages', async () => {
    const names = db.prepare('SELECT name, code FROM municipalities').all() as {
      name: string;
      code: string;
    }[];
    const queries = new Set([
      '',
      'st',
      'ste',
      'st-jean',
      'saint',
      'lac',
      'riviere du loup',
      "l'isle",
      'zzz',
      'a',
    ]);
    for (const { name, code } of names) {
      queries.add(name.slice(0, 3));
      queries.add(name.slice(1, 5));
      queries.add(name.split(/[\s-]/).at(-1) ?? name);
      queries.add(code);
    }
    const oracle = db.prepare(ORACLE_SQL).pluck();
    let compared = 0;
    for (const q of queries) {
      const { folded, expanded } = searchForms(q);
      const code = /^\d{5}$/.test(folded) ? folded : null;
      for (const region of [undefined, '05']) {
        const expected = oracle.all({ folded, expanded, code, region: region ?? null }) as string[];
        assert.deepEqual(
          await allCodes(q, region),
          expected,
          `q=${JSON.stringify(q)} region=${region ?? '—'}`,
        );
        compared += 1;
      }
    }
    assert.ok(compared > 2000, `only ${compared} queries compared`);
  });
});
