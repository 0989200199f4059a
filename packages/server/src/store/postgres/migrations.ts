import type { MigrationScripts } from '../migrations.js';

/**
 * The schema on PostgreSQL, by version (names in ../migrations.ts): the same history as on SQLite
 * (store/sqlite/migrations.ts), in PostgreSQL's words. Text compares byte by byte (COLLATE "C") as SQLite's does, so every
 * ORDER BY gives the same answer on both; French name order is the seeded name_order column.
 * Integers that can outgrow 32 bits (milliseconds, counters) are BIGINT, read back as numbers.
 */
export const POSTGRES_MIGRATIONS: MigrationScripts = {
  1: `
      CREATE TABLE regions (
        code TEXT COLLATE "C" PRIMARY KEY,
        name_fr TEXT COLLATE "C" NOT NULL,
        name_en TEXT COLLATE "C" NOT NULL,
        served BIGINT NOT NULL CHECK (served IN (0, 1)),
        service_area TEXT COLLATE "C" NOT NULL CHECK (service_area IN ('all', 'outside-cmm', 'none')),
        cmm TEXT COLLATE "C" NOT NULL CHECK (cmm IN ('all', 'partial', 'none')),
        mrc_count BIGINT NOT NULL,
        equivalent_territory_count BIGINT NOT NULL,
        municipality_count BIGINT NOT NULL,
        local_municipality_count BIGINT NOT NULL,
        population BIGINT NOT NULL,
        population_outside_cmm BIGINT NOT NULL
      );

      CREATE TABLE mrcs (
        code TEXT COLLATE "C" PRIMARY KEY,
        name TEXT COLLATE "C" NOT NULL,
        type TEXT COLLATE "C" NOT NULL CHECK (type IN ('MRC', 'TE')),
        region_code TEXT COLLATE "C" NOT NULL REFERENCES regions (code),
        cmm TEXT COLLATE "C" NOT NULL CHECK (cmm IN ('all', 'partial', 'none')),
        municipality_count BIGINT NOT NULL,
        population BIGINT NOT NULL
      );
      CREATE INDEX mrcs_by_region ON mrcs (region_code, code);

      -- search_name is the folded name (normalize.ts); name_order is the rank of the
      -- name in French collation, computed at seed time because SQLite has no ICU collation.
      CREATE TABLE municipalities (
        code TEXT COLLATE "C" PRIMARY KEY,
        name TEXT COLLATE "C" NOT NULL,
        designation TEXT COLLATE "C" NOT NULL,
        kind TEXT COLLATE "C" NOT NULL,
        region_code TEXT COLLATE "C" NOT NULL REFERENCES regions (code),
        mrc_code TEXT COLLATE "C" REFERENCES mrcs (code),
        cmm BIGINT NOT NULL CHECK (cmm IN (0, 1)),
        population BIGINT NOT NULL,
        search_name TEXT COLLATE "C" NOT NULL,
        name_order INTEGER NOT NULL
      );
      CREATE INDEX municipalities_by_name ON municipalities (name_order);
      CREATE INDEX municipalities_by_region ON municipalities (region_code, name_order);
      CREATE INDEX municipalities_by_mrc ON municipalities (mrc_code, name_order);

      CREATE TABLE organizations (
        id TEXT COLLATE "C" PRIMARY KEY,
        name TEXT COLLATE "C" NOT NULL,
        role TEXT COLLATE "C" NOT NULL CHECK (role IN ('lead', 'partner')),
        description_fr TEXT COLLATE "C" NOT NULL,
        description_en TEXT COLLATE "C" NOT NULL,
        website TEXT COLLATE "C",
        sample BIGINT NOT NULL CHECK (sample IN (0, 1)),
        position BIGINT NOT NULL
      );

      CREATE TABLE organization_regions (
        organization_id TEXT COLLATE "C" NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        region_code TEXT COLLATE "C" NOT NULL REFERENCES regions (code),
        PRIMARY KEY (organization_id, region_code)
      );
      CREATE INDEX organization_regions_by_region ON organization_regions (region_code);

      CREATE TABLE advisors (
        id TEXT COLLATE "C" PRIMARY KEY,
        display_name TEXT COLLATE "C" NOT NULL,
        title_fr TEXT COLLATE "C" NOT NULL,
        title_en TEXT COLLATE "C" NOT NULL,
        organization_id TEXT COLLATE "C" NOT NULL REFERENCES organizations (id),
        languages TEXT COLLATE "C" NOT NULL,
        sample BIGINT NOT NULL CHECK (sample IN (0, 1)),
        position BIGINT NOT NULL
      );

      CREATE TABLE advisor_regions (
        advisor_id TEXT COLLATE "C" NOT NULL REFERENCES advisors (id) ON DELETE CASCADE,
        region_code TEXT COLLATE "C" NOT NULL REFERENCES regions (code),
        position BIGINT NOT NULL,
        PRIMARY KEY (advisor_id, region_code)
      );
      CREATE INDEX advisor_regions_by_region ON advisor_regions (region_code);

      -- start_at/end_at keep the local offset the event was announced with; start_ms/end_ms
      -- (UTC milliseconds) are what filters and ordering compare.
      CREATE TABLE events (
        id TEXT COLLATE "C" PRIMARY KEY,
        type TEXT COLLATE "C" NOT NULL CHECK (type IN ('forum', 'webinar', 'info-session', 'job-fair', 'exploratory-stay')),
        format TEXT COLLATE "C" NOT NULL CHECK (format IN ('in-person', 'online', 'hybrid')),
        status TEXT COLLATE "C" NOT NULL CHECK (status IN ('scheduled', 'cancelled')),
        title_fr TEXT COLLATE "C" NOT NULL,
        title_en TEXT COLLATE "C" NOT NULL,
        summary_fr TEXT COLLATE "C" NOT NULL,
        summary_en TEXT COLLATE "C" NOT NULL,
        start_at TEXT COLLATE "C" NOT NULL,
        end_at TEXT COLLATE "C" NOT NULL,
        start_ms BIGINT NOT NULL,
        end_ms BIGINT NOT NULL CHECK (end_ms >= start_ms),
        time_zone TEXT COLLATE "C" NOT NULL,
        venue TEXT COLLATE "C",
        address TEXT COLLATE "C",
        municipality_code TEXT COLLATE "C" REFERENCES municipalities (code),
        online_url TEXT COLLATE "C",
        registration_url TEXT COLLATE "C",
        organization_id TEXT COLLATE "C" NOT NULL REFERENCES organizations (id),
        languages TEXT COLLATE "C" NOT NULL,
        sample BIGINT NOT NULL CHECK (sample IN (0, 1)),
        CHECK ((venue IS NULL) = (municipality_code IS NULL))
      );
      CREATE INDEX events_by_start ON events (start_ms, id);
      CREATE INDEX events_by_end ON events (end_ms);

      CREATE TABLE event_regions (
        event_id TEXT COLLATE "C" NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        region_code TEXT COLLATE "C" NOT NULL REFERENCES regions (code),
        position BIGINT NOT NULL,
        PRIMARY KEY (event_id, region_code)
      );
      CREATE INDEX event_regions_by_region ON event_regions (region_code, event_id);

      -- Only the SHA-256 of a key is stored; findKey hashes what it is given.
      CREATE TABLE api_keys (
        id TEXT COLLATE "C" PRIMARY KEY,
        key_hash TEXT COLLATE "C" NOT NULL UNIQUE,
        kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('publishable', 'secret')),
        organization_id TEXT COLLATE "C" NOT NULL REFERENCES organizations (id),
        allowed_origins TEXT COLLATE "C" NOT NULL
      );

      -- seq orders requests created in the same millisecond and backs the list cursor.
      -- api_key_id is not a foreign key: a request outlives the key it came through.
      CREATE TABLE contact_requests (
        seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        id TEXT COLLATE "C" NOT NULL UNIQUE,
        reference TEXT COLLATE "C" NOT NULL UNIQUE,
        organization_id TEXT COLLATE "C" NOT NULL REFERENCES organizations (id),
        api_key_id TEXT COLLATE "C" NOT NULL,
        created_at TEXT COLLATE "C" NOT NULL,
        created_ms BIGINT NOT NULL,
        region_codes TEXT COLLATE "C" NOT NULL,
        name TEXT COLLATE "C" NOT NULL,
        email TEXT COLLATE "C" NOT NULL,
        phone TEXT COLLATE "C",
        municipality_code TEXT COLLATE "C",
        message TEXT COLLATE "C" NOT NULL,
        preferred_language TEXT COLLATE "C" NOT NULL CHECK (preferred_language IN ('fr', 'en')),
        consent_at TEXT COLLATE "C" NOT NULL,
        privacy_policy_url TEXT COLLATE "C",
        origin TEXT COLLATE "C",
        response_delay_business_days BIGINT NOT NULL,
        respond_by TEXT COLLATE "C" NOT NULL
      );
      CREATE INDEX contact_requests_by_organization ON contact_requests (organization_id, created_ms, seq);

      -- The last reference number handed out per year (America/Toronto).
      CREATE TABLE reference_counters (
        year BIGINT PRIMARY KEY,
        last_value BIGINT NOT NULL
      );

      CREATE TABLE idempotency_keys (
        api_key_id TEXT COLLATE "C" NOT NULL,
        idempotency_key TEXT COLLATE "C" NOT NULL,
        body_hash TEXT COLLATE "C" NOT NULL,
        contact_request_id TEXT COLLATE "C" NOT NULL REFERENCES contact_requests (id),
        created_ms BIGINT NOT NULL,
        PRIMARY KEY (api_key_id, idempotency_key)
      );
      CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_ms);
    `,
  2: `
      -- One row per setting; 'mode' is 'demo' or 'production' and never changes once written.
      CREATE TABLE settings (
        key TEXT COLLATE "C" PRIMARY KEY,
        value TEXT COLLATE "C" NOT NULL
      );

      -- managed_by: 'seed' rows are (re)written by the seed of the database's mode,
      -- 'operator' rows come from eer-admin or the API and the seed never touches them.
      ALTER TABLE organizations ADD COLUMN slug TEXT COLLATE "C";
      ALTER TABLE organizations ADD COLUMN name_en TEXT COLLATE "C";
      ALTER TABLE organizations ADD COLUMN email TEXT COLLATE "C";
      ALTER TABLE organizations ADD COLUMN language TEXT COLLATE "C" NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en'));
      ALTER TABLE organizations ADD COLUMN managed_by TEXT COLLATE "C" NOT NULL DEFAULT 'seed' CHECK (managed_by IN ('seed', 'operator'));
      ALTER TABLE organizations ADD COLUMN created_at TEXT COLLATE "C";
      ALTER TABLE organizations ADD COLUMN updated_at TEXT COLLATE "C";
      UPDATE organizations SET slug = substr(id, 5) WHERE id LIKE 'org\\_%' ESCAPE '\\';
      CREATE UNIQUE INDEX organizations_by_slug ON organizations (slug);

      ALTER TABLE advisors ADD COLUMN managed_by TEXT COLLATE "C" NOT NULL DEFAULT 'seed' CHECK (managed_by IN ('seed', 'operator'));

      -- prefix: the first characters of the key, shown in listings so an operator can tell keys apart.
      ALTER TABLE api_keys ADD COLUMN prefix TEXT COLLATE "C" NOT NULL DEFAULT '';
      ALTER TABLE api_keys ADD COLUMN managed_by TEXT COLLATE "C" NOT NULL DEFAULT 'seed' CHECK (managed_by IN ('seed', 'operator'));
      ALTER TABLE api_keys ADD COLUMN created_at TEXT COLLATE "C";
      ALTER TABLE api_keys ADD COLUMN last_used_at TEXT COLLATE "C";
      ALTER TABLE api_keys ADD COLUMN revoked_at TEXT COLLATE "C";
      CREATE INDEX api_keys_by_organization ON api_keys (organization_id);

      -- version backs the event's ETag (If-Match); source_uid is the UID of an imported iCalendar event.
      ALTER TABLE events ADD COLUMN managed_by TEXT COLLATE "C" NOT NULL DEFAULT 'seed' CHECK (managed_by IN ('seed', 'operator'));
      ALTER TABLE events ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
      ALTER TABLE events ADD COLUMN created_at TEXT COLLATE "C";
      ALTER TABLE events ADD COLUMN updated_at TEXT COLLATE "C";
      ALTER TABLE events ADD COLUMN source_uid TEXT COLLATE "C";
      CREATE UNIQUE INDEX events_by_source_uid ON events (organization_id, source_uid) WHERE source_uid IS NOT NULL;
      CREATE INDEX events_by_organization ON events (organization_id, start_ms);

      ALTER TABLE contact_requests ADD COLUMN status TEXT COLLATE "C" NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'closed'));
      ALTER TABLE contact_requests ADD COLUMN updated_at TEXT COLLATE "C";
      ALTER TABLE contact_requests ADD COLUMN advisor_id TEXT COLLATE "C";
      ALTER TABLE contact_requests ADD COLUMN erased_at TEXT COLLATE "C";
      UPDATE contact_requests SET updated_at = created_at;
      CREATE INDEX contact_requests_by_status ON contact_requests (organization_id, status, created_ms, seq);
    `,
  3: `
      -- A retried POST /v1/events (same key and body) answers the event it created the first time.
      CREATE TABLE event_idempotency_keys (
        api_key_id TEXT COLLATE "C" NOT NULL,
        idempotency_key TEXT COLLATE "C" NOT NULL,
        body_hash TEXT COLLATE "C" NOT NULL,
        event_id TEXT COLLATE "C" NOT NULL REFERENCES events (id),
        created_ms BIGINT NOT NULL,
        PRIMARY KEY (api_key_id, idempotency_key)
      );
      CREATE INDEX event_idempotency_keys_by_age ON event_idempotency_keys (created_ms);
    `,
  4: `
      -- The signing secret is sealed (AES-256-GCM, store/sealed-secrets.ts): a copy of the
      -- database alone does not reveal it. During a rotation the previous secret stays valid
      -- (both signatures are sent) until previous_secret_expires_ms.
      CREATE TABLE webhook_endpoints (
        id TEXT COLLATE "C" PRIMARY KEY,
        organization_id TEXT COLLATE "C" NOT NULL REFERENCES organizations (id),
        url TEXT COLLATE "C" NOT NULL,
        sealed_secret TEXT COLLATE "C" NOT NULL,
        previous_sealed_secret TEXT COLLATE "C",
        previous_secret_expires_ms BIGINT,
        created_at TEXT COLLATE "C" NOT NULL,
        rotated_at TEXT COLLATE "C"
      );
      CREATE INDEX webhook_endpoints_by_organization ON webhook_endpoints (organization_id);

      -- What happened and must be told (the webhook event, id evt_…): payload is the exact
      -- JSON body, the same bytes on every attempt; NULL once its request is erased (Law 25).
      CREATE TABLE outbox_events (
        id TEXT COLLATE "C" PRIMARY KEY,
        type TEXT COLLATE "C" NOT NULL,
        contact_request_id TEXT COLLATE "C" NOT NULL REFERENCES contact_requests (id),
        created_ms BIGINT NOT NULL,
        payload TEXT COLLATE "C"
      );
      CREATE INDEX outbox_events_by_request ON outbox_events (contact_request_id);

      -- One row per channel per event, written in the transaction that causes it. A worker
      -- claims due rows by setting lease_owner/lease_until_ms; another worker skips a row
      -- while its lease runs, and takes it over if the owner died (lease expired).
      -- retry_from_ms starts the retry window (creation, or the operator's re-send).
      CREATE TABLE deliveries (
        seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        id TEXT COLLATE "C" NOT NULL UNIQUE,
        event_id TEXT COLLATE "C" NOT NULL REFERENCES outbox_events (id),
        channel TEXT COLLATE "C" NOT NULL CHECK (channel IN ('email', 'webhook')),
        endpoint_id TEXT COLLATE "C" REFERENCES webhook_endpoints (id),
        recipient TEXT COLLATE "C" NOT NULL,
        language TEXT COLLATE "C" NOT NULL CHECK (language IN ('fr', 'en')),
        status TEXT COLLATE "C" NOT NULL CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled')),
        attempts BIGINT NOT NULL DEFAULT 0,
        next_attempt_ms BIGINT NOT NULL,
        retry_from_ms BIGINT NOT NULL,
        lease_owner TEXT COLLATE "C",
        lease_until_ms BIGINT,
        last_error TEXT COLLATE "C",
        last_attempt_ms BIGINT,
        delivered_ms BIGINT,
        created_ms BIGINT NOT NULL,
        CHECK ((channel = 'webhook') = (endpoint_id IS NOT NULL))
      );
      CREATE INDEX deliveries_due ON deliveries (next_attempt_ms, seq) WHERE status = 'pending';
      CREATE INDEX deliveries_by_event ON deliveries (event_id);
      CREATE INDEX deliveries_by_endpoint ON deliveries (endpoint_id, status);
    `,
  5: `
      -- Assignment spreads requests by how many each organization has: kept as a counter
      -- so choosing costs the same at 50 requests or 500,000 (counting rows grew linearly).
      ALTER TABLE organizations ADD COLUMN contact_request_count BIGINT NOT NULL DEFAULT 0;
      UPDATE organizations SET contact_request_count =
        (SELECT count(*) FROM contact_requests c WHERE c.organization_id = organizations.id);
    `,
  6: `
      -- Fixed windows of the contact rate limit, one row per client, for servers that share
      -- the database (http/rate-limit.ts). A single process keeps its windows in memory instead.
      CREATE UNLOGGED TABLE rate_limit_windows (
        client TEXT COLLATE "C" PRIMARY KEY,
        count INTEGER NOT NULL,
        reset_ms BIGINT NOT NULL
      );
      CREATE INDEX rate_limit_windows_by_end ON rate_limit_windows (reset_ms);
    `,
};
