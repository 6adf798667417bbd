/**
 * One command for every figure: PolNeAR (quotes, speakers, reported speech), CoNLL-2003 dev
 * (named entities), the seed article and the dev pages with gold (score.mjs), and the knowledge
 * file's coverage of the people named; one table with each figure next to the open issues'
 * targets, then one JSON line.
 *   npm run eval [-- --split dev|train] [--json] [--out DIR] [--compare FILE] [--serial]
 *   npm run eval -- --check-batch [N]   the scorers through --jsonl and one process per file agree?
 *   npm run eval -- --ablate [ID,...]   the eval once per rule switched off: what each figure loses
 * NEWSLENS_OFF=rule-id,... switches rules off for the run (lib/engine/rules.ts).
 * The scorers and data are read from ../shared beside the project (or NEWSLENS_SHARED).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { knownRate, sourceCoverage, type GoldArticle } from '../lib/cli/coverage';
import { formatEvalTable, GOLD_DEV_PAGES, summarizeTargets, targetRows, type Figures } from '../lib/cli/eval-targets';
import type { ContractJson } from '../lib/cli/golden-diff';
import { loadKnowledgeIndex, PROJECT_ROOT, sharedDir } from '../lib/cli/project';
import { checkRoleLinks, type RoleOutput } from '../lib/cli/roles-on-date';
import { ablationRows, formatAblation } from '../lib/cli/ablate';
import { readerAgreement } from '../lib/cli/reader-agreement';
import { assertOffSwitches, RULES } from '../lib/engine/rules';

const USAGE = `usage: npm run eval [-- --split dev|train] [--json] [--out DIR] [--compare FILE] [--serial]
       npm run eval -- --check-batch [N]
       npm run eval -- --ablate [ID_OR_FAMILY,...]
  --split S        PolNeAR split: dev (84 articles, default) or train (840); CoNLL has only dev
  --json           print only the JSON line
  --out DIR        keep the outputs there: the CLI's JSONL, the scorers' error lists, each page's JSON
  --compare FILE   add a column with the figures of an earlier run (a file whose last line is its JSON line)
  --serial         run the scorers one after another (default: PolNeAR, CoNLL and the pages at once)
  --check-batch N  run both scorers over their first N items (default 10) through --jsonl and one
                   process per file, and compare the figures
  --ablate [IDS]   run the eval (--split: dev or train) once per rule switched off, and print what each figure loses
                   without it, sorted by impact; rules that earn nothing are candidates to drop.
                   IDS: rule ids or families (cue, reported, speaker, quote, figure, name, actor),
                   comma-separated, or all; default: the cue, reported, speaker and actor rules
  NEWSLENS_OFF=id,...  switch rules off for the whole run (lib/engine/rules.ts lists them)`;

const ANNOTATE = 'npm run -s annotate --';
const shq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

function run(cmd: string, args: string[]): Promise<Run> {
  const t0 = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', fail);
    child.on('close', (code) =>
      done({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        seconds: (performance.now() - t0) / 1000,
      }),
    );
  });
}

/** The last line of a scorer's output that parses as a JSON object. */
function lastJson(r: Run, what: string): Record<string, any> {
  const lines = r.stdout.trim().split('\n').reverse();
  for (const l of lines) {
    if (!l.trim().startsWith('{')) continue;
    try {
      return JSON.parse(l) as Record<string, any>;
    } catch {
      /* not this one */
    }
  }
  throw new Error(`${what} printed no JSON (exit ${r.code}): ${r.stderr.trim().slice(-600)}`);
}

const readJsonl = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l) as ContractJson & { file: string; error?: string });

function parseArgs(argv: string[]) {
  const o = {
    split: 'dev',
    json: false,
    out: null as string | null,
    compare: null as string | null,
    serial: false,
    checkBatch: null as number | null,
    ablate: null as string[] | null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--split') o.split = value();
    else if (a === '--json') o.json = true;
    else if (a === '--out') o.out = resolve(value());
    else if (a === '--compare') o.compare = resolve(value());
    else if (a === '--serial') o.serial = true;
    else if (a === '--check-batch') o.checkBatch = /^\d+$/.test(argv[i + 1] ?? '') ? Number(argv[++i]) : 10;
    else if (a === '--ablate')
      o.ablate =
        argv[i + 1] && !argv[i + 1].startsWith('--')
          ? argv[++i]
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean)
          : [];
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  if (o.split !== 'dev' && o.split !== 'train') throw new Error(`--split ${o.split}: dev or train`);
  return o;
}

// ---------------------------------------------------------------- where things are

const shared = sharedDir();
const paths = (split: string) => ({
  polnear: join(shared, 'eval/polnear.mjs'),
  conll: join(shared, 'eval/conll.mjs'),
  score: join(shared, 'eval/score.mjs'),
  polnearData: join(shared, `data/polnear/${split}.jsonl.gz`),
  conllData: join(shared, 'data/conll2003/dev.jsonl.gz'),
  seed: join(shared, 'fixtures/seed-article.html'),
  seedGold: join(shared, 'fixtures/seed-article.gold.json'),
  devPages: join(shared, 'fixtures/dev'),
});

function requireShared(split: string) {
  if (!existsSync(shared)) {
    console.error(
      `npm run eval: ${shared} is missing.\n` +
        'The eval reads its data and scorers from ../shared beside the project (set NEWSLENS_SHARED to use another folder).',
    );
    process.exit(2);
  }
  const missing = Object.values(paths(split)).filter((p) => !existsSync(p));
  if (missing.length) {
    console.error(`npm run eval: ${shared} is there, but not:\n${missing.map((m) => `  ${m}`).join('\n')}`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------- the three jobs

async function scorePolnear(split: string, work: string, keep: boolean) {
  const p = paths(split);
  const outputs = join(work, `polnear-${split}.jsonl`);
  const args = [p.polnear, '--json', '--data', p.polnearData, '--dated', '--timeout', '1800'];
  args.push('--batch-cmd', `${ANNOTATE} --jsonl {dir} --dates {dates} --quiet | tee ${shq(outputs)}`);
  if (keep) args.push('--errors', join(work, `polnear-${split}-errors.json`));
  const r = await run(process.execPath, args);
  const summary = lastJson(r, 'polnear.mjs');
  const byName = new Map(
    readJsonl(readFileSync(outputs, 'utf8')).map((j) => [basename(j.file).replace(/\.txt$/i, ''), j]),
  );
  const gold = gunzipSync(readFileSync(p.polnearData))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldArticle);
  const people = knownRate(byName.values());
  const sources = sourceCoverage(gold, byName);
  if (!keep) rmSync(outputs, { force: true });
  const roles = await roleChecks(split, gold, byName.values(), work, keep);
  return { summary, people, sources, roles, seconds: r.seconds };
}

/**
 * The era check (lib/cli/roles-on-date.ts) on the dated run's outputs, and on a second run of the
 * same articles read without their dates: no person found behind a bare title may be one who held
 * no office on the article's real date.
 */
async function roleChecks(
  split: string,
  gold: GoldArticle[],
  dated: Iterable<ContractJson & { file: string }>,
  work: string,
  keep: boolean,
) {
  const dates = new Map(gold.map((g) => [g.name, g.date ?? null]));
  const dateOf = (name: string) => dates.get(name) ?? null;
  const dir = join(work, `polnear-${split}-undated`);
  mkdirSync(dir, { recursive: true });
  for (const g of gold) writeFileSync(join(dir, `${g.name}.txt`), g.text);
  const r = await run('sh', ['-c', `${ANNOTATE} --jsonl ${shq(dir)} --quiet`]);
  if (r.code !== 0) throw new Error(`the undated run failed (exit ${r.code}): ${r.stderr.trim().slice(-600)}`);
  const undated = readJsonl(r.stdout);
  if (keep) writeFileSync(join(work, `polnear-${split}-undated.jsonl`), r.stdout);
  rmSync(dir, { recursive: true, force: true });
  const index = loadKnowledgeIndex();
  return {
    dated: checkRoleLinks(dated as Iterable<RoleOutput>, dateOf, index),
    undated: checkRoleLinks(undated as Iterable<RoleOutput>, dateOf, index),
  };
}

async function scoreConll(work: string, keep: boolean) {
  const p = paths('dev');
  const args = [p.conll, '--json', '--data', p.conllData, '--timeout', '1800'];
  const outputs = join(work, 'conll-dev.jsonl');
  args.push('--batch-cmd', `${ANNOTATE} --jsonl {dir} --quiet${keep ? ` | tee ${shq(outputs)}` : ''}`);
  if (keep) args.push('--errors', join(work, 'conll-dev-errors.json'));
  const r = await run(process.execPath, args);
  return { summary: lastJson(r, 'conll.mjs'), seconds: r.seconds };
}

/** The seed and every dev page through one --jsonl run; score.mjs on those with gold. */
async function scorePages(work: string) {
  const p = paths('dev');
  const dev = readdirSync(p.devPages)
    .filter((f) => /\.html?$/i.test(f))
    .sort()
    .map((f) => join(p.devPages, f));
  const t0 = performance.now();
  const r = await run('npm', ['run', '-s', 'annotate', '--', '--jsonl', '--quiet', p.seed, ...dev]);
  const lines = new Map(readJsonl(r.stdout).map((j) => [resolve(PROJECT_ROOT, j.file), j]));
  const dir = join(work, 'pages');
  mkdirSync(dir, { recursive: true });
  const scores: Record<string, Record<string, number>> = {};
  const pages = [
    { name: 'seed', html: p.seed, gold: p.seedGold },
    ...GOLD_DEV_PAGES.map((name) => ({
      name,
      html: join(p.devPages, `${name}.html`),
      gold: join(p.devPages, `${name}.gold.json`),
    })),
  ];
  for (const page of pages) {
    const line = lines.get(page.html);
    if (!line || line.error)
      throw new Error(
        `annotate --jsonl gave no output for ${page.html}: ${line?.error ?? r.stderr.trim().slice(-300)}`,
      );
    const { file: _file, ...json } = line;
    const out = join(dir, `${page.name}.json`);
    writeFileSync(out, JSON.stringify(json, null, 2));
    scores[page.name] = lastJson(await run(process.execPath, [p.score, page.gold, out]), `score.mjs ${page.name}`);
  }
  const devOutputs = dev.map((f) => lines.get(f)).filter((j): j is NonNullable<typeof j> => Boolean(j && !j.error));
  for (const j of devOutputs)
    writeFileSync(join(dir, `${basename(j.file).replace(/\.html?$/i, '')}.dev.json`), JSON.stringify(j, null, 2));
  // the reader's text against @mozilla/readability's, on the seed and every dev page (no gold: agreement)
  const agreement = readerAgreement([p.seed, ...dev]);
  return {
    scores,
    people: knownRate(devOutputs),
    agreement,
    pages: devOutputs.length,
    seconds: (performance.now() - t0) / 1000,
  };
}

// ---------------------------------------------------------------- figures

function figuresOf(
  pol: Awaited<ReturnType<typeof scorePolnear>>,
  con: Awaited<ReturnType<typeof scoreConll>>,
  pages: Awaited<ReturnType<typeof scorePages>>,
) {
  const f: Figures = {};
  const counts: Record<string, string> = {};
  const s = pol.summary;
  const c = s.counts ?? {};
  for (const k of [
    'directQuoteRecall',
    'directQuoteRecallUnionOfClaims',
    'quotePrecision',
    'speakerAccuracyStrict',
    'speakerAccuracyLenient',
    'partialFragmentRecall4PlusWords',
    'partialFragmentRecall',
    'reportedRecall_speechCue',
    'reportedRecall_allIndirect',
    'reportedPrecision',
    'reportedSpeakerAccuracyStrict',
    'reportedSpeakerAccuracyLenient',
    'claimsOffsetMismatch',
    'articlesFailed',
    'articles',
  ])
    f[`polnear.${k}`] = s[k] ?? null;
  const frac = (id: string, n: number, d: number) => (counts[id] = `${n}/${d}`);
  frac('polnear.directQuoteRecall', c.directFound, s.goldDirectQuotes);
  frac('polnear.directQuoteRecallUnionOfClaims', c.directFoundUnion, s.goldDirectQuotes);
  frac('polnear.quotePrecision', c.predQuotesInGoldContent, c.projectQuoteClaims);
  frac('polnear.speakerAccuracyStrict', c.speakerOkStrict, c.directFoundWithGoldSource);
  frac('polnear.speakerAccuracyLenient', c.speakerOkLenient, c.directFoundWithGoldSource);
  frac('polnear.partialFragmentRecall4PlusWords', c.fragLongFound, s.goldPartialFragments4PlusWords);
  frac('polnear.reportedRecall_speechCue', c.indirectSpeechVerbFound, s.goldIndirectSpeechCue);
  frac('polnear.reportedPrecision', c.predReportedInGold, c.projectReportedClaims);
  frac('polnear.reportedSpeakerAccuracyStrict', c.indirectSpeakerOkStrict, c.indirectFoundWithSource);
  frac('polnear.reportedSpeakerAccuracyLenient', c.indirectSpeakerOkLenient, c.indirectFoundWithSource);
  counts['polnear.claimsOffsetMismatch'] = `of ${s.claims}`;
  counts['polnear.articlesFailed'] = `of ${s.articles}`;

  const k = con.summary;
  for (const set of ['all', 'nonSports', 'sports'] as const) {
    const x = k[set];
    if (!x) continue;
    f[`conll.${set}.F1`] = x.F1;
    f[`conll.${set}.P`] = x.P;
    f[`conll.${set}.R`] = x.R;
    counts[`conll.${set}.F1`] = `${x.tp}/${x.fp}/${x.fn}`;
    for (const t of ['PER', 'ORG', 'LOC']) {
      f[`conll.${set}.${t}.F1`] = x.perType?.[t]?.F1 ?? null;
      if (x.perType?.[t]) counts[`conll.${set}.${t}.F1`] = `${x.perType[t].tp}/${x.perType[t].fp}/${x.perType[t].fn}`;
    }
  }
  f['conll.documentsFailed'] = k.documentsFailed ?? null;
  counts['conll.documentsFailed'] = `of ${k.documents}`;

  for (const [page, sc] of Object.entries(pages.scores))
    for (const [key, v] of Object.entries(sc)) if (typeof v === 'number' || v === null) f[`${page}.${key}`] = v;

  f['polnear.roleLinksOffDate'] = pol.roles.dated.offDate;
  counts['polnear.roleLinksOffDate'] = `of ${pol.roles.dated.links}`;
  f['polnear.undated.roleLinksOffDate'] = pol.roles.undated.offDate;
  counts['polnear.undated.roleLinksOffDate'] = `of ${pol.roles.undated.links}`;
  f['coverage.polnear.knownRate'] = pol.people.rate;
  counts['coverage.polnear.knownRate'] = `${pol.people.known}/${pol.people.people}`;
  f['coverage.polnear.sourceKnownRate'] = pol.sources.knownRate;
  counts['coverage.polnear.sourceKnownRate'] = `${pol.sources.known}/${pol.sources.foundAsPerson}`;
  f['coverage.polnear.descriptionShare'] = pol.sources.descriptionShare;
  counts['coverage.polnear.descriptionShare'] = `${pol.sources.described}/${pol.sources.foundAsPerson}`;
  f['coverage.polnear.quotedSourcesFoundAsPerson'] = pol.sources.foundAsPerson;
  f['coverage.polnear.quotedSources'] = pol.sources.quotedSources;
  f['coverage.pages.knownRate'] = pages.people.rate;
  counts['coverage.pages.knownRate'] = `${pages.people.known}/${pages.people.people}`;
  const { agreement } = pages;
  f['pages.readerAgreementF1'] = +agreement.f1.toFixed(3);
  counts['pages.readerAgreementF1'] = `${agreement.common} of ${agreement.words}/${agreement.peerWords}`;
  f['pages.readerAgreementLowestF1'] = +agreement.lowestF1.toFixed(3);
  counts['pages.readerAgreementLowestF1'] = agreement.lowest.page;
  return { figures: f, counts };
}

function readCompare(file: string): Figures {
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  const j = JSON.parse(lines[lines.length - 1]) as { figures?: Figures };
  if (!j.figures) throw new Error(`${file}: its last line is not an eval JSON line (no "figures")`);
  return j.figures;
}

// ---------------------------------------------------------------- --check-batch

/** Both scorers over their first n items, through --jsonl and one process per file: do the figures agree? */
async function checkBatch(n: number) {
  const p = paths('dev');
  const volatile = new Set(['command', 'batch', 'jobs', 'seconds']);
  const strip = (o: Record<string, any>) => Object.fromEntries(Object.entries(o).filter(([k]) => !volatile.has(k)));
  const flat = (o: unknown, pre = ''): [string, unknown][] =>
    o && typeof o === 'object' && !Array.isArray(o)
      ? Object.entries(o).flatMap(([k, v]) => flat(v, pre ? `${pre}.${k}` : k))
      : [[pre, o]];
  const jobs = [
    {
      name: 'PolNeAR dev (dated)',
      perFile: [
        p.polnear,
        '--json',
        '--limit',
        String(n),
        '--dated',
        '--cmd',
        `${ANNOTATE} {file} --json --date {date}`,
      ],
      batch: [
        p.polnear,
        '--json',
        '--limit',
        String(n),
        '--dated',
        '--batch-cmd',
        `${ANNOTATE} --jsonl {dir} --dates {dates} --quiet`,
      ],
      show: [
        'directQuoteRecall',
        'quotePrecision',
        'speakerAccuracyStrict',
        'speakerAccuracyLenient',
        'partialFragmentRecall4PlusWords',
        'reportedRecall_speechCue',
        'reportedPrecision',
        'reportedSpeakerAccuracyStrict',
        'claims',
      ],
    },
    {
      name: 'CoNLL dev',
      perFile: [p.conll, '--json', '--limit', String(n), '--cmd', `${ANNOTATE} {file} --json`],
      batch: [p.conll, '--json', '--limit', String(n), '--batch-cmd', `${ANNOTATE} --jsonl {dir} --quiet`],
      show: ['all.F1', 'all.P', 'all.R', 'nonSports.F1', 'all.perType.ORG.F1', 'mentions.mentions'],
    },
  ];
  let agree = true;
  const result: Record<string, unknown> = {};
  for (const j of jobs) {
    const a = await run(process.execPath, j.perFile);
    const b = await run(process.execPath, j.batch);
    const fa = new Map(flat(strip(lastJson(a, `${j.name} per file`))));
    const fb = new Map(flat(strip(lastJson(b, `${j.name} batch`))));
    const keys = [...new Set([...fa.keys(), ...fb.keys()])];
    const differ = keys.filter((k) => JSON.stringify(fa.get(k)) !== JSON.stringify(fb.get(k)));
    agree &&= differ.length === 0;
    console.log(
      `${j.name}, first ${n}: one process per file ${a.seconds.toFixed(1)} s, --jsonl ${b.seconds.toFixed(1)} s; ${keys.length} figures, ${differ.length ? `${differ.length} differ` : 'all identical'}`,
    );
    for (const k of j.show)
      console.log(`  ${k.padEnd(36)} ${String(fa.get(k)).padStart(8)} ${String(fb.get(k)).padStart(8)}`);
    for (const k of differ.slice(0, 20))
      console.log(`  DIFFERS ${k}: per file ${JSON.stringify(fa.get(k))}, --jsonl ${JSON.stringify(fb.get(k))}`);
    result[j.name] = {
      n,
      figures: keys.length,
      differ,
      perFileSeconds: +a.seconds.toFixed(1),
      batchSeconds: +b.seconds.toFixed(1),
    };
  }
  console.log(JSON.stringify({ checkBatch: result, agree }));
  process.exitCode = agree ? 0 : 1;
}

// ---------------------------------------------------------------- main

// A reader that stops early (`| head`) is no error; the run still cleans up after itself.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

async function main() {
  const o = parseArgs(process.argv.slice(2));
  assertOffSwitches();
  requireShared(o.split);
  if (o.checkBatch !== null) return checkBatch(o.checkBatch);
  if (o.ablate !== null) return ablate(o.ablate, o.split);
  const before = o.compare ? readCompare(o.compare) : undefined;
  const work = o.out ?? mkdtempSync(join(tmpdir(), 'news-lens-eval-'));
  mkdirSync(work, { recursive: true });
  const keep = Boolean(o.out);
  const t0 = performance.now();
  try {
    let pol, con, pages;
    if (o.serial) {
      pol = await scorePolnear(o.split, work, keep);
      con = await scoreConll(work, keep);
      pages = await scorePages(work);
    } else
      [pol, con, pages] = await Promise.all([
        scorePolnear(o.split, work, keep),
        scoreConll(work, keep),
        scorePages(work),
      ]);
    const seconds = (performance.now() - t0) / 1000;
    const { figures, counts } = figuresOf(pol, con, pages);
    const rows = targetRows(o.split);
    const t = summarizeTargets(rows, figures);
    const timing = {
      total: +seconds.toFixed(1),
      polnear: +pol.seconds.toFixed(1),
      conll: +con.seconds.toFixed(1),
      pages: +pages.seconds.toFixed(1),
    };
    if (!o.json) {
      console.log(
        `News Lens eval: PolNeAR ${o.split} (${pol.summary.articles} articles, dated), CoNLL dev (${con.summary.documents} documents), the seed and ${GOLD_DEV_PAGES.length} dev pages with gold; coverage on PolNeAR ${o.split} and ${pages.pages} dev pages`,
      );
      console.log(`data and scorers: ${shared}${keep ? `; outputs kept in ${work}` : ''}\n`);
      console.log(formatEvalTable(rows, figures, before, counts));
      const offDate = [
        ...pol.roles.dated.examples.map((e) => `dated: ${e}`),
        ...pol.roles.undated.examples.map((e) => `undated: ${e}`),
      ];
      if (offDate.length) console.log(`\npeople out of office on the article's date:\n  ${offDate.join('\n  ')}`);
      console.log(
        `\ntargets: ${t.met} met, ${t.notMet} not met${t.notMeasured ? `, ${t.notMeasured} not measured` : ''}` +
          `. Time: ${timing.total} s (PolNeAR ${timing.polnear} s, CoNLL ${timing.conll} s, pages ${timing.pages} s${o.serial ? ', one after another' : ', at once'})`,
      );
      console.log(
        'counts: PolNeAR n/d; CoNLL tp/fp/fn; coverage known/people. Named people: person actors whose name has 2+ capitalised words;' +
          ' quoted named sources: gold named sources of (partly) quoted attributions, found as a person actor by the last word of their name (an apposition after it left out).',
      );
    }
    console.log(JSON.stringify({ eval: 'news-lens', split: o.split, seconds: timing, targets: t, figures, counts }));
    if (keep)
      writeFileSync(
        join(work, 'eval.json'),
        `${JSON.stringify({ split: o.split, seconds: timing, targets: t, figures, counts })}\n`,
      );
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

/** The rules --ablate switches off, one at a time: ids or families ("all": every rule); none given: the cue, reported, speaker and actor rules. */
function ablationTargets(wanted: string[]): string[] {
  const families = !wanted.length
    ? ['cue', 'reported', 'speaker', 'actor']
    : wanted.includes('all')
      ? RULES.map((r) => r.family)
      : wanted;
  const ids = RULES.filter((r) => !r.fixed && (families.includes(r.id) || families.includes(r.family))).map(
    (r) => r.id,
  );
  const unknown = families.filter((w) => !RULES.some((r) => r.id === w || r.family === w));
  if (unknown.length) throw new Error(`--ablate: unknown rule or family ${unknown.join(', ')}`);
  return ids;
}

/** The figures of one eval run (dev), with NEWSLENS_OFF as given (the annotate runs inherit it). */
async function figuresWith(off: string, split: string): Promise<Figures> {
  const work = mkdtempSync(join(tmpdir(), 'news-lens-ablate-'));
  const was = process.env.NEWSLENS_OFF;
  process.env.NEWSLENS_OFF = off;
  try {
    const [pol, con, pages] = await Promise.all([
      scorePolnear(split, work, false),
      scoreConll(work, false),
      scorePages(work),
    ]);
    return figuresOf(pol, con, pages).figures;
  } finally {
    if (was === undefined) delete process.env.NEWSLENS_OFF;
    else process.env.NEWSLENS_OFF = was;
    rmSync(work, { recursive: true, force: true });
  }
}

async function ablate(wanted: string[], split: string) {
  const ids = ablationTargets(wanted);
  const already = process.env.NEWSLENS_OFF ? `${process.env.NEWSLENS_OFF},` : '';
  const t0 = performance.now();
  console.error(`ablation: the baseline, then ${ids.length} rules one at a time (about 5 s each)`);
  const base = await figuresWith(already.replace(/,$/, ''), split);
  const runs: { id: string; figures: Figures }[] = [];
  for (const id of ids) {
    runs.push({ id, figures: await figuresWith(`${already}${id}`, split) });
    console.error(`  ${runs.length}/${ids.length} ${id}`);
  }
  const table = ablationRows(targetRows(split), base, runs);
  console.log(`News Lens ablation: PolNeAR ${split}, CoNLL dev, the seed and the dev pages with gold; each rule switched off alone${already ? ` (and ${already.replace(/,$/, '')} off throughout)` : ''}
`);
  console.log(formatAblation(table));
  console.log(`
Time: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  console.log(
    JSON.stringify({
      ablation: 'news-lens',
      split,
      rules: table.map((r) => ({
        id: r.id,
        impact: r.impact,
        candidateToDrop: r.candidateToDrop,
        losses: Object.fromEntries(r.moves.map((m) => [m.row.id, m.loss])),
      })),
    }),
  );
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
