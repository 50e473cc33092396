-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- Department store, migration 20: fewer tags for a gapped pattern.
--
-- Migration 2's condition of the plate index, which gave a pattern without
-- '*' ("7?B?12?") the tag of each fixed character twice: its position from
-- the start and from the end. Together they say the plate's length, which
-- matters for a short pattern ("A?1": few plates have three characters)
-- and says nothing for one as long as most plates. The GIN index reads every
-- tag's list of plates, so each tag costs: at 10,000,000 reads (4,200,000
-- plates) the plates of "7?B?12?" took 31 ms with its eight tags and 19 ms
-- with the four from the start, which let through one plate more for the
-- expression to refuse (101 against 100); "??C?12?" 26 ms against 15 (1,054
-- plates against 971). A pattern without '*' of three fixed characters or
-- more now gives its tags from the start only; one of fewer keeps both.
-- A set ("[78]") still gives its members from the end, as before.

CREATE OR REPLACE FUNCTION alpr.plate_tag_filter(p_re text) RETURNS text
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
    fixed integer; -- the single characters of a pattern without '*'
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
    fixed := CASE WHEN '*' = ANY (toks) THEN 0
                  ELSE (SELECT count(*) FROM unnest(toks) t WHERE length(t) = 1) END;
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
                IF fixed < 3 THEN
                    required := required || alts;
                END IF;
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
