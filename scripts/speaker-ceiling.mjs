#!/usr/bin/env node
/**
 * How high can PolNeAR's speaker accuracy go under the scorer's rules? For each split whose outputs
 * `npm run -s eval -- [--split train] --out DIR` kept, counts the found quotes and found reported claims
 * (those the scorer judges: found, gold source present) whose gold source no speaker could make right,
 * and prints the ceiling 1 − unreachable / judged, strict and lenient.
 *   node scripts/speaker-ceiling.mjs DIR [DIR...] [--list N]
 *
 * The scorer's logic is MIRRORED (copied line for line, not imported: ../shared/eval/polnear.mjs runs on
 * import) from polnear.mjs: projectText, quoteMask, charsOf, tokens, classifySource/namedHead, the
 * found rules (direct: ≥ 80 % of the content quoted, one claim covering ≥ 50 %; indirect: no quoted
 * character, one reported claim covering ≥ 50 %) and judgeSpeaker. The script re-judges the engine's
 * own speakers and checks it gets the scorer's counts (eval.json) before it prints anything else.
 *
 * Reachable (some speaker is right):
 *   named source        always (a speaker whose name holds the head name);
 *   descriptive source  always (a speaker whose mention is the source phrase: "same phrase");
 *   pronoun source      strict: the CoreNLP chain holds a word that can be a person's surname;
 *                       lenient: that, or such a word lies between the start of the paragraph before
 *                       and the source (the lenient window).
 * "Can be a surname" is read two ways: generous = any capitalised word of a chain mention / of the window
 * that is not a pronoun, article, title or common sentence opener (the true ceiling); realistic = the
 * surname of a person of 2–4 name words the engine found in that article, or the head of a gold named
 * source of that article (a ceiling for an engine that names only people the article names).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.NEWSLENS_SHARED ? resolve(process.env.NEWSLENS_SHARED) : resolve(ROOT, '../shared');
const args = process.argv.slice(2);
const listAt = args.indexOf('--list');
const listN = listAt >= 0 ? Number(args.splice(listAt, 2)[1]) : 0;
if (!args.length || args.some((a) => a.startsWith('-'))) {
  console.error(
    'usage: node scripts/speaker-ceiling.mjs DIR [DIR...] [--list N]   (DIR: npm run -s eval -- [--split train] --out DIR)',
  );
  process.exit(2);
}

// ---------- mirrored from polnear.mjs (keep in step with it) ----------
function projectText(text) {
  const map = [];
  let proj = '';
  let pos = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const t = line.trim();
    if (t) {
      if (proj.length) {
        map.push(-1);
        proj += '\n';
      }
      for (let k = 0; k < t.length; k++) map.push(pos + lead + k);
      proj += t;
    }
    pos += line.length + 1;
  }
  return { proj, map };
}
function quoteMask(text) {
  const mask = new Uint8Array(text.length);
  let i = 0;
  while (i < text.length) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    let open = -1,
      kind = '';
    let sOpen = -1;
    for (let k = i; k < j; k++) {
      const c = text[k];
      if (open < 0) {
        if (c === "'" && text[k + 1] === "'") {
          open = k + 1;
          kind = 'twoapos';
          k++;
        } else if (c === '\u201c') {
          open = k;
          kind = 'curly';
        } else if (c === '"') {
          open = k;
          kind = 'straight';
        } else if (c === '\u2018' && sOpen < 0 && (k === i || /[\s(\[—–-]/.test(text[k - 1]))) sOpen = k;
        else if (c === '\u2019' && sOpen >= 0 && !/\p{L}/u.test(text[k + 1] ?? ' ')) {
          for (let m = sOpen + 1; m < k; m++) mask[m] = 1;
          sOpen = -1;
        }
      } else if (kind === 'twoapos' && c === "'" && text[k + 1] === "'") {
        for (let m = open + 1; m < k; m++) mask[m] = 1;
        open = -1;
        k++;
      } else if ((kind === 'curly' && c === '\u201d') || (kind === 'straight' && c === '"')) {
        for (let m = open + 1; m < k; m++) mask[m] = 1;
        open = -1;
      } else if (kind === 'curly' && c === '\u201c') {
        for (let m = open + 1; m < k; m++) mask[m] = 1;
        open = k;
      }
    }
    if (open >= 0) for (let m = open + 1; m < j; m++) mask[m] = 1;
    i = j + 1;
  }
  return mask;
}
const isWs = (c) => /\s/.test(c);
const QUOTE_MARKS = /["\u201c\u201d\u2018\u2019]/;
function charsOf(text, spans) {
  const out = [];
  for (const [s, e] of spans) for (let k = s; k < e; k++) if (!isWs(text[k]) && !QUOTE_MARKS.test(text[k])) out.push(k);
  return out;
}
const spanSet = (text, s, e) => new Set(charsOf(text, [[s, e]]));
const overlapN = (set, chars) => chars.reduce((n, k) => n + (set.has(k) ? 1 : 0), 0);
const norm = (s) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
const depl = (w) =>
  w
    .replace(/'s$/, '')
    .replace(/'$/, '')
    .replace(/(?<=..)s$/, '');
const tokens = (s) =>
  norm(s)
    .split(/[^a-z0-9'.-]+/)
    .map((w) => depl(w.replace(/^[.'-]+|[.'-]+$/g, '')))
    .filter(Boolean);
const PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'i',
  'we',
  'it',
  'you',
  'him',
  'her',
  'them',
  'who',
  'which',
  'that',
  'this',
  'these',
  'those',
  'his',
  'its',
  'their',
  'our',
  'my',
  'himself',
  'herself',
  'themselves',
  'one',
]);
const SUFFIX = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const PARTICLES = new Set(['de', 'la', 'van', 'von', 'bin', 'al', 'da', 'di', 'le', 'du', 'del', 'der', 'ibn']);
const FUNC = new Set([
  'of',
  'at',
  'from',
  'in',
  'for',
  'with',
  'and',
  'or',
  'who',
  'whose',
  'which',
  'that',
  'on',
  'to',
  'by',
  'as',
  'said',
  'says',
  'told',
  'wrote',
  'added',
  'himself',
  'herself',
  'also',
  'then',
  'later',
  'earlier',
  'is',
  'was',
  'has',
  'had',
  'have',
  'in',
  'into',
  'after',
  'before',
  'during',
]);
function classifySource(src) {
  const heads = [];
  for (const part of src.split(/\s+and\s+|\s*&\s*/)) {
    const h = namedHead(part);
    if (h) heads.push(h);
  }
  const w0 = src
    .replace(/[,;:()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (w0.length && w0.every((w) => PRONOUNS.has(norm(w))))
    return { kind: 'pronoun', head: norm(w0[w0.length - 1]), heads: [] };
  if (heads.length) return { kind: 'named', head: heads[0], heads };
  const lastWord = w0.length ? w0[w0.length - 1] : '';
  if (PRONOUNS.has(norm(lastWord))) return { kind: 'pronoun', head: norm(lastWord), heads: [] };
  return { kind: 'descriptive', head: depl(norm(lastWord).replace(/[^a-z0-9'-]/g, '')), heads: [] };
}
function namedHead(src) {
  const words = src
    .replace(/[,;:()]/g, ' , ')
    .split(/\s+/)
    .filter(Boolean);
  const isCap = (w) => /^[\p{Lu}0-9]/u.test(w);
  for (let i = 0; i < words.length; i++) {
    if (!isCap(words[i]) || (i === 0 && /^(The|A|An)$/.test(words[i]))) continue;
    let j = i;
    while (
      j + 1 < words.length &&
      (isCap(words[j + 1]) || (PARTICLES.has(words[j + 1]) && j + 2 < words.length && isCap(words[j + 2])))
    )
      j++;
    const next = words[j + 1];
    const possessive = /['\u2019]s?$/.test(words[j]);
    const modifier = next !== undefined && next !== ',' && /^\p{Ll}/u.test(next) && !FUNC.has(next);
    if (!possessive && !modifier) {
      let k = j;
      while (k > i && SUFFIX.has(depl(norm(words[k]).replace(/[.,]/g, '')))) k--;
      return depl(norm(words[k]).replace(/[.,]+$/g, ''));
    }
    i = j;
  }
  return null;
}
/** polnear.mjs's judgeSpeaker, with the article's context passed in. */
function judgeSpeaker(ctx, a, c) {
  const { text, paraStarts, paraOf, actorType } = ctx;
  const src = classifySource(a.sourceText);
  const sp = c.speaker;
  if (!sp) return { ok: false, strict: false, via: 'no speaker', src };
  const spToks = new Set([...tokens(sp.name ?? ''), ...tokens(sp.mention?.text ?? '')]);
  const nameToks = tokens(sp.name ?? '').filter((w) => !SUFFIX.has(w));
  const surname = nameToks[nameToks.length - 1] ?? '';
  const srcStart = Math.min(...a.source.map((s) => s[0])),
    srcEnd = Math.max(...a.source.map((s) => s[1]));
  const mentionOverlaps = c.so && c.so[0] < srcEnd && srcStart < c.so[1];
  const mentionIsPronoun = c.so && PRONOUNS.has(norm(String(sp.mention.text ?? '').trim()));
  if (src.kind === 'named') {
    if (src.heads.some((h) => spToks.has(h))) return { ok: true, strict: true, via: 'named: head name', src };
    return { ok: false, strict: false, via: 'named: mismatch', src };
  }
  if (src.kind === 'descriptive' && (spToks.has(src.head) || (mentionOverlaps && !mentionIsPronoun)))
    return { ok: true, strict: true, via: 'descriptive: same phrase', src };
  if (a.chain && surname && a.chain.some((t) => tokens(t).includes(surname)))
    return { ok: true, strict: true, via: `${src.kind}: CoreNLP chain`, src };
  const isPerson = actorType.get(sp.name) === 'person';
  const p = paraOf(srcStart);
  const win = text.slice(paraStarts[Math.max(0, p - 1)], srcStart);
  const he = /^(he|him|his|himself|she|her|herself)$/i.test(a.sourceText.trim());
  const nameLike = nameToks.length >= 2 && nameToks.length <= 4;
  if (surname && (isPerson || !he) && nameLike && tokens(win).includes(surname))
    return { ok: true, strict: false, via: `${src.kind}: surname nearby`, src };
  return { ok: false, strict: false, via: `${src.kind}: mismatch`, src };
}
// ---------- end of the mirrored part ----------

/** Capitalised words that cannot be a person's surname (the generous reading). */
const NOT_SURNAME = new Set(
  (
    'the a an mr mrs ms miss dr sen senator rep representative gov governor president vice secretary gen general ' +
    'sir lady lord judge justice rev gop u.s us democrat democrats democratic republican republicans campaign ' +
    'but and or so yet if when while as in on at for of to by from with after before during since though although ' +
    'because however still also then now there here this that these those what who which where why how'
  ).split(' '),
);
function capitalisedSurnames(s) {
  const out = new Set();
  for (const w of s.split(/[\s,;:()"\u201c\u201d]+/)) {
    if (!/^\p{Lu}/u.test(w)) continue;
    for (const t of tokens(w)) if (!PRONOUNS.has(t) && !NOT_SURNAME.has(t) && /[a-z]/.test(t)) out.add(t);
  }
  return out;
}

function loadGold(split) {
  const p = join(SHARED, `data/polnear/${split}.jsonl.gz`);
  return gunzipSync(readFileSync(p))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

function newTally() {
  return {
    judged: 0,
    strictOk: 0,
    lenientOk: 0,
    unreachStrictGen: 0,
    unreachStrictReal: 0,
    unreachLenientGen: 0,
    unreachLenientReal: 0,
    byKind: {},
    examples: [],
  };
}

function ceilingOf(dir) {
  const file = ['dev', 'train'].map((s) => [s, join(dir, `polnear-${s}.jsonl`)]).find(([, f]) => existsSync(f));
  if (!file)
    throw new Error(`${dir}: no polnear-dev.jsonl or polnear-train.jsonl (run npm run -s eval -- --out ${dir})`);
  const [split, outFile] = file;
  const outs = new Map(
    readFileSync(outFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim().startsWith('{'))
      .map((l) => JSON.parse(l))
      .map((j) => [basename(j.file).replace(/\.txt$/i, ''), j]),
  );
  const T = { quotes: newTally(), reported: newTally() };
  for (const art of loadGold(split)) scoreArticle(art, outs.get(art.name) ?? { actors: [], claims: [] }, T);
  return { split, dir, T };
}

function scoreArticle(art, out, T) {
  const { text } = art;
  const { proj, map } = projectText(text);
  const inRange = (s, e) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e <= proj.length && s < e;
  const toOrig = (s, e) => {
    let a = s;
    while (a < e && map[a] < 0) a++;
    let b = e - 1;
    while (b > a && map[b] < 0) b--;
    return [map[a], map[b] + 1];
  };
  const claims = [];
  for (const c of Array.isArray(out.claims) ? out.claims : []) {
    if (!inRange(c.start, c.end)) continue;
    const m = c.speaker?.mention;
    const so = m && inRange(m.start, m.end) ? toOrig(m.start, m.end) : null;
    claims.push({ ...c, o: toOrig(c.start, c.end), so });
  }
  const qclaims = claims.filter((c) => c.kind === 'quote' || c.kind === 'partial-quote');
  const rclaims = claims.filter((c) => c.kind === 'reported');
  const qsets = qclaims.map((c) => spanSet(text, c.o[0], c.o[1]));
  const rsets = rclaims.map((c) => spanSet(text, c.o[0], c.o[1]));
  const mask = quoteMask(text);
  const paraStarts = [];
  {
    let k = 0;
    for (const line of text.split('\n')) {
      if (line.trim()) paraStarts.push(k);
      k += line.length + 1;
    }
  }
  const paraOf = (k) => {
    let lo = 0;
    for (let p = 0; p < paraStarts.length; p++) if (paraStarts[p] <= k) lo = p;
    return lo;
  };
  const actors = Array.isArray(out.actors) ? out.actors : [];
  const actorType = new Map(actors.map((x) => [x.name, x.type]));
  // the realistic surnames: people the engine found (2–4 name words), heads of the gold's named sources
  const real = new Set();
  for (const x of actors) {
    const nt = tokens(x.name ?? '').filter((w) => !SUFFIX.has(w));
    if (x.type === 'person' && nt.length >= 2 && nt.length <= 4) real.add(nt[nt.length - 1]);
  }
  for (const a of art.attributions)
    if (!a.noSource && a.sourceText) for (const h of classifySource(a.sourceText).heads) real.add(h);
  const ctx = { text, paraStarts, paraOf, actorType, real, name: art.name };
  const best = (sets, chars) => {
    let bi = -1,
      bn = 0;
    sets.forEach((st, i) => {
      const n = overlapN(st, chars);
      if (n > bn) {
        bn = n;
        bi = i;
      }
    });
    return bi >= 0 && bn >= 0.5 * chars.length ? bi : -1;
  };
  for (const a of art.attributions) {
    const cchars = charsOf(text, a.content);
    if (!cchars.length) continue;
    const qchars = cchars.filter((k) => mask[k]);
    let tally, c;
    if (qchars.length / cchars.length >= 0.8) {
      const i = best(qsets, qchars);
      if (i < 0 || a.noSource) continue;
      tally = T.quotes;
      c = qclaims[i];
    } else if (qchars.length === 0) {
      const i = best(rsets, cchars);
      if (i < 0 || a.noSource) continue;
      tally = T.reported;
      c = rclaims[i];
    } else continue;
    judgeOne(ctx, a, c, tally);
  }
}

/** Judges the engine's speaker (to check against the scorer), then whether any speaker could pass. */
function judgeOne(ctx, a, c, t) {
  const j = judgeSpeaker(ctx, a, c);
  t.judged++;
  if (j.strict) t.strictOk++;
  if (j.ok) t.lenientOk++;
  const kind = j.src.kind;
  const k = (t.byKind[kind] ??= {
    judged: 0,
    unreachStrictGen: 0,
    unreachStrictReal: 0,
    unreachLenientGen: 0,
    unreachLenientReal: 0,
    noChain: 0,
  });
  k.judged++;
  if (kind !== 'pronoun') return; // named: a speaker holding the head name; descriptive: one whose mention is the source
  const chainGen = new Set();
  for (const m of a.chain ?? []) for (const w of capitalisedSurnames(m)) chainGen.add(w);
  const chainToks = new Set((a.chain ?? []).flatMap((m) => tokens(m)));
  const strictGen = chainGen.size > 0;
  const strictReal = [...ctx.real].some((s) => chainToks.has(s));
  const srcStart = Math.min(...a.source.map((s) => s[0]));
  const p = ctx.paraOf(srcStart);
  const win = ctx.text.slice(ctx.paraStarts[Math.max(0, p - 1)], srcStart);
  const winToks = new Set(tokens(win));
  const lenientGen = strictGen || capitalisedSurnames(win).size > 0;
  const lenientReal = strictReal || [...ctx.real].some((s) => winToks.has(s));
  if (!a.chain || !a.chain.length) k.noChain++;
  const unreached = {
    unreachStrictGen: !strictGen,
    unreachStrictReal: !strictReal,
    unreachLenientGen: !lenientGen,
    unreachLenientReal: !lenientReal,
  };
  for (const [key, missed] of Object.entries(unreached))
    if (missed) {
      t[key]++;
      k[key]++;
    }
  if (!strictReal)
    t.examples.push({
      article: ctx.name,
      source: a.sourceText,
      chain: a.chain,
      engine: c.speaker?.name ?? null,
      lenientReal,
    });
}

const r3 = (x) => x.toFixed(3);
for (const dir of args) {
  const { split, T } = ceilingOf(resolve(dir));
  const evalJson = join(resolve(dir), 'eval.json');
  const counts = existsSync(evalJson) ? (JSON.parse(readFileSync(evalJson, 'utf8')).counts ?? {}) : {};
  const want = {
    quotes: [counts['polnear.speakerAccuracyStrict'], counts['polnear.speakerAccuracyLenient']],
    reported: [counts['polnear.reportedSpeakerAccuracyStrict'], counts['polnear.reportedSpeakerAccuracyLenient']],
  };
  console.log(`PolNeAR ${split} (${dir})`);
  for (const what of ['quotes', 'reported']) {
    const t = T[what];
    const got = [`${t.strictOk}/${t.judged}`, `${t.lenientOk}/${t.judged}`];
    const same = want[what].every((w, i) => w === undefined || w === got[i]);
    console.log(
      `  ${what}: judged ${t.judged}; the engine now: strict ${got[0]} = ${r3(t.strictOk / t.judged)}, lenient ${got[1]} = ${r3(t.lenientOk / t.judged)}` +
        (want[what][0] === undefined
          ? ' (no eval.json to check against)'
          : same
            ? ' (= the scorer)'
            : ` (THE SCORER SAYS ${want[what].join(', ')}: the mirror is out of step)`),
    );
    console.log(
      `    ceiling strict:  ${r3(1 - t.unreachStrictGen / t.judged)} generous (${t.unreachStrictGen} unreachable), ${r3(1 - t.unreachStrictReal / t.judged)} realistic (${t.unreachStrictReal})`,
    );
    console.log(
      `    ceiling lenient: ${r3(1 - t.unreachLenientGen / t.judged)} generous (${t.unreachLenientGen} unreachable), ${r3(1 - t.unreachLenientReal / t.judged)} realistic (${t.unreachLenientReal})`,
    );
    for (const [kind, k] of Object.entries(t.byKind))
      console.log(
        `    ${kind.padEnd(11)} judged ${String(k.judged).padStart(5)}` +
          (kind === 'pronoun'
            ? `; no chain ${k.noChain}; unreachable strict ${k.unreachStrictGen} / ${k.unreachStrictReal}, lenient ${k.unreachLenientGen} / ${k.unreachLenientReal} (generous / realistic)`
            : '; all reachable'),
      );
    for (const e of t.examples.slice(0, listN))
      console.log(
        `      ${e.article.slice(0, 40)}  "${e.source}"  chain ${JSON.stringify(e.chain)}  engine: ${e.engine}${e.lenientReal ? '  (lenient reachable)' : ''}`,
      );
  }
}
