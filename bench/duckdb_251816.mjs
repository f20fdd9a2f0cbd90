// The screening job of post 251816 (rules/posts/251816.json) in DuckDB SQL,
// for bench/compare.sh: DESIGN.md s.3 and s.6 for that post, written as a
// screener would, with lookup tables made from rules/reference/.
//
//   node bench/duckdb_251816.mjs run CANDIDATES.csv OUT.csv [THREADS]
//       screen, write candidate_id,line_no,status to OUT.csv; print {"query_s":...}
//   node bench/duckdb_251816.mjs check DUCKDB_OUT.csv ELIGO_REPORT.csv
//       compare the statuses of every candidate on 251816 with eligo's report
//
// DuckDB comes from the npm registry (@duckdb/node-api, which carries the
// native library), installed by compare.sh into bench/.duckdb/.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '.duckdb', 'package.json'));
const { DuckDBInstance } = require('@duckdb/node-api');
const rules = join(here, '..', 'rules');

// elg_fold(): lower case, the letters people write without their stroke,
// accents removed, every character that is not a letter or digit dropped.
const special = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i' };
function fold(s) {
  let t = '';
  for (const ch of s.toLowerCase()) t += special[ch] ?? ch;
  return t.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]/gu, '');
}
const ref = (f) => JSON.parse(readFileSync(join(rules, 'reference', f), 'utf8'));
// add_key(): the first entry to claim a folded key keeps it.
function addKey(map, text, value) {
  const k = fold(text);
  if (k && !map.has(k)) map.set(k, value);
}
const sqlStr = (s) => `'${String(s).replace(/'/g, "''")}'`;
const mapSql = (m) => `MAP([${[...m.keys()].map(sqlStr).join(',')}], [${[...m.values()].map((v) => typeof v === 'number' ? v : sqlStr(v)).join(',')}])`;

function tables() {
  const countries = ref('countries.json').countries.filter((c) => c.alpha2 && c.alpha3 && c.en);
  const ck = new Map();
  for (const c of countries) { addKey(ck, c.alpha2, c.alpha2); addKey(ck, c.alpha3, c.alpha2); }
  for (const c of countries) { addKey(ck, c.en, c.alpha2); addKey(ck, c.fr ?? c.en, c.alpha2); }
  for (const c of countries) for (const a of c.aliases ?? []) addKey(ck, a, c.alpha2);
  const nato = ref('organisations.json').organisations.find((o) => o.id === 'NATO');
  const members = nato.members.filter((m) => m.joined <= '2026-01-13').map((m) => m.country);

  const ek = new Map();
  for (const l of ref('education.json').levels) {
    for (const t of [l.id, l.en, l.fr, ...(l.synonyms ?? [])]) if (t) addKey(ek, t, l.level);
  }
  const lang = ref('languages.json');
  const lk = new Map();
  const roman = ['', 'I', 'II', 'III', 'IV', 'V', 'VI'];
  for (const s of lang.scale) for (const t of [roman[s.level], s.en, s.fr, s.cefr]) if (t) addKey(lk, t, s.level);
  for (const [t, v] of Object.entries(lang.synonyms)) addKey(lk, t, v);
  const stanag = lang.stanag6001.levels;
  const langk = new Map();
  for (const c of lang.codes) for (const t of [c.code, c.en, c.fr, ...(c.aliases ?? [])]) if (t) addKey(langk, t, c.code);

  // elg_parse_month(): an exact name, or a prefix of 3 letters or more that
  // only one month starts with.
  const names = [['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
    ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
    ['janvier', 1], ['fevrier', 2], ['mars', 3], ['avril', 4], ['mai', 5], ['juin', 6], ['juillet', 7],
    ['aout', 8], ['septembre', 9], ['octobre', 10], ['novembre', 11], ['decembre', 12], ['sept', 9],
    ['fev', 2], ['fevr', 2], ['janv', 1], ['juil', 7], ['avr', 4]];
  const mk = new Map();
  for (const [n] of names) {
    for (let len = 3; len <= n.length; len++) {
      const p = n.slice(0, len);
      if (mk.has(p)) continue;
      const exact = names.find(([x]) => x === p);
      const months = new Set(names.filter(([x]) => x.startsWith(p)).map(([, m]) => m));
      if (exact) mk.set(p, exact[1]);
      else if (months.size === 1) mk.set(p, [...months][0]);
    }
  }
  return { ck, members, ek, lk, stanag, langk, mk };
}

function screenSql(csv, out) {
  const t = tables();
  const st = Object.entries(t.stanag).map(([k, v]) => `WHEN ${sqlStr(k)} THEN ${v}`).join(' ');
  return `
-- folding keeps ASCII letters and digits only: the generated files are in Latin script
CREATE MACRO fold(s) AS regexp_replace(strip_accents(
  replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(s),
  'ß','ss'),'æ','ae'),'œ','oe'),'ø','o'),'ł','l'),'đ','d'),'ð','d'),'þ','th'),'ı','i')),
  '[^a-z0-9]', '', 'g');
CREATE MACRO fold_words(s) AS trim(regexp_replace(strip_accents(lower(s)), '[^a-z0-9]+', '_', 'g'), '_');
CREATE MACRO tr(s) AS trim(s, ' \t\r\n');
CREATE MACRO yesno(s) AS CASE WHEN fold(s) IN ('yes','y','true','1','oui','o','vrai') THEN 1
  WHEN fold(s) IN ('no','n','false','0','non','faux') THEN 0 END;
CREATE MACRO years_max(y) AS CASE WHEN y <= 200000 THEN y END;
-- a language level: a key of the scale, else a STANAG 6001 profile (lowest of four skills)
CREATE MACRO stanag(s) AS CASE WHEN regexp_full_match(tr(s), '([/ -]*[0-5]\\+?){4}[/ -]*')
     AND NOT regexp_matches(tr(s), '5\\+') AND length(tr(s)) BETWEEN 4 AND 11
  THEN list_min(list_transform(regexp_extract_all(tr(s), '[0-5]\\+?'), x -> CASE x ${st} END)) END;
CREATE MACRO pair_key(item) AS tr(CASE WHEN strpos(item, ':') > 0 THEN split_part(item, ':', 1)
  ELSE split_part(item, '=', 1) END);
CREATE MACRO pair_val(item) AS tr(substr(item, CASE WHEN strpos(item, ':') > 0 THEN strpos(item, ':')
  ELSE strpos(item, '=') END + 1));
-- elg_parse_date(): ISO, or day month-name year; slash dates are not read without --date-order
CREATE MACRO time_ok(r) AS tr(r) = '' OR regexp_full_match(tr(r), '[,T]?[ \\t]*[0-9][0-9: .APMapmhZ+-]*');
CREATE MACRO mk_date(y, m, d) AS CASE WHEN y BETWEEN 1900 AND 2200
  THEN try_cast(printf('%04d-%02d-%02d', y, m, d) AS DATE) END;
CREATE MACRO date_iso(s) AS CASE WHEN regexp_full_match(left(tr(s), 10), '[0-9]{4}-[0-9]{2}-[0-9]{2}')
  AND time_ok(substr(tr(s), 11)) THEN mk_date(TRY_CAST(left(tr(s), 4) AS INT), TRY_CAST(substr(tr(s), 6, 2) AS INT),
  TRY_CAST(substr(tr(s), 9, 2) AS INT)) END;
CREATE MACRO kleene_state(met, unk) AS CASE WHEN met THEN 'met' WHEN unk THEN 'unknown' ELSE 'not_met' END;

CREATE TABLE country_keys AS SELECT unnest(map_keys(m)) AS k, unnest(map_values(m)) AS code FROM (SELECT ${mapSql(t.ck)} AS m);
CREATE TABLE members AS SELECT unnest([${t.members.map(sqlStr).join(',')}]) AS code;
CREATE TABLE edu_keys AS SELECT unnest(map_keys(m)) AS k, unnest(map_values(m)) AS level FROM (SELECT ${mapSql(t.ek)} AS m);
CREATE TABLE level_keys AS SELECT unnest(map_keys(m)) AS k, unnest(map_values(m)) AS level FROM (SELECT ${mapSql(t.lk)} AS m);
CREATE TABLE lang_keys AS SELECT unnest(map_keys(m)) AS k, unnest(map_values(m)) AS code FROM (SELECT ${mapSql(t.langk)} AS m);
CREATE TABLE month_keys AS SELECT unnest(map_keys(m)) AS k, unnest(map_values(m)) AS m FROM (SELECT ${mapSql(t.mk)} AS m);
CREATE TABLE c AS SELECT * FROM read_csv(${sqlStr(csv)}, header = true, all_varchar = true,
  null_padding = true, parallel = false, strict_mode = false, quote = '"', escape = '"', auto_detect = false,
  delim = ',', new_line = '\\n', columns = {
  'candidate_id': 'VARCHAR', 'name': 'VARCHAR', 'nationality': 'VARCHAR', 'education': 'VARCHAR',
  'equivalent_qualification': 'VARCHAR', 'staff_college': 'VARCHAR', 'experience_years': 'VARCHAR',
  'experience': 'VARCHAR', 'experience_project_management': 'VARCHAR', 'english': 'VARCHAR',
  'french': 'VARCHAR', 'languages': 'VARCHAR', 'clearance': 'VARCHAR', 'skills': 'VARCHAR',
  'applied_on': 'VARCHAR', 'q_drafting': 'VARCHAR'});

COPY (
WITH rows AS (
  SELECT row_number() OVER () AS row_no, candidate_id, coalesce(nationality, '') AS nationality,
    coalesce(education, '') AS education, coalesce(equivalent_qualification, '') AS equivalent_qualification, coalesce(experience_years, '') AS experience_years,
    coalesce(experience, '') AS experience, coalesce(english, '') AS english, coalesce(french, '') AS french,
    coalesce(languages, '') AS languages, coalesce(applied_on, '') AS applied_on, coalesce(q_drafting, '') AS q_drafting
  FROM c
  -- a record whose cells are all empty is a blank line, not a row
  WHERE ${['candidate_id', 'name', 'nationality', 'education', 'equivalent_qualification', 'staff_college',
    'experience_years', 'experience', 'experience_project_management', 'english', 'french', 'languages',
    'clearance', 'skills', 'applied_on', 'q_drafting'].map((x) => `coalesce(tr(${x}), '') <> ''`).join(' OR ')}
),
-- each distinct cell is normalised once, then joined back
nat_t AS (SELECT nationality, unnest(list_filter(list_transform(regexp_split_to_array(nationality, '[;/]'),
            x -> tr(x)), x -> x <> '')) AS tok FROM (SELECT DISTINCT nationality FROM rows)),
nat_d AS (SELECT d.nationality, coalesce(bool_or(m.code IS NOT NULL), false) AS member,
            count(t.tok) = 0 OR coalesce(bool_or(t.tok IS NOT NULL AND ck.code IS NULL), false) AS unsure
          FROM (SELECT DISTINCT nationality FROM rows) d LEFT JOIN nat_t t USING (nationality)
          LEFT JOIN country_keys ck ON ck.k = fold(t.tok) LEFT JOIN members m ON m.code = ck.code
          GROUP BY d.nationality),
edu_d AS (SELECT d.education, e.level AS edu FROM (SELECT DISTINCT education FROM rows) d
          LEFT JOIN edu_keys e ON e.k = fold(d.education)),
exp_n AS (SELECT experience, CASE WHEN length(experience) < 40 THEN fold(experience) IN ('none', 'aucun', 'aucune', 'nil')
            ELSE false END AS exp_none
          FROM (SELECT DISTINCT experience FROM rows)),
exp_t AS (SELECT experience, tr(unnest(string_split(experience, ';'))) AS item,
            generate_subscripts(string_split(experience, ';'), 1) AS i FROM exp_n WHERE NOT exp_none),
exp_r AS (SELECT experience, i, pair_key(item) AS kr, pair_val(item) AS v FROM exp_t
          WHERE item <> '' AND (strpos(item, ':') > 0 OR strpos(item, '=') > 0)),
key_d AS (SELECT kr, fold_words(kr) AS k FROM (SELECT DISTINCT kr FROM exp_r)),
exp_p AS (SELECT experience, i, k, v FROM exp_r JOIN key_d USING (kr) WHERE kr <> '' AND v <> ''),
-- every distinct years text (total and pairs) parsed once, step by step
ys AS (SELECT DISTINCT experience_years AS v FROM rows UNION SELECT DISTINCT v FROM exp_p),
yp AS (SELECT v, fold(v) AS fv, regexp_extract(tr(v), '^([0-9]*)(?:[.,]([0-9]+))?[ \t]*(.*)$', ['w', 'f', 'u']) AS p FROM ys),
yq AS (SELECT v, fv, p.w AS w, p.f AS f, fold(p.u) AS u,
          coalesce(TRY_CAST(p.w AS BIGINT), 0) * 1000 + coalesce(TRY_CAST(rpad(left(p.f, 3), 3, '0') AS BIGINT), 0) AS milli FROM yp),
yr AS (SELECT v, CASE WHEN fv IN ('none', 'aucune', 'nil') THEN 0
          WHEN (w = '' AND f = '') OR length(w) > 7 THEN NULL
          WHEN u IN ('', 'y', 'yr', 'yrs', 'year', 'years', 'an', 'ans', 'annee', 'annees') THEN years_max(milli)
          WHEN u IN ('m', 'mo', 'mos', 'month', 'months', 'mois') THEN years_max(milli // 12) END AS y FROM yq),
total_d AS (SELECT d.experience_years, yr.y AS total FROM (SELECT DISTINCT experience_years FROM rows) d
            JOIN yr ON yr.v = d.experience_years),
exp_d AS (SELECT d.experience, any_value(d.exp_none) AS exp_none,
            arg_max(yr.y, t.i) FILTER (WHERE t.k = 'committee_work' AND yr.y IS NOT NULL) AS committee
          FROM exp_n d LEFT JOIN exp_p t USING (experience)
          LEFT JOIN yr ON yr.v = t.v GROUP BY d.experience),
yn_d AS (SELECT v, yesno(v) AS yn FROM (SELECT DISTINCT equivalent_qualification AS v FROM rows
          UNION SELECT DISTINCT q_drafting FROM rows)),
lvl_d AS (SELECT v, coalesce(l.level, stanag(v)) AS level
          FROM (SELECT DISTINCT english AS v FROM rows UNION SELECT DISTINCT french FROM rows) d
          LEFT JOIN level_keys l ON l.k = fold(d.v)),
lang_t AS (SELECT languages, tr(unnest(string_split(languages, ';'))) AS item,
             generate_subscripts(string_split(languages, ';'), 1) AS i FROM (SELECT DISTINCT languages FROM rows)),
lang_r AS (SELECT languages, i, pair_key(item) AS kr, pair_val(item) AS v FROM lang_t
           WHERE item <> '' AND (strpos(item, ':') > 0 OR strpos(item, '=') > 0)),
lang_l AS (SELECT t.languages, t.i, lk.code, coalesce(l.level, stanag(t.v)) AS level
           FROM lang_r t LEFT JOIN lang_keys lk ON lk.k = fold(t.kr)
           LEFT JOIN level_keys l ON l.k = fold(t.v) WHERE t.kr <> '' AND t.v <> ''),
lang_d AS (SELECT d.languages,
             arg_max(l.level, l.i) FILTER (WHERE l.code = 'en' AND l.level IS NOT NULL) AS en_list,
             arg_max(l.level, l.i) FILTER (WHERE l.code = 'fr' AND l.level IS NOT NULL) AS fr_list
           FROM (SELECT DISTINCT languages FROM rows) d LEFT JOIN lang_l l USING (languages) GROUP BY d.languages),
date_g AS (SELECT applied_on, regexp_extract(tr(applied_on), '^([0-9]{1,2})[- .]*([^- ./0-9]+)[- ./]*([0-9]{4})(.*)$',
             ['d', 'm', 'y', 'r']) AS g FROM (SELECT DISTINCT applied_on FROM rows)),
date_d AS (SELECT applied_on, CASE WHEN regexp_matches(tr(applied_on), '^[0-9]{4}-') THEN date_iso(applied_on)
             WHEN g.d <> '' AND time_ok(g.r) THEN mk_date(TRY_CAST(g.y AS INT), mk.m, TRY_CAST(g.d AS INT)) END AS applied
           FROM date_g LEFT JOIN month_keys mk ON mk.k = fold(g.m)),
s AS (
  SELECT r.row_no, r.candidate_id, n.member, n.unsure, e.edu, coalesce(yq.yn, 0) AS equiv,
    t.total, x.exp_none, x.committee, yd.yn AS drafting, dd.applied,
    coalesce(le.level, ld.en_list) AS en, coalesce(lf.level, ld.fr_list) AS fr
  FROM rows r JOIN nat_d n USING (nationality) JOIN edu_d e USING (education)
  JOIN total_d t USING (experience_years) JOIN exp_d x USING (experience)
  JOIN lvl_d le ON le.v = r.english JOIN lvl_d lf ON lf.v = r.french
  JOIN lang_d ld USING (languages) JOIN date_d dd USING (applied_on)
  JOIN yn_d yq ON yq.v = r.equivalent_qualification JOIN yn_d yd ON yd.v = r.q_drafting
), k AS (
  SELECT row_no, candidate_id,
    -- DESIGN s.3 nationality: MET if a member; NOT_MET if all recognised and none a member
    kleene_state(member, unsure) AS nationality,
    -- bachelor or equivalent: an equivalent qualification claimed is for a person to judge
    kleene_state(coalesce(edu >= 3, false), edu IS NULL OR equiv = 1) AS education,
    -- 2 years committee_work; not given: NOT_MET only when the total is known and below
    kleene_state(coalesce(coalesce(committee, CASE WHEN exp_none THEN 0 END) >= 2000, false),
                 coalesce(committee, CASE WHEN exp_none THEN 0 END) IS NULL AND NOT coalesce(total < 2000, false)) AS committee_work,
    kleene_state(coalesce(drafting = 1, false), drafting IS NULL) AS drafting,
    -- V in one of en/fr and II in the other; unknown is none for MET and VI for NOT_MET
    kleene_state((coalesce(en, 0) >= 5 AND coalesce(fr, 0) >= 2) OR (coalesce(fr, 0) >= 5 AND coalesce(en, 0) >= 2),
                 (coalesce(en, 6) >= 5 AND coalesce(fr, 6) >= 2) OR (coalesce(fr, 6) >= 5 AND coalesce(en, 6) >= 2)) AS languages,
    kleene_state(coalesce(applied <= DATE '2026-01-13', false), applied IS NULL) AS deadline
  FROM s
)
SELECT candidate_id, row_no,
  CASE WHEN 'not_met' IN (nationality, education, committee_work, drafting, languages, deadline) THEN 'ineligible'
       WHEN 'unknown' IN (nationality, education, committee_work, drafting, languages, deadline) THEN 'review'
       ELSE 'eligible' END AS status
FROM k ORDER BY row_no
) TO ${sqlStr(out)} (HEADER, DELIMITER ',');
`;
}

async function main() {
  const [mode, a, b, threads = '2'] = process.argv.slice(2);
  const db = await DuckDBInstance.create(':memory:', { threads: String(mode === 'run' ? threads : 2) });
  const con = await db.connect();
  if (mode === 'run') {
    const sql = screenSql(a, b);
    if (process.env.DUCKDB_PROFILE)
      await con.run(`PRAGMA enable_profiling = 'query_tree'; PRAGMA profiling_output = ${sqlStr(process.env.DUCKDB_PROFILE)}`);
    const t0 = process.hrtime.bigint();
    await con.run(sql);
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(JSON.stringify({ query_s: Number(s.toFixed(4)) }));
  } else if (mode === 'check') {
    // rows in file order on both sides: DuckDB's row_no, eligo's line (rank order otherwise)
    const r = await con.runAndReadAll(`
      WITH d AS (SELECT candidate_id, status, row_number() OVER (ORDER BY row_no) AS i
                 FROM read_csv(${sqlStr(a)}, header = true, all_varchar = true, auto_detect = false,
                      columns = {'candidate_id': 'VARCHAR', 'row_no': 'BIGINT', 'status': 'VARCHAR'})),
           e AS (SELECT candidate_id, status, row_number() OVER (ORDER BY CAST(line AS BIGINT)) AS i
                 FROM read_csv(${sqlStr(b)}, header = true, all_varchar = true) WHERE post_id = '251816')
      SELECT (SELECT count(*) FROM d) AS duckdb_rows, (SELECT count(*) FROM e) AS eligo_rows,
             (SELECT count(*) FROM d JOIN e USING (i) WHERE coalesce(d.candidate_id, '') <> coalesce(e.candidate_id, '')
                OR d.status <> e.status) AS differences,
             (SELECT count(*) FROM e WHERE status = 'eligible') AS eligible,
             (SELECT count(*) FROM e WHERE status = 'review') AS review,
             (SELECT count(*) FROM e WHERE status = 'ineligible') AS ineligible`);
    const [row] = r.getRowObjectsJson();
    console.log(JSON.stringify(row));
    const diff = await con.runAndReadAll(`
      WITH d AS (SELECT candidate_id, status, row_number() OVER (ORDER BY row_no) AS i
                 FROM read_csv(${sqlStr(a)}, header = true, all_varchar = true, auto_detect = false,
                      columns = {'candidate_id': 'VARCHAR', 'row_no': 'BIGINT', 'status': 'VARCHAR'})),
           e AS (SELECT candidate_id, status, line, row_number() OVER (ORDER BY CAST(line AS BIGINT)) AS i
                 FROM read_csv(${sqlStr(b)}, header = true, all_varchar = true) WHERE post_id = '251816')
      SELECT e.line, d.candidate_id, d.status AS duckdb, e.status AS eligo FROM d JOIN e USING (i)
      WHERE coalesce(d.candidate_id, '') <> coalesce(e.candidate_id, '') OR d.status <> e.status
      ORDER BY i LIMIT 10`);
    for (const x of diff.getRowObjectsJson()) console.error('differs:', JSON.stringify(x));
    process.exitCode = Number(row.differences) === 0 && row.duckdb_rows === row.eligo_rows ? 0 : 1;
  } else {
    console.error('usage: duckdb_251816.mjs run CSV OUT [THREADS] | check DUCKDB_OUT ELIGO_REPORT');
    process.exitCode = 1;
  }
}
main();
