import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Scores `npm run annotate -- PAGE --json` with ../shared/eval/score.mjs on the pages that have
 * gold files, and asserts the engine's targets. The pages are samples: the engine has no rule
 * for their texts.
 */
const root = resolve(__dirname, '../..');
const shared = resolve(root, '../shared');
const scorer = join(shared, 'eval/score.mjs');

type Scores = Record<string, number>;

/** The scorer's normalisation of quote text. */
const qn = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/["'“”‘’]/g, '')
    .replace(/[.,;:!?…]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Quotation-marked text that is not speech, reported as a quote on its own. (The scorer's
 * notQuoteHits also counts a real quote that merely contains such a phrase: the seed's gold quote
 * "The PM has said for the coalition of the willing…" always does.)
 */
function notSpeechReported(predPath: string, goldPath: string): string[] {
  const pred = JSON.parse(readFileSync(predPath, 'utf8')) as { claims: { kind: string; text: string }[] };
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { notQuotes?: { text: string }[]; excluded_quoted_strings?: { text: string }[] };
  const nots = (gold.notQuotes ?? gold.excluded_quoted_strings ?? []).map((n) => qn(n.text));
  return pred.claims
    .filter((c) => c.kind === 'quote' || c.kind === 'partial-quote')
    .map((c) => qn(c.text))
    .filter((t) => t && nots.some((n) => n === t || n.includes(t)));
}

function score(page: string, gold: string): Scores {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-score-'));
  try {
    const json = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/annotate.ts'), page, '--json'], { cwd: root, maxBuffer: 64 << 20 });
    const out = join(dir, 'out.json');
    writeFileSync(out, json);
    const line = execFileSync(process.execPath, [scorer, gold, out]).toString().trim().split('\n').pop()!;
    return { ...(JSON.parse(line) as Scores), notSpeechReported: notSpeechReported(out, gold).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The scorer's figures for the gold file's own quotes given as the prediction. Its notQuoteHits
 * counts every quote that contains a not-speech phrase, and on the seed and guardian-1 a real
 * quote of the gold does ("The PM has said for the coalition of the willing…"): no prediction
 * with every quote can score 0 there, so ours is held to the gold's own count.
 */
function goldAsPrediction(gold: string): Scores {
  const g = JSON.parse(readFileSync(gold, 'utf8')) as { quotes?: { text: string; speaker?: string | null }[] };
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-gold-'));
  try {
    const out = join(dir, 'gold-as-prediction.json');
    writeFileSync(out, JSON.stringify({ actors: [], claims: (g.quotes ?? []).map((q) => ({ kind: 'quote', text: q.text, speaker: { name: q.speaker ?? null } })) }));
    return JSON.parse(execFileSync(process.execPath, [scorer, gold, out]).toString().trim().split('\n').pop()!) as Scores;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const SEED_TARGETS: Scores = { actorF1: 0.97, mentionRecall: 0.95, typeAccuracy: 0.95, quoteRecall: 1, speakerAccuracy: 0.93, reportedRecall: 0.8 };
const DEV_TARGETS: Scores = { actorF1: 0.9, mentionFormRecall: 0.85, quoteRecall: 0.9, speakerAccuracy: 0.85 };
/** The peer (@mozilla/readability + compromise) on the seed article, as the issue measured it. */
const PEER_SEED: Scores = { actorF1: 0.81, mentionRecall: 0.61, quoteRecall: 0.73 };

describe('scores against the gold files in ../shared', () => {
  if (!existsSync(scorer)) {
    it('cannot run: ../shared (the scorer and the gold files) is absent here', () => {
      console.warn(`${shared} is absent: the gold-file scores were not measured`);
      expect(existsSync(scorer)).toBe(false);
    });
    return;
  }

  it('meets the seed article targets and beats the peer on every figure', () => {
    const s = score(join(shared, 'fixtures/seed-article.html'), join(shared, 'fixtures/seed-article.gold.json'));
    console.log('seed-article', JSON.stringify(s));
    for (const [k, v] of Object.entries(SEED_TARGETS)) expect(s[k], k).toBeGreaterThanOrEqual(v);
    for (const [k, v] of Object.entries(PEER_SEED)) expect(s[k], k).toBeGreaterThan(v);
    expect(s.outsideLeaks).toBe(0);
    expect(s.notSpeechReported).toBe(0);
    const self = goldAsPrediction(join(shared, 'fixtures/seed-article.gold.json'));
    expect(self.quoteRecall).toBe(1);
    expect(s.notQuoteHits).toBeLessThanOrEqual(self.notQuoteHits);
  });

  for (const page of ['bbc-1', 'guardian-1']) {
    it(`meets the targets on ${page}`, () => {
      const s = score(join(shared, `fixtures/dev/${page}.html`), join(shared, `fixtures/dev/${page}.gold.json`));
      console.log(page, JSON.stringify(s));
      for (const [k, v] of Object.entries(DEV_TARGETS)) expect(s[k], k).toBeGreaterThanOrEqual(v);
      expect(s.notSpeechReported).toBe(0);
      expect(s.notQuoteHits).toBeLessThanOrEqual(goldAsPrediction(join(shared, `fixtures/dev/${page}.gold.json`)).notQuoteHits);
    });
  }
});
