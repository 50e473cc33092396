-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 ALPR Workstation developers
--
-- What the department store's code is (README, "Checking the department
-- store"): one row for each function, trigger, table, view, sequence and
-- schema of alpr and alpr_api, named, with an MD5 of what decides how it
-- behaves and who may use it. The store check compares the rows with
-- store_code.txt, the rows of a store its migrations made, so that a
-- superuser who redefines a function (a search that leaves out a plate, a
-- trail append that records nothing), turns a trigger off or grants the
-- workstations a table is found. It reads the catalogs, which every role
-- may read, and never a function of the store's: those are what it checks.
--
-- What differs between two stores made the same way is left out: the
-- module's directory (probin), the role that ran 'pg init' (owner and
-- grantor of the extensions' functions, named "owner"), grantors, object
-- ids, and the month tables, which come and go with the reads (each month
-- table whose grants, its columns' included, or switched-off triggers differ
-- from its parent's changes its parent's row).
WITH ours AS (
    SELECT oid FROM pg_catalog.pg_namespace WHERE nspname IN ('alpr', 'alpr_api')
), objects AS (
    SELECT 'pg_class'::pg_catalog.regclass AS catalog, c.oid, c.relacl AS acl,
           c.relowner AS owner, CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END::"char" AS kind
      FROM pg_catalog.pg_class c WHERE c.relnamespace IN (SELECT oid FROM ours)
    UNION ALL
    SELECT 'pg_proc'::pg_catalog.regclass, p.oid, p.proacl, p.proowner, 'f'
      FROM pg_catalog.pg_proc p WHERE p.pronamespace IN (SELECT oid FROM ours)
    UNION ALL
    SELECT 'pg_namespace'::pg_catalog.regclass, n.oid, n.nspacl, n.nspowner, 'n'
      FROM pg_catalog.pg_namespace n WHERE n.oid IN (SELECT oid FROM ours)
), grants AS (
    -- Who may do what to each object, its owner named "owner".
    SELECT o.catalog, o.oid,
           (SELECT coalesce(string_agg(e, ',' ORDER BY e), '')
              FROM (SELECT CASE WHEN a.grantee = o.owner THEN 'owner'
                                WHEN a.grantee = 0 THEN 'public'
                                ELSE pg_catalog.pg_get_userbyid(a.grantee) END
                           || ':' || a.privilege_type AS e
                      FROM pg_catalog.aclexplode(coalesce(o.acl,
                               pg_catalog.acldefault(o.kind, o.owner))) a) x) AS acl
      FROM objects o
)
SELECT 'function ' || n.nspname || '.' || p.proname || '('
           || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
       pg_catalog.md5(concat_ws('|', l.lanname, p.prokind, p.provolatile, p.prosecdef,
           p.proisstrict, p.proretset, p.proparallel, p.proleakproof,
           pg_catalog.pg_get_function_result(p.oid), array_to_string(p.proconfig, ','),
           p.prosrc, p.prosqlbody IS NULL, regexp_replace(p.probin, '^.*/', ''),
           CASE WHEN x.extname IS NULL THEN pg_catalog.pg_get_userbyid(p.proowner)
                ELSE 'extension ' || x.extname END,
           g.acl))
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_catalog.pg_language l ON l.oid = p.prolang
  JOIN grants g ON g.catalog = 'pg_proc'::pg_catalog.regclass AND g.oid = p.oid
  LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
       AND d.objid = p.oid AND d.deptype = 'e'
  LEFT JOIN pg_catalog.pg_extension x ON x.oid = d.refobjid
UNION ALL
SELECT 'trigger ' || n.nspname || '.' || c.relname || ' ' || t.tgname,
       pg_catalog.md5(pg_catalog.pg_get_triggerdef(t.oid) || '|' || t.tgenabled::text || '|'
           || coalesce((SELECT string_agg(DISTINCT k.tgenabled::text, '')
                          FROM pg_catalog.pg_trigger k
                         WHERE k.tgparentid = t.oid AND k.tgenabled <> t.tgenabled), ''))
  FROM pg_catalog.pg_trigger t
  JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relnamespace IN (SELECT oid FROM ours) AND NOT t.tgisinternal AND t.tgparentid = 0
UNION ALL
-- The foreign keys' triggers, which ALTER TABLE ... DISABLE TRIGGER ALL
-- switches off with the others.
SELECT 'triggers of the foreign keys',
       pg_catalog.md5('switched off: ' || count(*))
  FROM pg_catalog.pg_trigger t
  JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
 WHERE c.relnamespace IN (SELECT oid FROM ours) AND t.tgisinternal AND t.tgenabled <> 'O'
UNION ALL
SELECT CASE c.relkind WHEN 'S' THEN 'sequence ' WHEN 'v' THEN 'view ' ELSE 'table ' END
           || n.nspname || '.' || c.relname,
       pg_catalog.md5(concat_ws('|', c.relkind, pg_catalog.pg_get_userbyid(c.relowner),
           c.relrowsecurity, c.relforcerowsecurity, g.acl,
           CASE c.relkind WHEN 'v' THEN pg_catalog.pg_get_viewdef(c.oid) END,
           (SELECT count(*)
              FROM pg_catalog.pg_inherits i
              JOIN grants pg ON pg.catalog = g.catalog AND pg.oid = i.inhrelid
             WHERE i.inhparent = c.oid
               AND (pg.acl <> g.acl
                    OR EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                                WHERE a.attrelid = i.inhrelid
                                  AND pg_catalog.cardinality(a.attacl) > 0))),
           -- Grants of single columns, none in a store the migrations made
           -- (NULL, which concat_ws leaves out).
           (SELECT string_agg(a.attname || ':' || a.attacl::text, ',' ORDER BY a.attnum)
              FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = c.oid AND pg_catalog.cardinality(a.attacl) > 0)))
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  JOIN grants g ON g.catalog = 'pg_class'::pg_catalog.regclass AND g.oid = c.oid
 WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND NOT c.relispartition
UNION ALL
SELECT 'schema ' || n.nspname,
       pg_catalog.md5(pg_catalog.pg_get_userbyid(n.nspowner) || '|' || g.acl)
  FROM pg_catalog.pg_namespace n
  JOIN grants g ON g.catalog = 'pg_namespace'::pg_catalog.regclass AND g.oid = n.oid

