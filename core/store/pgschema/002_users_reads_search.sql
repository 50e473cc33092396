-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 2: user administration, reads, searching with
-- its access record, reading the trail.

CREATE TABLE alpr.purposes (
    code text PRIMARY KEY,
    description text NOT NULL,
    policy_ref text NOT NULL DEFAULT '',
    active boolean NOT NULL DEFAULT true,
    -- Who may give it (core/cases/purposes.cpp, defaultPurposeRoles).
    roles text[] NOT NULL DEFAULT ARRAY['detective', 'dispatcher', 'records', 'supervisor']
);
INSERT INTO alpr.purposes(code, description, policy_ref) VALUES
    ('stolen-vehicle', 'Stolen vehicle or stolen plate', 'Los Altos 462.3'),
    ('wanted-person', 'Wanted person or active warrant', 'Los Altos 462.3'),
    ('missing-person', 'Missing person, AMBER or Silver alert', 'Los Altos 462.3'),
    ('witness-victim', 'Locating a witness or a victim', 'Los Altos 462.6(c)'),
    ('criminal-investigation', 'A specific criminal investigation', 'Los Altos 462.6(c)'),
    ('civil-administrative', 'Department-related civil or administrative action',
     'Los Altos 462.6(c)'),
    ('event-protection', 'Protection of a public event', 'Los Altos 462.3'),
    ('infrastructure-protection', 'Protection of critical infrastructure', 'Los Altos 462.3'),
    ('audit', 'Audit of ALPR use', 'Los Altos 462.6(f)');
UPDATE alpr.purposes SET roles = ARRAY['auditor'] WHERE code = 'audit';

INSERT INTO alpr.settings(key, value) VALUES
    ('case_number_pattern', '^[0-9]{2}-[0-9]{4,8}$'),
    ('case_number_example', '26-004211'),
    ('misread_table', '0ODQ 1I 2Z 5S 8B 6G');

-- Whether p_case is a case number in the department's format, matched whole
-- (as core/cases/casepolicy.cpp matches it) and typed in plain characters.
CREATE FUNCTION alpr.case_number_ok(p_case text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce(p_case ~ '^[ -~]{1,64}$'
                    AND p_case ~ ('^(?:' || (SELECT value FROM alpr.settings
                                              WHERE key = 'case_number_pattern') || ')$'),
                    false)
$$;

-- What is wrong with a free-text note (a search's, a case title), as the
-- workstation's note screen says it (core/cases/notescreen.cpp), or NULL: it
-- goes into the access record, which auditors and the public read, so it
-- may not carry what looks like a Social Security number or a date of birth
-- (a date with a birth word before it, or one ten years or more ago). Read
-- as a person reads it (alpr_screening_text); no message repeats the digits.
CREATE FUNCTION alpr.note_problem(p_note text, p_what text DEFAULT 'note') RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    t text := alpr.alpr_screening_text(coalesce(p_note, ''));
    v_today date := (now() AT TIME ZONE alpr.agency_zone())::date;
    v_birth text := '\y(?:d\.?o\.?b\.?|born|birth\w*|b/d)\y.{0,20}?';
    v_numeric text := '(?:((?:19|20)[0-9]{2})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})|'
                      '([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4}|[0-9]{2}))';
    v_named text := '(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+'
                    '[0-9]{1,2}(?:st|nd|rd|th)?,?|[0-9]{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|'
                    'aug|sep|oct|nov|dec)[a-z]*\.?,?)\s+((?:19|20)[0-9]{2})\y';
    v_looks text;
    m text[];
    y integer;
    d date;
BEGIN
    IF length(coalesce(p_note, '')) > 500 THEN
        RETURN format('the %s is %s characters long; at most 500 are kept', p_what,
                      length(p_note));
    END IF;
    IF translate(coalesce(p_note, ''), E'\n\t', '') ~ '[[:cntrl:]]' THEN
        RETURN format('the %s holds a control character', p_what);
    END IF;
    IF t ~ '(?:^|[^0-9-])(?:[0-9]{3}[-. ][0-9]{2}[-. ][0-9]{4}|[0-9]{9})(?:$|[^0-9-])'
       OR t ~* '\y(?:s\.?s\.?n|social\s+security)\y' THEN
        v_looks := 'a Social Security number';
    ELSIF t ~* (v_birth || '(?:^|[^0-9])' || v_numeric) OR t ~* (v_birth || v_named) THEN
        v_looks := 'a date of birth';
    ELSE
        FOR m IN SELECT regexp_matches(t, '(?:^|[^0-9])' || v_numeric || '(?![0-9])', 'g') LOOP
            BEGIN
                IF m[1] IS NOT NULL THEN
                    d := make_date(m[1]::integer, m[2]::integer, m[3]::integer);
                ELSE
                    y := m[6]::integer + CASE WHEN length(m[6]) = 2
                                              THEN CASE WHEN m[6]::integer > 30 THEN 1900
                                                        ELSE 2000 END
                                              ELSE 0 END;
                    BEGIN
                        d := make_date(y, m[4]::integer, m[5]::integer); -- US order first
                    EXCEPTION WHEN datetime_field_overflow THEN
                        d := make_date(y, m[5]::integer, m[4]::integer);
                    END;
                END IF;
                IF d + interval '10 years' <= v_today THEN
                    v_looks := 'a date of birth';
                    EXIT;
                END IF;
            EXCEPTION WHEN datetime_field_overflow THEN
                NULL; -- not a date
            END;
        END LOOP;
        IF v_looks IS NULL THEN
            FOR m IN SELECT regexp_matches(t, v_named, 'gi') LOOP
                IF m[1]::integer + 10 <= extract(year FROM v_today) THEN
                    v_looks := 'a date of birth';
                    EXIT;
                END IF;
            END LOOP;
        END IF;
    END IF;
    IF v_looks IS NOT NULL THEN
        RETURN format('the %s holds what looks like %s; %ss must not carry personal '
                      'identifiers, remove it and try again', p_what, v_looks, p_what);
    END IF;
    RETURN NULL;
END $$;

-- The uses the law and the policies forbid (core/cases/purposes.cpp,
-- prohibitedUse, which the workstation checks first): which one p_text names,
-- with its source, or NULL. Read as the workstation reads it, by the same
-- ICU steps (alpr_screening_text), with hyphens and underscores as spaces and
-- without. The words are the workstation's, in PostgreSQL's regular
-- expressions: \y for \b, and the agencies' capitals matched in their case.
CREATE FUNCTION alpr.prohibited_use(p_text text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT format('%s (%s)', p.use, p.source)
      FROM (VALUES
        (1, 'immigration enforcement', 'Civil Code 1798.90.55, Government Code 7284.6 (SB 54)',
         'immigra\w*|deport\w*|cbp|ice\s+(?:agents?|officers?|raids?|detainers?|holds?|'
         'custody|requests?|removals?|enforcement|operations?)|(?:assist\w*|help\w*|aid\w*|'
         'support\w*)\s+(?:the\s+)?ice(?!\s+storm)|removals?\s+(?:orders?|proceedings?|'
         'operations?)|border\s+patrol|undocumented|illegal\s+alien\w*|alien\w*|visa\s+status|'
         'citizenship', 'ICE|HSI|ERO|CBP'),
        (2, 'personal use', 'Los Altos 462.3, San Leandro 418.3',
         'personal\s+(?:use|reasons?|matters?|business|interest)|private\s+(?:use|matters?|'
         'reasons?)|curiosity|non\s?official', NULL),
        (3, 'harassment or intimidation', 'Los Altos 462.3',
         'harass\w*|intimidat\w*|stalk\w*|retaliat\w*', NULL),
        (4, 'First Amendment activity', 'Civil Code 1798.90.51, Los Altos 462.3',
         'first\s+amendment|protest\w*|rall(?:y|ies)|political|religio\w*|worship|church|'
         'mosque|synagogue|temple|assembly|free\s+speech|journalis\w*|press', NULL),
        (5, 'targeting a protected characteristic', 'Los Altos 462.3, Government Code 11135',
         'race|racial|ethnic\w*|national\s+origin|sexual\s+orientation|gender|transgender|'
         'disabilit\w*|ancestry', NULL)) AS p(n, use, source, words, capitals),
           (VALUES (alpr.alpr_screening_text(translate(coalesce(p_text, ''), '-_', '  '))),
                   (alpr.alpr_screening_text(coalesce(p_text, '')))) AS r(reading)
     WHERE r.reading ~* ('\y(?:' || p.words || ')\y')
        OR r.reading ~ ('\y(?:' || p.capitals || ')\y')
     ORDER BY p.n
     LIMIT 1
$$;

CREATE TABLE alpr.cameras (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name text NOT NULL,
    source_kind text NOT NULL
);

CREATE TABLE alpr.plates (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plate text NOT NULL UNIQUE CHECK (plate ~ '^[A-Z0-9]{1,10}$'),
    -- How many reads carry the plate (alpr.count_plate_reads): a search
    -- without filters counts its plates' reads from here.
    reads bigint NOT NULL DEFAULT 0
) WITH (fillfactor = 90);
-- The plate index: each distinct plate's characters tagged with their position
-- from the start and from the end, and its pairs of neighbours
-- (alpr_plate_tags in alpr_pg.so). A search asks it for the plates that carry
-- the tags its pattern fixes (alpr.plate_tag_filter, alpr.plate_edit_filter)
-- and checks only those against the pattern itself. It is kept over the
-- distinct plates, not the reads: a plate is read about four times. A new
-- plate goes into the index at once (no pending list for searches to scan).
CREATE INDEX plates_tags ON alpr.plates USING gin (alpr.alpr_plate_tags(plate))
    WITH (fastupdate = off);
-- A pattern's fixed start ("8*", "7AB*") is a range of this one.
CREATE INDEX plates_prefix ON alpr.plates(plate text_pattern_ops);

CREATE TABLE alpr.reads (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plate_id bigint NOT NULL REFERENCES alpr.plates(id),
    state text NOT NULL DEFAULT '',
    captured_at timestamptz NOT NULL,
    camera_id bigint NOT NULL REFERENCES alpr.cameras(id),
    latitude double precision,
    longitude double precision,
    confidence double precision NOT NULL DEFAULT 0,
    make text NOT NULL DEFAULT '',
    model text NOT NULL DEFAULT '',
    color text NOT NULL DEFAULT '',
    body text NOT NULL DEFAULT '',
    source_kind text NOT NULL,
    external_id text UNIQUE,
    plate_corners text NOT NULL DEFAULT '',
    imported_at timestamptz NOT NULL
);
-- Covering: a search finds a plate's reads in a time range from the index alone.
CREATE INDEX reads_plate_time ON alpr.reads(plate_id, captured_at) INCLUDE (id);
CREATE INDEX reads_captured_at ON alpr.reads(captured_at);

-- Keeps alpr.plates.reads, for every statement that stores or deletes reads.
-- The plates are locked in their order first, so that two imports of the
-- same plates wait for each other instead of deadlocking.
CREATE FUNCTION alpr.count_plate_reads() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    v_sign integer := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
    PERFORM 1 FROM alpr.plates WHERE id IN (SELECT plate_id FROM changed) ORDER BY id FOR UPDATE;
    UPDATE alpr.plates p SET reads = p.reads + v_sign * d.n
      FROM (SELECT plate_id, count(*) AS n FROM changed GROUP BY plate_id) d
     WHERE p.id = d.plate_id;
    RETURN NULL;
END $$;
CREATE TRIGGER reads_counted_in AFTER INSERT ON alpr.reads
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION alpr.count_plate_reads();
CREATE TRIGGER reads_counted_out AFTER DELETE ON alpr.reads
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION alpr.count_plate_reads();
-- A read's plate is what the camera read: it is never changed (and the
-- counts above could not follow a change).
CREATE FUNCTION alpr.read_plate_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the plate of a read is what the camera read; it is not changed'
        USING ERRCODE = 'AL403';
END $$;
CREATE TRIGGER reads_plate_kept BEFORE UPDATE OF plate_id ON alpr.reads
    FOR EACH ROW WHEN (old.plate_id IS DISTINCT FROM new.plate_id)
    EXECUTE FUNCTION alpr.read_plate_kept();

-- Alternative readings, as plates of the dictionary.
CREATE TABLE alpr.read_candidates (
    plate_id bigint NOT NULL REFERENCES alpr.plates(id),
    read_id bigint NOT NULL REFERENCES alpr.reads(id),
    confidence double precision NOT NULL DEFAULT 0,
    PRIMARY KEY (plate_id, read_id)
);
CREATE INDEX read_candidates_read ON alpr.read_candidates(read_id);

CREATE TABLE alpr.images (
    read_id bigint NOT NULL REFERENCES alpr.reads(id),
    kind text NOT NULL CHECK (kind IN ('plate', 'overview', 'vehicle')),
    jpeg bytea NOT NULL,
    PRIMARY KEY (read_id, kind)
);

-- A search is the access record of Civil Code 1798.90.52.
CREATE TABLE alpr.searches (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES alpr.users(id),
    at timestamptz NOT NULL,
    case_number text NOT NULL,
    purpose text NOT NULL,
    query jsonb NOT NULL,
    note text NOT NULL DEFAULT '',
    result_count bigint NOT NULL,
    audit_seq bigint NOT NULL
);
CREATE INDEX searches_case ON alpr.searches(case_number);
CREATE INDEX searches_user_at ON alpr.searches(user_id, at);
-- The reads a search returned: a read is opened only under a search that found it.
-- In the order they were shown, with why each matched.
CREATE TABLE alpr.search_reads (
    search_id bigint NOT NULL REFERENCES alpr.searches(id),
    read_id bigint NOT NULL,
    position integer NOT NULL,
    reason text NOT NULL,
    cost integer NOT NULL,
    reading text NOT NULL,
    PRIMARY KEY (search_id, read_id)
);

-- ------------------------------------------------------- internal helpers

-- A plate pattern as the workstation writes it (core/search/platepattern.h):
-- upper case; spaces and dots left out, and dashes except inside a set,
-- where a dash makes a range.
CREATE FUNCTION alpr.normalize_pattern(p_pattern text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    p text := upper(regexp_replace(coalesce(p_pattern, ''), '[ .]', '', 'g'));
    r text := '';
    c text;
    in_set boolean := false;
BEGIN
    FOR i IN 1 .. length(p) LOOP
        c := substr(p, i, 1);
        IF c = '[' THEN
            in_set := true;
        ELSIF c = ']' THEN
            in_set := false;
        END IF;
        IF c <> '-' OR in_set THEN
            r := r || c;
        END IF;
    END LOOP;
    RETURN r;
END $$;

-- The regular expression of a normalized plate pattern, anchored: ? one
-- character, * any run, [AB8] a set, [0-4] a range in a set; with p_misread
-- each character and set member also matches those the misread table says a
-- camera confuses it with. Refuses (SQLSTATE AL400) what PlatePattern::compile
-- refuses: a character outside A-Z 0-9 ? * [ ], an empty or unclosed set, a
-- backwards or mixed range, "**", no fixed character, more than 20.
CREATE FUNCTION alpr.pattern_regex(p_pattern text, p_misread boolean) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    p text := alpr.normalize_pattern(p_pattern);
    r text := '^';
    c text;
    i integer := 1;
    j integer;
    set_text text;
    members text;
    k integer;
    classes text[] := regexp_split_to_array(
        coalesce((SELECT value FROM alpr.settings WHERE key = 'misread_table'), ''), '\s+');
BEGIN
    IF p = '' OR length(p) > 20 OR p !~ '^[A-Z0-9?*\[\]-]+$' THEN
        RAISE EXCEPTION 'not a plate pattern: %', left(p_pattern, 40) USING ERRCODE = 'AL400';
    END IF;
    IF strpos(p, '**') > 0 OR p !~ '[A-Z0-9]' THEN
        RAISE EXCEPTION 'the pattern % needs a fixed character and no "**"', left(p_pattern, 40)
            USING ERRCODE = 'AL400';
    END IF;
    WHILE i <= length(p) LOOP
        c := substr(p, i, 1);
        IF c = '?' THEN
            r := r || '.';
        ELSIF c = '*' THEN
            r := r || '.*';
        ELSIF c = '[' THEN
            j := strpos(substr(p, i + 1), ']');
            set_text := CASE WHEN j > 0 THEN substr(p, i + 1, j - 1) ELSE '' END;
            IF set_text !~ '^([A-Z0-9]|[A-Z]-[A-Z]|[0-9]-[0-9])+$' THEN
                RAISE EXCEPTION 'a set in % is not closed, is empty or holds a mixed range',
                    left(p_pattern, 40) USING ERRCODE = 'AL400';
            END IF;
            members := '';
            k := 1;
            WHILE k <= length(set_text) LOOP
                IF substr(set_text, k + 1, 1) = '-' THEN
                    IF substr(set_text, k, 1) > substr(set_text, k + 2, 1) THEN
                        RAISE EXCEPTION 'a backwards range in %', left(p_pattern, 40)
                            USING ERRCODE = 'AL400';
                    END IF;
                    FOR code IN ascii(substr(set_text, k, 1)) .. ascii(substr(set_text, k + 2, 1))
                    LOOP
                        members := members || chr(code);
                    END LOOP;
                    k := k + 3;
                ELSE
                    members := members || substr(set_text, k, 1);
                    k := k + 1;
                END IF;
            END LOOP;
            r := r || '[' || alpr.misread_members(members, p_misread, classes) || ']';
            i := i + j;
        ELSIF c = ']' THEN
            RAISE EXCEPTION '"]" without "[" in %', left(p_pattern, 40) USING ERRCODE = 'AL400';
        ELSIF c = '-' THEN
            RAISE EXCEPTION 'not a plate pattern: %', left(p_pattern, 40) USING ERRCODE = 'AL400';
        ELSE
            members := alpr.misread_members(c, p_misread, classes);
            r := r || CASE WHEN length(members) = 1 THEN members ELSE '[' || members || ']' END;
        END IF;
        i := i + 1;
    END LOOP;
    RETURN r || '$';
END $$;

-- The characters given, with (p_misread) those of the misread classes that
-- hold any of them.
CREATE FUNCTION alpr.misread_members(p_chars text, p_misread boolean, p_classes text[])
RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT string_agg(DISTINCT ch, '' ORDER BY ch)
      FROM (SELECT substr(p_chars, n, 1) AS ch FROM generate_series(1, length(p_chars)) n
            UNION
            SELECT substr(g, n, 1)
              FROM unnest(p_classes) g, generate_series(1, length(g)) n
             WHERE p_misread AND g <> '' AND g ~ ('[' || p_chars || ']')) x
$$;

-- The plate index's condition for an anchored expression of
-- alpr.pattern_regex: one every plate the expression matches meets, on
-- alpr.alpr_plate_tags(p.plate) ('true' if the pattern fixes nothing the index
-- keeps). A fixed character before the first '*' gives its position's tag,
-- one after the last '*' its position from the end (without '*', both), and
-- two fixed neighbours between two '*' their pair. A set or misread class
-- gives any of its members' tags; one of more than 12 members, or a pair of
-- sets of more than 16 pairs, is left to the expression.
CREATE FUNCTION alpr.plate_tag_filter(p_re text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    toks text[] := '{}'; -- each: the members of one character, '' for any, '*' for a run
    i integer := 2;
    j integer;
    c text;
    n integer;
    first_star integer;
    last_star integer;
    alts text[];
    required text[] := '{}';
    conds text[] := '{}';
BEGIN
    WHILE i < length(p_re) LOOP -- between '^' and '$'
        c := substr(p_re, i, 1);
        IF c = '.' AND substr(p_re, i + 1, 1) = '*' THEN
            toks := toks || '*'::text;
            i := i + 2;
        ELSIF c = '.' THEN
            toks := toks || ''::text;
            i := i + 1;
        ELSIF c = '[' THEN
            j := strpos(substr(p_re, i), ']');
            toks := toks || substr(p_re, i + 1, j - 2);
            i := i + j;
        ELSE
            toks := toks || c;
            i := i + 1;
        END IF;
    END LOOP;
    n := cardinality(toks);
    first_star := coalesce(array_position(toks, '*'), n + 1);
    last_star := coalesce((SELECT max(o) FROM unnest(toks) WITH ORDINALITY t(x, o) WHERE x = '*'),
                          0);
    FOR k IN 1 .. n LOOP
        CONTINUE WHEN toks[k] IN ('', '*') OR length(toks[k]) > 12;
        alts := '{}';
        IF k < first_star THEN
            alts := ARRAY(SELECT (k - 1) || ':' || substr(toks[k], m, 1)
                            FROM generate_series(1, length(toks[k])) m);
        END IF;
        IF k > last_star THEN
            alts := ARRAY(SELECT '-' || (n - k + 1) || ':' || substr(toks[k], m, 1)
                            FROM generate_series(1, length(toks[k])) m);
            IF first_star > n AND cardinality(alts) = 1 THEN
                required := required || alts;
                alts := ARRAY[(k - 1) || ':' || toks[k]];
            END IF;
        END IF;
        IF k >= first_star AND k <= last_star AND k < n AND toks[k + 1] NOT IN ('', '*')
           AND length(toks[k]) * length(toks[k + 1]) <= 16 THEN
            alts := ARRAY(SELECT substr(toks[k], x, 1) || substr(toks[k + 1], y, 1)
                            FROM generate_series(1, length(toks[k])) x,
                                 generate_series(1, length(toks[k + 1])) y);
        END IF;
        IF cardinality(alts) = 1 THEN
            required := required || alts;
        ELSIF cardinality(alts) > 1 THEN
            conds := conds || format('alpr.alpr_plate_tags(p.plate) && %L::text[]', alts);
        END IF;
    END LOOP;
    IF cardinality(required) > 0 THEN
        conds := format('alpr.alpr_plate_tags(p.plate) @> %L::text[]', required) || conds;
    END IF;
    RETURN coalesce(nullif(array_to_string(conds, ' AND '), ''), 'true');
END $$;

-- The plate index's condition for the plates within p_edits edits of a plate
-- (Levenshtein): of its p_edits + 1 pieces one is left whole by the edits,
-- and moved by at most p_edits places.
CREATE FUNCTION alpr.plate_edit_filter(p_plate text, p_edits integer) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    n integer := length(p_plate);
    o integer;
    len integer;
    conds text[] := '{}';
BEGIN
    IF p_edits < 1 OR n <= p_edits THEN
        RETURN 'true';
    END IF;
    FOR piece IN 0 .. p_edits LOOP
        o := piece * n / (p_edits + 1);
        len := (piece + 1) * n / (p_edits + 1) - o;
        FOR s IN -p_edits .. p_edits LOOP
            CONTINUE WHEN o + s < 0 OR o + s + len > 10;
            conds := conds || format('alpr.alpr_plate_tags(p.plate) @> %L::text[]',
                                     ARRAY(SELECT (o + s + m) || ':' || substr(p_plate, o + m + 1, 1)
                                             FROM generate_series(0, len - 1) m));
        END LOOP;
    END LOOP;
    RETURN '(' || array_to_string(conds, ' OR ') || ')';
END $$;

CREATE FUNCTION alpr.read_json(r alpr.reads) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', r.id, 'plate', p.plate, 'state', r.state,
        'captured_at', alpr.event_time_text(r.captured_at),
        'camera_code', c.code, 'camera_name', c.name,
        'latitude', r.latitude, 'longitude', r.longitude, 'confidence', r.confidence,
        'make', r.make, 'model', r.model, 'color', r.color, 'body', r.body,
        'source_kind', r.source_kind, 'external_id', r.external_id,
        'plate_corners', r.plate_corners,
        'candidates', coalesce((SELECT jsonb_agg(jsonb_build_object('plate', cp.plate,
                                                                    'confidence', rc.confidence)
                                                 ORDER BY rc.confidence DESC, cp.plate)
                                  FROM alpr.read_candidates rc
                                  JOIN alpr.plates cp ON cp.id = rc.plate_id
                                 WHERE rc.read_id = r.id), '[]'::jsonb))
      FROM alpr.plates p, alpr.cameras c
     WHERE p.id = r.plate_id AND c.id = r.camera_id
$$;

CREATE FUNCTION alpr.plate_id(p_plate text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v bigint;
BEGIN
    SELECT id INTO v FROM alpr.plates WHERE plate = p_plate;
    IF v IS NULL THEN
        INSERT INTO alpr.plates(plate) VALUES (p_plate)
        ON CONFLICT (plate) DO NOTHING RETURNING id INTO v;
        IF v IS NULL THEN
            SELECT id INTO v FROM alpr.plates WHERE plate = p_plate;
        END IF;
    END IF;
    RETURN v;
END $$;

-- ---------------------------------------------------------------- the API

-- Stores reads (the ingest account, or an import by an administrator) and
-- records the import, in one transaction. A read whose source id is stored
-- already is skipped.
-- p_action: 'import' (a file) or 'ingest' (the receiver); p_object names the
-- file or the delivery, p_details what the receiver adds (agent, camera).
CREATE FUNCTION alpr_api.import_reads(p_reads jsonb, p_action text, p_object text,
                                      p_details jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('import-reads', left(coalesce(p_object, ''), 200),
                                  coalesce(p_details, '{}'::jsonb));
    u alpr.users;
    r jsonb;
    v_camera bigint;
    v_read bigint;
    v_plate text;
    v_ids jsonb := '[]'::jsonb;
    v_imported integer := 0;
    v_duplicates integer := 0;
    v_hits integer;
    cand jsonb;
    img text;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    IF p_action NOT IN ('import', 'ingest') THEN
        RAISE EXCEPTION 'reads are imported or ingested, not "%"', left(p_action, 20)
            USING ERRCODE = 'AL400';
    END IF;
    IF jsonb_typeof(p_reads) <> 'array' OR jsonb_array_length(p_reads) > 100000 THEN
        RAISE EXCEPTION 'reads come as an array of at most 100000 reads' USING ERRCODE = 'AL400';
    END IF;
    FOR r IN SELECT value FROM jsonb_array_elements(p_reads) LOOP
        v_plate := r->>'plate';
        IF v_plate IS NULL OR v_plate !~ '^[A-Z0-9]{1,10}$' THEN
            RAISE EXCEPTION 'read % has no normalized plate', v_imported + v_duplicates + 1
                USING ERRCODE = 'AL400';
        END IF;
        IF r->>'external_id' IS NOT NULL
           AND EXISTS (SELECT 1 FROM alpr.reads WHERE external_id = r->>'external_id') THEN
            v_duplicates := v_duplicates + 1;
            v_ids := v_ids || to_jsonb(0);
            CONTINUE;
        END IF;
        SELECT id INTO v_camera FROM alpr.cameras WHERE code = r->>'camera_code';
        IF v_camera IS NULL THEN
            INSERT INTO alpr.cameras(code, name, source_kind)
            VALUES (r->>'camera_code', coalesce(r->>'camera_name', r->>'camera_code'),
                    coalesce(r->>'source_kind', 'unknown'))
            RETURNING id INTO v_camera;
        END IF;
        INSERT INTO alpr.reads(plate_id, state, captured_at, camera_id, latitude, longitude,
                               confidence, make, model, color, body, source_kind, external_id,
                               plate_corners, imported_at)
        VALUES (alpr.plate_id(v_plate), coalesce(r->>'state', ''),
                (r->>'captured_at')::timestamptz, v_camera, (r->>'latitude')::double precision,
                (r->>'longitude')::double precision,
                coalesce((r->>'confidence')::double precision, 0), coalesce(r->>'make', ''),
                coalesce(r->>'model', ''), coalesce(r->>'color', ''), coalesce(r->>'body', ''),
                coalesce(r->>'source_kind', 'unknown'), r->>'external_id',
                coalesce(r->>'plate_corners', ''), now())
        RETURNING id INTO v_read;
        FOR cand IN SELECT value FROM jsonb_array_elements(coalesce(r->'candidates', '[]')) LOOP
            IF cand->>'plate' ~ '^[A-Z0-9]{1,10}$' AND cand->>'plate' <> v_plate THEN
                INSERT INTO alpr.read_candidates(plate_id, read_id, confidence)
                VALUES (alpr.plate_id(cand->>'plate'), v_read,
                        coalesce((cand->>'confidence')::double precision, 0))
                ON CONFLICT DO NOTHING;
            END IF;
        END LOOP;
        FOREACH img IN ARRAY ARRAY['plate', 'overview', 'vehicle'] LOOP
            IF coalesce(r->>(img || '_jpeg'), '') <> '' THEN
                INSERT INTO alpr.images(read_id, kind, jpeg)
                VALUES (v_read, img, decode(r->>(img || '_jpeg'), 'base64'));
            END IF;
        END LOOP;
        v_imported := v_imported + 1;
        v_ids := v_ids || to_jsonb(v_read);
    END LOOP;
    -- Every read is matched against the hot lists as it enters (alpr.match_reads, 005).
    v_hits := alpr.match_reads(ARRAY(SELECT (jsonb_array_elements_text(v_ids))::bigint));
    PERFORM alpr.append_event(u.username, alpr.my_workstation(), p_action,
                              left(coalesce(p_object, ''), 200),
                              coalesce(p_details, '{}'::jsonb)
                                  || jsonb_build_object('imported', v_imported,
                                                        'duplicates', v_duplicates)
                                  || CASE WHEN v_hits > 0 THEN jsonb_build_object('hits', v_hits)
                                          ELSE '{}' END,
                              'success');
    RETURN jsonb_build_object('imported', v_imported, 'duplicates', v_duplicates, 'ids', v_ids,
                              'hits', v_hits);
END $$;

-- What an inquiry's events say of it (core/inquiry/searchrecord.cpp,
-- auditDetails): the user's organization, the case, the purpose, the query,
-- and the note when there is one (a note the screen refused is left out).
CREATE FUNCTION alpr.inquiry_details(u alpr.users, p_case text, p_purpose text, p_query jsonb,
                                     p_note text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object('organization', coalesce(u.organization, ''),
                              'case', left(coalesce(p_case, ''), 64),
                              'purpose', left(coalesce(p_purpose, ''), 64),
                              'query', coalesce(p_query, '{}'::jsonb))
           || CASE WHEN coalesce(p_note, '') <> '' THEN jsonb_build_object('note', p_note)
                   ELSE '{}' END
$$;

-- What is wrong with the case number and purpose an inquiry (a search, an
-- export) names, for user u, in the words of the workstation's own check
-- (core/cases/casepolicy.cpp), or NULL.
CREATE FUNCTION alpr.inquiry_problem(u alpr.users, p_case text, p_purpose text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_example text := (SELECT value FROM alpr.settings WHERE key = 'case_number_example');
    -- The purposes the user's roles may give, as the refusals list them.
    v_mine text := coalesce((SELECT string_agg(code, ', ' ORDER BY code) FROM alpr.purposes
                              WHERE active AND roles && u.roles), 'no purpose');
BEGIN
    RETURN CASE
        WHEN coalesce(p_case, '') = ''
            THEN format('a case or incident number is required for every search (for example %s)',
                        v_example)
        WHEN p_case !~ '^[ -~]+$'
            THEN format('"%s" holds characters that are not part of a case number (invisible, '
                        'full-width or look-alike characters); type it with plain letters and '
                        'digits (for example %s)', left(p_case, 64), v_example)
        WHEN NOT alpr.case_number_ok(p_case)
            THEN format('"%s" is not a case number in this department''s format (for example %s)',
                        left(p_case, 64), v_example)
        WHEN coalesce(p_purpose, '') = ''
            THEN 'a purpose is required for every search'
        WHEN NOT EXISTS (SELECT 1 FROM alpr.purposes WHERE code = p_purpose AND active)
            THEN format('"%s" is not an authorized purpose; use one of: %s', left(p_purpose, 64),
                        v_mine)
        WHEN NOT EXISTS (SELECT 1 FROM alpr.purposes
                          WHERE code = p_purpose AND roles && u.roles)
            THEN format('The purpose "%s" is for %s; your roles (%s) may give: %s.', p_purpose,
                        (SELECT array_to_string(roles, ', ') FROM alpr.purposes
                          WHERE code = p_purpose),
                        array_to_string(u.roles, ', '), v_mine)
    END;
END $$;

-- Searches plates for a case and purpose, and records the search (the
-- access record: who, when, the case, the purpose, the whole query, the
-- number of results) in the same transaction as it returns the reads.
-- p_query: {pattern, misread, candidates, limit, max_edits?, filters?} as
-- SearchRequest::queryJson() writes it.
CREATE FUNCTION alpr_api.search(p_case text, p_purpose text, p_query jsonb, p_note text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    u alpr.users := alpr.me();
    -- A note that carries a personal identifier never reaches the trail.
    v_note_problem text := alpr.note_problem(p_note);
    v_details jsonb := alpr.inquiry_details(u, p_case, p_purpose, p_query,
                                            CASE WHEN v_note_problem IS NULL THEN p_note END);
    refusal jsonb := CASE WHEN v_note_problem IS NULL
                          THEN alpr.require('search', 'search', v_details)
                          ELSE alpr.signed_in_guard() END;
    f jsonb := coalesce(p_query->'filters', '{}'::jsonb);
    v_from timestamptz := (f->>'from')::timestamptz;
    v_to timestamptz := (f->>'to')::timestamptz;
    v_where text;
    v_any text;
    v_tags text;
    v_plan jsonb;
    v_plate_reads bigint;
    v_room integer;
    v_rows integer;
    g record;
    v_pattern text;
    v_exact text;
    v_re text;
    v_mis text;
    v_candidates boolean := coalesce((p_query->>'candidates')::boolean, true);
    v_misread boolean := coalesce((p_query->>'misread')::boolean, false);
    v_edits integer := coalesce((p_query->>'max_edits')::integer, 0);
    v_limit integer := coalesce((p_query->>'limit')::integer, 500);
    v_count bigint;
    v_search bigint;
    v_seq bigint;
    v_hits jsonb;
    v_reason text;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    ELSIF v_note_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', v_note_problem);
    END IF;
    v_reason := coalesce(
        alpr.inquiry_problem(u, p_case, p_purpose),
        CASE WHEN v_limit < 1 OR v_limit > 100000 OR v_edits < 0 OR v_edits > 2
             THEN 'the limit is 1 to 100000 reads and near misses 0 to 2 edits' END);
    IF v_reason IS NOT NULL THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'search', 'search',
                                  v_details || jsonb_build_object('reason', v_reason), 'refused');
        RETURN alpr.error('denied', v_reason);
    END IF;
    v_pattern := alpr.normalize_pattern(p_query->>'pattern');
    BEGIN
        v_re := alpr.pattern_regex(v_pattern, false);
        v_mis := CASE WHEN v_misread THEN alpr.pattern_regex(v_pattern, true) END;
    EXCEPTION WHEN SQLSTATE 'AL400' THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'search', 'search',
                                  v_details || jsonb_build_object('reason', SQLERRM), 'invalid');
        RETURN alpr.error('invalid', SQLERRM);
    END;
    v_exact := CASE WHEN v_pattern ~ '^[A-Z0-9]+$' THEN v_pattern END;

    CREATE TEMP TABLE IF NOT EXISTS pg_temp.plate_match (
        id bigint PRIMARY KEY, plate text, reads bigint, reason text, rank integer, cost integer
    ) ON COMMIT DROP;
    CREATE TEMP TABLE IF NOT EXISTS pg_temp.matched (
        read_id bigint PRIMARY KEY, captured_at timestamptz, reason text, rank integer,
        cost integer, reading text
    ) ON COMMIT DROP;
    CREATE TEMP TABLE IF NOT EXISTS pg_temp.alternative (
        read_id bigint PRIMARY KEY, captured_at timestamptz, reading text, counted boolean
    ) ON COMMIT DROP;
    DELETE FROM pg_temp.plate_match;
    DELETE FROM pg_temp.matched;
    DELETE FROM pg_temp.alternative;
    v_any := coalesce(v_mis, v_re);
    v_tags := alpr.plate_tag_filter(v_any);
    -- The filters on the reads: the time range is read from the covering
    -- index (plate, time, id) alone.
    v_where := concat_ws(' AND ', 'true',
        CASE WHEN v_from IS NOT NULL THEN format('r.captured_at >= %L::timestamptz', v_from) END,
        CASE WHEN v_to IS NOT NULL THEN format('r.captured_at < %L::timestamptz', v_to) END,
        CASE WHEN f->>'state' IS NOT NULL THEN format('r.state = %L', f->>'state') END,
        CASE WHEN f->>'camera' IS NOT NULL
             THEN format('r.camera_id IN (SELECT id FROM alpr.cameras WHERE code = %L OR name = %L)',
                         f->>'camera', f->>'camera') END,
        CASE WHEN f->>'make' IS NOT NULL THEN format('lower(r.make) = lower(%L)', f->>'make') END,
        CASE WHEN f->>'color' IS NOT NULL THEN format('lower(r.color) = lower(%L)', f->>'color') END,
        CASE WHEN f->>'body' IS NOT NULL THEN format('lower(r.body) = lower(%L)', f->>'body') END,
        CASE WHEN f->'near' IS NOT NULL
             THEN format('r.latitude IS NOT NULL AND r.longitude IS NOT NULL'
                         ' AND 2 * 6371008.8 * asin(sqrt('
                         'power(sin(radians(r.latitude - %1$L::float8) / 2), 2)'
                         ' + cos(radians(%1$L::float8)) * cos(radians(r.latitude))'
                         ' * power(sin(radians(r.longitude - %2$L::float8) / 2), 2))) <= %3$L::float8',
                         (f->'near'->>'latitude')::float8, (f->'near'->>'longitude')::float8,
                         (f->'near'->>'metres')::float8) END);
    -- How many plates the pattern matches, as the planner expects from the
    -- plates' statistics (planning only; the answer does not depend on it).
    EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM alpr.plates p WHERE p.plate ~ %L', v_any)
        INTO v_plan;

    IF v_exact IS NULL AND (v_plan->0->'Plan'->>'Plan Rows')::numeric
           > coalesce((SELECT value::bigint FROM alpr.settings
                        WHERE key = 'search_broad_plates'), 50000) THEN
        -- A broad pattern ("8*" is a ninth of all plates): its plates are not
        -- copied. They are counted in one pass over those the plate index
        -- names, and the newest of their reads are found by walking the time
        -- index back, the plainly matching ones first, then the misreads.
        EXECUTE format('SELECT coalesce(sum(p.reads), 0) FROM alpr.plates p'
                       ' WHERE %s AND p.plate ~ $1', v_tags) INTO v_plate_reads USING v_any;
        IF v_where = 'true' THEN
            v_count := v_plate_reads;
        ELSE
            EXECUTE format('SELECT count(*) FROM alpr.reads r JOIN alpr.plates p'
                           ' ON p.id = r.plate_id WHERE %s AND p.plate ~ $1 AND %s',
                           v_tags, v_where) INTO v_count USING v_any;
        END IF;
        IF v_candidates THEN
            EXECUTE format('SELECT count(DISTINCT r.id) FROM alpr.plates p'
                           '   JOIN alpr.read_candidates rc ON rc.plate_id = p.id'
                           '   JOIN alpr.reads r ON r.id = rc.read_id'
                           '   JOIN alpr.plates own ON own.id = r.plate_id'
                           '  WHERE %s AND p.plate ~ $1 AND own.plate !~ $1 AND %s',
                           v_tags, v_where) INTO v_rows USING v_any;
            v_count := v_count + v_rows;
        END IF;
        v_room := v_limit;
        FOR g IN SELECT * FROM (VALUES (1, 'pattern', v_re, NULL::text),
                                       (2, 'misread', v_mis, v_re)) x(rank, reason, re, not_re)
                  WHERE x.re IS NOT NULL LOOP
            EXIT WHEN v_room <= 0;
            EXECUTE format('INSERT INTO pg_temp.matched(read_id, captured_at, reason, rank, cost,'
                           ' reading) SELECT r.id, r.captured_at, %L, %s, 0, p.plate'
                           '   FROM alpr.reads r JOIN alpr.plates p ON p.id = r.plate_id'
                           '  WHERE p.plate ~ $1 AND ($2::text IS NULL OR p.plate !~ $2) AND %s'
                           '  ORDER BY r.captured_at DESC, r.id DESC LIMIT %s',
                           g.reason, g.rank, v_where, v_room) USING g.re, g.not_re;
            GET DIAGNOSTICS v_rows = ROW_COUNT;
            v_room := v_room - v_rows;
        END LOOP;
        -- (An alternative reading ranks below every plain match, and these
        -- are more than v_limit: none of them is among the first.)
    ELSE
        -- The plates that match, with why, as the workstation ranks them:
        -- exact, pattern, misread, an alternative reading, a near miss.
        EXECUTE format('INSERT INTO pg_temp.plate_match(id, plate, reads, reason, rank, cost)'
                       ' SELECT id, plate, reads, reason, array_position(ARRAY[''exact'', ''pattern'','
                       '        ''misread'', ''candidate'', ''edit''], reason) - 1,'
                       '        CASE WHEN reason = ''edit'' THEN alpr.levenshtein(plate, $1) ELSE 0 END'
                       '   FROM (SELECT id, plate, reads,'
                       '                CASE WHEN plate = $1 THEN ''exact'' WHEN plate ~ $2 THEN ''pattern'''
                       '                     WHEN $3 IS NOT NULL AND plate ~ $3 THEN ''misread'''
                       '                     ELSE ''edit'' END AS reason'
                       '           FROM (SELECT p.id, p.plate, p.reads FROM alpr.plates p'
                       '                  WHERE %s AND p.plate ~ $4%s) x) y',
                       v_tags,
                       CASE WHEN v_exact IS NOT NULL AND v_edits > 0
                            THEN format(' UNION SELECT p.id, p.plate, p.reads FROM alpr.plates p'
                                        ' WHERE %s AND alpr.levenshtein(p.plate, $1) <= $5',
                                        alpr.plate_edit_filter(v_exact, v_edits)) ELSE '' END)
            USING v_exact, v_re, v_mis, v_any, v_edits;
        ANALYZE pg_temp.plate_match;
        -- Counted where they are (without filters, from the plates' own
        -- counts), and only the first v_limit kept, rank by rank: the newest
        -- of a rank's reads, from its plates' reads or by walking the time
        -- index back, whichever the planner finds cheaper.
        IF v_where = 'true' THEN
            v_count := (SELECT coalesce(sum(reads), 0) FROM pg_temp.plate_match);
        ELSE
            EXECUTE format('SELECT count(*) FROM pg_temp.plate_match m JOIN alpr.reads r'
                           ' ON r.plate_id = m.id WHERE %s', v_where) INTO v_count;
        END IF;
        v_room := v_limit;
        FOR g IN SELECT DISTINCT rank, cost FROM pg_temp.plate_match ORDER BY rank, cost LOOP
            EXIT WHEN v_room <= 0;
            EXECUTE format('INSERT INTO pg_temp.matched(read_id, captured_at, reason, rank, cost,'
                           ' reading) SELECT r.id, r.captured_at, m.reason, m.rank, m.cost, m.plate'
                           '   FROM alpr.reads r JOIN pg_temp.plate_match m ON m.id = r.plate_id'
                           '  WHERE m.rank = %s AND m.cost = %s AND %s'
                           '  ORDER BY r.captured_at DESC, r.id DESC LIMIT %s',
                           g.rank, g.cost, v_where, v_room);
            GET DIAGNOSTICS v_rows = ROW_COUNT;
            v_room := v_room - v_rows;
        END LOOP;
        -- The reads whose alternative readings match (as a pattern or a
        -- misread), unless their plate matched better: those not matched at
        -- all add to the count, and all of them may enter the first v_limit
        -- (a read matched as a near miss moves up as an alternative reading).
        IF v_candidates THEN
            EXECUTE format('INSERT INTO pg_temp.alternative(read_id, captured_at, reading, counted)'
                           ' SELECT DISTINCT ON (r.id) r.id, r.captured_at, m.plate,'
                           '        NOT EXISTS (SELECT 1 FROM pg_temp.plate_match d'
                           '                     WHERE d.id = r.plate_id)'
                           '   FROM pg_temp.plate_match m'
                           '   JOIN alpr.read_candidates rc ON rc.plate_id = m.id'
                           '   JOIN alpr.reads r ON r.id = rc.read_id'
                           '  WHERE m.rank <= 2 AND %s'
                           '    AND NOT EXISTS (SELECT 1 FROM pg_temp.plate_match d'
                           '                     WHERE d.id = r.plate_id AND d.rank < 3)'
                           '  ORDER BY r.id, m.plate', v_where);
            v_count := v_count + (SELECT count(*) FROM pg_temp.alternative WHERE counted);
            INSERT INTO pg_temp.matched AS x(read_id, captured_at, reason, rank, cost, reading)
            SELECT read_id, captured_at, 'candidate', 3, 0, reading FROM pg_temp.alternative
            ON CONFLICT (read_id) DO UPDATE
               SET reason = excluded.reason, rank = excluded.rank, cost = excluded.cost,
                   reading = excluded.reading;
        END IF;
    END IF;

    v_seq := alpr.append_event(u.username, alpr.my_workstation(), 'search', 'search',
                               v_details || jsonb_build_object('result_count', v_count,
                                                               'normalized_pattern', v_pattern),
                               'success');
    INSERT INTO alpr.searches(user_id, at, case_number, purpose, query, note, result_count,
                              audit_seq)
    VALUES (u.id, now(), p_case, p_purpose, p_query, coalesce(p_note, ''), v_count, v_seq)
    RETURNING id INTO v_search;
    INSERT INTO alpr.search_reads(search_id, read_id, position, reason, cost, reading)
    SELECT v_search, x.read_id,
           row_number() OVER (ORDER BY x.rank, x.cost, x.captured_at DESC, x.read_id DESC),
           x.reason, x.cost, x.reading
      FROM (SELECT * FROM pg_temp.matched m
             ORDER BY m.rank, m.cost, m.captured_at DESC, m.read_id DESC LIMIT v_limit) x;
    -- The reads go out once this record has committed (alpr_api.result).
    RETURN alpr.pending('search', jsonb_build_object('search_id', v_search));
END $$;

CREATE FUNCTION alpr.search_answer(p_search bigint) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'search_id', s.id,
        'pattern', alpr.normalize_pattern(s.query->>'pattern'),
        'count', s.result_count,
        'hits', coalesce((SELECT jsonb_agg(jsonb_build_object('read', alpr.read_json(r),
                                                              'reason', sr.reason,
                                                              'cost', sr.cost,
                                                              'reading', sr.reading)
                                           ORDER BY sr.position)
                            FROM alpr.search_reads sr JOIN alpr.reads r ON r.id = sr.read_id
                           WHERE sr.search_id = s.id), '[]'::jsonb))
      FROM alpr.searches s WHERE s.id = p_search
$$;

-- What the search bar offers: the department's case number format and the
-- purposes, each with the roles that may give it (the server checks both
-- again in search). Any signed-in user; no ALPR data.
CREATE FUNCTION alpr_api.case_policy() RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
    SELECT coalesce(alpr.signed_in_guard(), jsonb_build_object(
        'case_number_pattern',
        coalesce((SELECT value FROM alpr.settings WHERE key = 'case_number_pattern'), ''),
        'case_number_example',
        coalesce((SELECT value FROM alpr.settings WHERE key = 'case_number_example'), ''),
        'purposes', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                          'code', p.code, 'description', p.description,
                                          'policy_ref', p.policy_ref, 'active', p.active,
                                          'roles', to_jsonb(p.roles)) ORDER BY p.code)
                                FROM alpr.purposes p), '[]'::jsonb)))
$$;

-- The case numbers the signed-in user searched under, latest first: their
-- own record, for the search bar's list.
CREATE FUNCTION alpr_api.recent_cases(p_count bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    s alpr.sessions := alpr.current_session();
BEGIN
    IF s.id IS NULL THEN
        RETURN alpr.not_signed_in();
    END IF;
    RETURN jsonb_build_object('cases', coalesce((
        SELECT jsonb_agg(c.case_number ORDER BY c.last DESC)
          FROM (SELECT case_number, max(at) AS last FROM alpr.searches
                 WHERE user_id = s.user_id GROUP BY case_number
                 ORDER BY last DESC LIMIT least(greatest(coalesce(p_count, 10), 1), 100)) c),
        '[]'::jsonb));
END $$;

-- A read opened, or one of its images viewed, under an earlier search of
-- this user that returned it.
CREATE FUNCTION alpr_api.open_read(p_read bigint, p_search bigint, p_image text,
                                   p_enhanced boolean)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    v_action text := CASE WHEN p_image IS NULL THEN 'view-read' ELSE 'view-image' END;
    v_object text := 'read:' || p_read;
    v_details jsonb := jsonb_build_object('search', p_search)
                       || CASE WHEN p_image IS NULL THEN '{}'::jsonb
                               ELSE jsonb_build_object('image', p_image) END
                       || CASE WHEN p_enhanced THEN jsonb_build_object('enhanced', true)
                               ELSE '{}'::jsonb END;
    refusal jsonb := alpr.require(CASE WHEN p_image IS NULL THEN 'search' ELSE 'view-image' END,
                                  v_object, v_details);
    u alpr.users;
    s alpr.searches;
    r alpr.reads;
    v_jpeg bytea;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    u := alpr.me();
    SELECT * INTO s FROM alpr.searches WHERE id = p_search AND user_id = u.id;
    IF s.id IS NULL OR NOT EXISTS (SELECT 1 FROM alpr.search_reads
                                    WHERE search_id = p_search AND read_id = p_read) THEN
        PERFORM alpr.append_event(u.username, alpr.my_workstation(), v_action, v_object,
                                  v_details || jsonb_build_object(
                                      'reason', 'not a result of this user''s search'),
                                  'refused');
        RETURN alpr.error('denied', format('read %s is not a result of your search %s', p_read,
                                           p_search));
    END IF;
    SELECT * INTO r FROM alpr.reads WHERE id = p_read;
    IF r.id IS NULL THEN
        RETURN alpr.error('not-found', format('read %s is no longer stored', p_read));
    END IF;
    IF p_image IS NOT NULL THEN
        SELECT jpeg INTO v_jpeg FROM alpr.images WHERE read_id = p_read AND kind = p_image;
        IF v_jpeg IS NULL THEN
            RETURN alpr.error('not-found', format('read %s has no %s image', p_read, p_image));
        END IF;
    END IF;
    PERFORM alpr.append_event(u.username, alpr.my_workstation(), v_action, v_object,
                              v_details || jsonb_build_object(
                                  'case', s.case_number, 'purpose', s.purpose,
                                  'organization', coalesce(u.organization, ''),
                                  'plate', (SELECT plate FROM alpr.plates WHERE id = r.plate_id)),
                              'success');
    RETURN alpr.pending('view', jsonb_build_object('read', p_read, 'image', p_image));
END $$;

CREATE FUNCTION alpr.view_answer(p_view jsonb) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'read', alpr.read_json(r),
        'images', (SELECT coalesce(jsonb_agg(kind ORDER BY kind), '[]')
                     FROM alpr.images WHERE read_id = r.id),
        'jpeg', (SELECT translate(encode(jpeg, 'base64'), E'\n', '') FROM alpr.images
                  WHERE read_id = r.id AND kind = p_view->>'image'))
      FROM alpr.reads r WHERE r.id = (p_view->>'read')::bigint
$$;

-- Reading the trail, for the auditor (and 'audit verify'): audit_open
-- records the reading; its pages are given, after that has committed, by
-- audit_page(reading, after, limit): the events after p_after, oldest first.
CREATE FUNCTION alpr_api.audit_open(p_purpose text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.require('read-audit', 'audit',
                                  jsonb_build_object('purpose', left(p_purpose, 64)));
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'audit-read',
                              'audit', jsonb_build_object('purpose', left(p_purpose, 64)),
                              'success');
    RETURN jsonb_build_object('reading', (alpr.pending('audit', jsonb_build_object(
                                              'user_id', (alpr.me()).id)))->'pending');
END $$;

-- An event of a trail (a row of alpr.audit_events or of a migrated trail,
-- as to_jsonb gives it) as the workstations read it (auditEventFromJson).
CREATE FUNCTION alpr.event_json(e jsonb) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'seq', e->'seq', 'at', alpr.event_time_text((e->>'at')::timestamptz),
        'user', e->'username', 'workstation', e->'workstation', 'action', e->'action',
        'object', e->'object', 'details', e->'details', 'outcome', e->'outcome',
        'prev_hash', e->'prev_hash', 'hash', e->'hash', 'signer', e->'signer',
        'signature', e->'signature')
$$;

-- Whether p_reading is a reading of the trail this user opened
-- (alpr_api.audit_open) that has committed, asked about in a transaction
-- that has written nothing: NULL when it is, else the error to answer.
CREATE FUNCTION alpr.audit_reading_problem(p_reading bigint) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
    reading alpr.pending_results;
BEGIN
    IF alpr.read_only_guard() IS NOT NULL THEN
        RETURN alpr.read_only_guard();
    END IF;
    reading := alpr.committed_pending(p_reading, 'audit', interval '1 hour');
    IF reading.id IS NULL OR (reading.result->>'user_id')::bigint IS DISTINCT FROM (alpr.me()).id
    THEN
        RETURN alpr.error('denied', 'open the trail first (alpr_api.audit_open), and read it '
                                    'in a transaction of its own');
    END IF;
    RETURN NULL;
END $$;

-- A page of a trail (the live one, or a migrated file store's) under a
-- reading of this user's that alpr_api.audit_open recorded and that has
-- committed, in a transaction that has written nothing: the events after
-- p_after that pass p_filter, so that an auditor's question about one user or
-- one case does not copy the whole trail to the workstation. p_filter's keys,
-- each optional: user, actions (an array), outcome, case, purpose, from
-- (inclusive) and to (exclusive) as ISO 8601 times, and seqs (an array of
-- the events wanted).
CREATE FUNCTION alpr.audit_reading_page(p_table regclass, p_reading bigint, p_after bigint,
                                        p_limit bigint, p_filter jsonb)
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    f jsonb := coalesce(p_filter, '{}');
    v_from timestamptz;
    v_to timestamptz;
    v jsonb;
BEGIN
    IF alpr.audit_reading_problem(p_reading) IS NOT NULL THEN
        RETURN alpr.audit_reading_problem(p_reading);
    END IF;
    IF jsonb_typeof(f) <> 'object'
       OR (f ? 'actions' AND jsonb_typeof(f->'actions') <> 'array')
       OR (f ? 'seqs' AND (jsonb_typeof(f->'seqs') <> 'array'
                           OR jsonb_path_exists(f->'seqs', '$[*] ? (@.type() != "number" || @.floor() != @)')))
    THEN
        RETURN alpr.error('invalid', 'the filter is an object, its actions and seqs arrays');
    END IF;
    BEGIN
        v_from := (f->>'from')::timestamptz;
        v_to := (f->>'to')::timestamptz;
    EXCEPTION WHEN invalid_datetime_format OR datetime_field_overflow THEN
        RETURN alpr.error('invalid', format('"%s" or "%s" is not a time', left(f->>'from', 40),
                                            left(f->>'to', 40)));
    END;
    EXECUTE format(
        'SELECT coalesce(jsonb_agg(alpr.event_json(to_jsonb(e)) ORDER BY e.seq), ''[]''::jsonb)'
        '  FROM (SELECT * FROM %s t WHERE t.seq > $1'
        '          AND ($3->>''user'' IS NULL OR t.username = $3->>''user'')'
        '          AND ($3->''actions'' IS NULL OR t.action IN ('
        '                   SELECT jsonb_array_elements_text($3->''actions'')))'
        '          AND ($3->>''outcome'' IS NULL OR t.outcome = $3->>''outcome'')'
        '          AND ($3->>''case'' IS NULL OR t.details->>''case'' = $3->>''case'')'
        '          AND ($3->>''purpose'' IS NULL OR t.details->>''purpose'' = $3->>''purpose'')'
        '          AND ($4 IS NULL OR t.at >= $4) AND ($5 IS NULL OR t.at < $5)'
        '          AND ($3->''seqs'' IS NULL OR t.seq IN ('
        '                   SELECT jsonb_array_elements_text($3->''seqs'')::bigint))'
        '        ORDER BY t.seq LIMIT $2) e', p_table)
    INTO v USING coalesce(p_after, 0), least(greatest(coalesce(p_limit, 1000), 1), 5000), f,
                 v_from, v_to;
    RETURN jsonb_build_object('events', v);
END $$;

CREATE FUNCTION alpr_api.audit_page(p_reading bigint, p_after bigint, p_limit bigint,
                                     p_filter jsonb)
RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
    SELECT alpr.audit_reading_page('alpr.audit_events', p_reading, p_after, p_limit, p_filter)
$$;

-- ---------------------------------------------------------------- cases

-- A case's title, given by whoever first searched under it, an auditor or
-- an administrator (core/cases/caseview.h).
CREATE TABLE alpr.case_titles (
    case_number text PRIMARY KEY,
    title text NOT NULL,
    set_by text NOT NULL,
    set_at timestamptz NOT NULL
);

-- Who first searched under a case, and when; no row when nobody did.
CREATE FUNCTION alpr.case_first_search(p_case text, OUT username text, OUT at timestamptz)
RETURNS SETOF record
LANGUAGE sql STABLE AS $$
    SELECT u.username, s.at
      FROM alpr.searches s JOIN alpr.users u ON u.id = s.user_id
     WHERE s.case_number = p_case ORDER BY s.id LIMIT 1
$$;

-- What was done under a case (CaseView): who first searched under it and
-- when, and every event of the trail that names it, oldest first. For
-- auditors and administrators, or a user who has searched under it; viewing
-- is itself recorded ("case-view"), and answered once that has committed.
CREATE FUNCTION alpr_api.case_history(p_case text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    me alpr.users;
    refusal jsonb;
    v_first record;
    v_events jsonb;
BEGIN
    IF alpr.signed_in_guard() IS NOT NULL THEN
        RETURN alpr.signed_in_guard();
    END IF;
    me := alpr.me();
    IF length(coalesce(p_case, '')) NOT BETWEEN 1 AND 64 THEN
        RETURN alpr.error('invalid', 'name the case (1 to 64 characters)');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM alpr.searches WHERE case_number = p_case AND user_id = me.id)
    THEN
        refusal := alpr.require('read-audit', 'case:' || p_case,
                                jsonb_build_object('case', p_case, 'operation', 'case-view'));
        IF refusal IS NOT NULL THEN
            RETURN refusal;
        END IF;
    END IF;
    SELECT * INTO v_first FROM alpr.case_first_search(p_case);
    IF NOT FOUND THEN
        RETURN alpr.error('not-found', format('no search was ever made under case "%s"', p_case));
    END IF;
    SELECT coalesce(jsonb_agg(alpr.event_json(to_jsonb(e)) ORDER BY e.seq), '[]'::jsonb)
      INTO v_events
      FROM alpr.audit_events e
     WHERE e.details ? 'case' AND e.details->>'case' = p_case;
    PERFORM alpr.append_event(me.username, alpr.my_workstation(), 'case-view', 'case:' || p_case,
                              jsonb_build_object('viewed_case', p_case,
                                                 'events', jsonb_array_length(v_events)),
                              'success');
    RETURN alpr.pending('case', jsonb_build_object(
        'number', p_case, 'first_user', v_first.username,
        'first_at', alpr.event_time_text(v_first.at),
        'title', coalesce((SELECT title FROM alpr.case_titles WHERE case_number = p_case), ''),
        'events', v_events));
END $$;

-- Gives a case a title (at most 120 characters, no personal identifier):
-- the user who first searched under it, or anyone who may read the audit
-- trail. A user who never searched under it needs that too, and is recorded
-- when refused.
CREATE FUNCTION alpr_api.case_title_set(p_case text, p_title text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    me alpr.users;
    refusal jsonb;
    v_title text := btrim(coalesce(p_title, ''));
    v_first text;
    v_before text;
    v_problem text;
BEGIN
    IF alpr.signed_in_guard() IS NOT NULL THEN
        RETURN alpr.signed_in_guard();
    END IF;
    me := alpr.me();
    IF length(coalesce(p_case, '')) NOT BETWEEN 1 AND 64 THEN
        RETURN alpr.error('invalid', 'name the case (1 to 64 characters)');
    END IF;
    v_problem := coalesce(alpr.text_problem('case title', p_title, 120),
                          alpr.note_problem(v_title, 'title'));
    IF v_problem IS NOT NULL THEN
        RETURN alpr.error('invalid', v_problem);
    END IF;
    refusal := CASE
        WHEN EXISTS (SELECT 1 FROM alpr.searches WHERE case_number = p_case AND user_id = me.id)
            THEN alpr.require('search', 'case:' || p_case)
        ELSE alpr.require('read-audit', 'case:' || p_case,
                          jsonb_build_object('case', p_case, 'operation', 'case-title'))
    END;
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    SELECT f.username INTO v_first FROM alpr.case_first_search(p_case) f;
    IF NOT FOUND THEN
        RETURN alpr.error('not-found', format('no search was ever made under case "%s"', p_case));
    END IF;
    IF v_first <> me.username
       AND NOT EXISTS (SELECT 1 FROM alpr.permissions
                        WHERE role = ANY (me.roles) AND action = 'read-audit') THEN
        RETURN alpr.error('denied', format('only %s, who first used case %s, an auditor or an '
                                           'administrator may give it a title', v_first, p_case));
    END IF;
    SELECT title INTO v_before FROM alpr.case_titles WHERE case_number = p_case FOR UPDATE;
    INSERT INTO alpr.case_titles(case_number, title, set_by, set_at)
    VALUES (p_case, v_title, me.username, now())
    ON CONFLICT (case_number) DO UPDATE SET title = EXCLUDED.title, set_by = EXCLUDED.set_by,
                                            set_at = EXCLUDED.set_at;
    PERFORM alpr.append_event(me.username, alpr.my_workstation(), 'case-title', 'case:' || p_case,
                              jsonb_build_object('case', p_case, 'title', v_title,
                                                 'before', coalesce(v_before, '')),
                              'success');
    RETURN jsonb_build_object('case', p_case, 'title', v_title);
END $$;

-- -------------------------------------------------------- user administration

CREATE FUNCTION alpr.admin_check(p_what text, p_username text, p_details jsonb)
RETURNS jsonb
LANGUAGE sql AS $$
    SELECT alpr.require('manage-users', 'user:' || coalesce(p_username, ''),
                        coalesce(p_details, '{}') || jsonb_build_object('change', p_what))
$$;

CREATE FUNCTION alpr_api.user_add(p_username text, p_full_name text, p_badge text,
                                  p_organization text, p_roles text[], p_password text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.admin_check('add', p_username,
                                      jsonb_build_object('roles', array_to_string(p_roles, ',')));
    v_service boolean := alpr.is_service(p_roles);
    v_id bigint;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    IF p_username !~ '^[a-z][a-z0-9._-]{1,31}$' THEN
        RETURN alpr.error('invalid', format('"%s" is not a user name (2-32 of a-z 0-9 . _ -, '
                                            'starting with a letter)', left(p_username, 40)));
    END IF;
    IF EXISTS (SELECT 1 FROM alpr.users WHERE username = p_username) THEN
        RETURN alpr.error('exists', format('%s already has an account', p_username));
    END IF;
    IF cardinality(p_roles) = 0 OR EXISTS (SELECT 1 FROM unnest(p_roles) r
                                            WHERE r NOT IN (SELECT role FROM alpr.permissions))
       OR (v_service AND NOT p_roles <@ ARRAY['ingest', 'maintenance']) THEN
        RETURN alpr.error('invalid', format('%s: roles %s are unknown or mix a person''s and a '
                                            'service account''s', p_username,
                                            array_to_string(p_roles, ',')));
    END IF;
    IF alpr.password_problem(p_password) IS NOT NULL THEN
        RETURN alpr.error('invalid', alpr.password_problem(p_password));
    END IF;
    INSERT INTO alpr.users(username, full_name, badge, organization, roles, password_hash,
                           must_change_password)
    VALUES (p_username, coalesce(p_full_name, ''), coalesce(p_badge, ''),
            coalesce(p_organization, ''), p_roles, crypt(p_password, gen_salt('bf', 12)),
            NOT v_service)
    RETURNING id INTO v_id;
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), 'user-added',
                              'user:' || p_username,
                              jsonb_build_object('roles', array_to_string(p_roles, ',')), 'success');
    RETURN jsonb_build_object('id', v_id);
END $$;

CREATE FUNCTION alpr_api.user_list() RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := coalesce(alpr.read_only_guard(), alpr.admin_check('list', '', '{}'));
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    RETURN jsonb_build_object('users', coalesce((SELECT jsonb_agg(alpr.account_json(u)
                                                                   ORDER BY u.username)
                                                   FROM alpr.users u), '[]'::jsonb));
END $$;

-- An administrator's change to an account: 'unlock', 'disable', 'enable'
-- and 'reset-password' (p_value: the temporary password), 'training'
-- (p_value: {course, completed_on, expires_on}), 'roles' (p_value: a,b),
-- 'totp' (p_value: the secret in hex, which the administrator hands to the
-- user), 'totp-remove', 'require-second-factor'. Recorded under the file
-- store's action names.
CREATE FUNCTION alpr_api.user_change(p_username text, p_change text, p_value text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    refusal jsonb := alpr.admin_check(p_change, p_username, '{}');
    u alpr.users;
    v_details jsonb := '{}';
    v_action text;
    v_roles text[];
    t jsonb;
BEGIN
    IF refusal IS NOT NULL THEN
        RETURN refusal;
    END IF;
    SELECT * INTO u FROM alpr.users WHERE username = p_username FOR UPDATE;
    IF u.id IS NULL THEN
        RETURN alpr.error('not-found', format('%s has no account', left(p_username, 40)));
    END IF;
    IF p_change IN ('disable', 'roles') AND u.id = (alpr.me()).id THEN
        RETURN alpr.error('denied', 'an administrator cannot disable their own account or change '
                                    'their own roles');
    END IF;
    IF p_change IN ('enable', 'reset-password') AND alpr.password_problem(p_value) IS NOT NULL
    THEN
        RETURN alpr.error('invalid', alpr.password_problem(p_value));
    END IF;
    IF p_change = 'unlock' THEN
        UPDATE alpr.users SET locked_until = NULL, failed_sign_ins = 0 WHERE id = u.id;
        v_action := 'user-unlocked';
    ELSIF p_change = 'disable' THEN
        UPDATE alpr.users SET active = false WHERE id = u.id;
        UPDATE alpr.sessions SET ended_at = now() WHERE user_id = u.id AND ended_at IS NULL;
        v_action := 'user-disabled';
    ELSIF p_change IN ('enable', 'reset-password') THEN
        UPDATE alpr.users SET active = true, password_hash = crypt(p_value, gen_salt('bf', 12)),
                              must_change_password = NOT alpr.is_service(u.roles),
                              locked_until = NULL, failed_sign_ins = 0
         WHERE id = u.id;
        v_action := CASE p_change WHEN 'enable' THEN 'user-enabled' ELSE 'password-reset' END;
    ELSIF p_change = 'training' THEN
        t := p_value::jsonb;
        INSERT INTO alpr.training(user_id, course, completed_on, expires_on)
        VALUES (u.id, t->>'course', (t->>'completed_on')::date, (t->>'expires_on')::date);
        v_details := t;
        v_action := 'training-recorded';
    ELSIF p_change = 'roles' THEN
        v_roles := string_to_array(p_value, ',');
        IF cardinality(v_roles) = 0
           OR EXISTS (SELECT 1 FROM unnest(v_roles) r
                       WHERE r NOT IN (SELECT role FROM alpr.permissions))
           OR (alpr.is_service(v_roles) AND NOT v_roles <@ ARRAY['ingest', 'maintenance'])
           OR alpr.is_service(v_roles) <> alpr.is_service(u.roles) THEN
            RETURN alpr.error('invalid', format('%s: roles %s are unknown or mix a person''s and '
                                                'a service account''s', u.username,
                                                left(p_value, 100)));
        END IF;
        UPDATE alpr.users SET roles = v_roles WHERE id = u.id;
        v_details := jsonb_build_object('from', array_to_string(u.roles, ','),
                                        'to', array_to_string(v_roles, ','));
        v_action := 'roles-changed';
    ELSIF p_change = 'totp' THEN
        IF coalesce(p_value, '') !~ '^([0-9a-f]{2}){20,64}$' THEN
            RETURN alpr.error('invalid', 'the secret has fewer than 160 bits');
        END IF;
        UPDATE alpr.users SET totp_secret = decode(p_value, 'hex'), totp_last_step = -1
         WHERE id = u.id;
        v_action := 'totp-enrolled';
    ELSIF p_change = 'totp-remove' THEN
        UPDATE alpr.users SET totp_secret = NULL, totp_last_step = -1 WHERE id = u.id;
        v_action := 'totp-removed';
    ELSIF p_change = 'require-second-factor' THEN
        UPDATE alpr.users SET totp_required = true WHERE id = u.id;
        v_action := 'second-factor-required';
    ELSE
        RETURN alpr.error('invalid', format('unknown change "%s"', left(p_change, 40)));
    END IF;
    PERFORM alpr.append_event((alpr.me()).username, alpr.my_workstation(), v_action,
                              'user:' || u.username, v_details, 'success');
    RETURN '{}'::jsonb;
END $$;

-- The signed-in user enrols a second factor: the secret the client showed
-- as a QR code, confirmed by a code from the authenticator.
CREATE FUNCTION alpr_api.totp_enrol(p_secret bytea, p_code text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    u alpr.users := alpr.me();
    v_step bigint;
BEGIN
    IF u.id IS NULL THEN
        RETURN alpr.not_signed_in();
    END IF;
    IF length(coalesce(p_secret, ''::bytea)) < 20 THEN
        RETURN alpr.error('invalid', 'the secret has fewer than 160 bits');
    END IF;
    u.totp_secret := p_secret;
    u.totp_last_step := -1;
    v_step := alpr.totp_accepts(u, p_code);
    IF v_step IS NULL THEN
        RETURN alpr.error('invalid', 'the code does not match the new secret');
    END IF;
    UPDATE alpr.users SET totp_secret = p_secret, totp_last_step = v_step WHERE id = u.id;
    PERFORM alpr.append_event(u.username, alpr.my_workstation(), 'totp-enrolled',
                              'user:' || u.username, '{}'::jsonb, 'success');
    RETURN '{}'::jsonb;
END $$;

-- The answer to a call that recorded first (a sign-in, a password check, a
-- search, a view), once that record has committed: see alpr.pending_results.
CREATE FUNCTION alpr_api.result(p_id bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = alpr, pg_temp AS $$
DECLARE
    p alpr.pending_results;
BEGIN
    IF alpr.read_only_guard() IS NOT NULL THEN
        RETURN alpr.read_only_guard();
    END IF;
    SELECT * INTO p FROM alpr.pending_results WHERE id = p_id;
    p := alpr.committed_pending(p_id, p.kind, interval '5 minutes');
    IF p.id IS NULL THEN
        RETURN alpr.error('invalid', 'no such answer for this connection, or its record has not '
                                     'committed');
    END IF;
    -- Each answer once.
    DELETE FROM alpr.pending_results WHERE id = p.id;
    IF p.kind = 'sign-in' THEN
        RETURN alpr.finish_sign_in(p.result);
    ELSIF p.kind = 'search' THEN
        RETURN alpr.search_answer((p.result->>'search_id')::bigint);
    ELSIF p.kind = 'canvass' THEN
        RETURN alpr.canvass_answer(p.result); -- 009_canvass.sql
    ELSIF p.kind = 'view' THEN
        RETURN coalesce(alpr.view_answer(p.result),
                        alpr.error('not-found', 'the read is no longer stored'));
    END IF;
    RETURN p.result; -- 'password'
END $$;
