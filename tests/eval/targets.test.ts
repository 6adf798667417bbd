import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_PAGE_TARGETS, GOLD_DEV_PAGES, SEED_TARGETS, targetRows, type Figures } from '../../lib/cli/eval-targets';
import { PROJECT_ROOT, sharedDir } from '../../lib/cli/project';

/**
 * The eval's figures against the targets and the recorded baseline. It needs ../shared (the
 * scorers and the data): without it these tests are skipped, visibly and with the reason, and one
 * placeholder passes; under CI (where ../shared is always there) they run, and a missing ../shared
 * fails. `npm run eval` runs once (PolNeAR dev through --jsonl, CoNLL dev, the seed and the dev
 * pages with gold) and every figure is checked from its JSON line.
 */
const root = PROJECT_ROOT;
const shared = sharedDir();
const scorer = join(shared, 'eval/score.mjs');
const hasShared = existsSync(scorer);
const CI = Boolean(process.env.CI);

/** Ratios may fall this much below the recorded baseline (one item of ~120 moves one by 0.008). */
const TOLERANCE = 0.005;
const BASELINE_FILE = join(root, 'tests/eval/baseline-dev.json');

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
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
    notQuotes?: { text: string }[];
    excluded_quoted_strings?: { text: string }[];
  };
  const nots = (gold.notQuotes ?? gold.excluded_quoted_strings ?? []).map((n) => qn(n.text));
  return pred.claims
    .filter((c) => c.kind === 'quote' || c.kind === 'partial-quote')
    .map((c) => qn(c.text))
    .filter((t) => t && nots.some((n) => n === t || n.includes(t)));
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
    writeFileSync(
      out,
      JSON.stringify({
        actors: [],
        claims: (g.quotes ?? []).map((q) => ({ kind: 'quote', text: q.text, speaker: { name: q.speaker ?? null } })),
      }),
    );
    return JSON.parse(
      execFileSync(process.execPath, [scorer, gold, out]).toString().trim().split('\n').pop()!,
    ) as Scores;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The peer (@mozilla/readability + compromise) on the seed article, as the issue measured it. */
const PEER_SEED: Scores = { actorF1: 0.81, mentionRecall: 0.61, quoteRecall: 0.73 };

describe('eval targets', () => {
  it(
    hasShared
      ? `../shared is present (${shared}): the figures below are measured`
      : `placeholder: ${shared} is missing, so every figure below is skipped${CI ? ' (but CI must have it)' : ''}`,
    () => {
      if (!hasShared)
        console.warn(
          `${shared} is missing: the eval figures (PolNeAR, CoNLL, the seed and dev pages, coverage) were not measured; their tests are skipped`,
        );
      if (CI) expect(hasShared, `CI runs with ../shared; it is missing at ${shared}`).toBe(true);
    },
  );
});

describe.skipIf(!hasShared && !CI)(
  hasShared
    ? 'npm run eval (dev) against the targets and the baseline'
    : `npm run eval (dev): skipped, it needs ${shared} (the scorers and data)`,
  () => {
    let figures: Figures = {};
    let out = '';

    /** One eval run for all the tests below, its outputs kept for the page checks. */
    function evalFigures(): Figures {
      if (out) return figures;
      out = mkdtempSync(join(tmpdir(), 'news-lens-eval-test-'));
      const stdout = execFileSync(
        process.execPath,
        ['--import', 'tsx', join(root, 'scripts/eval.ts'), '--json', '--out', out],
        {
          cwd: root,
          maxBuffer: 64 << 20,
        },
      ).toString();
      figures = (JSON.parse(stdout.trim().split('\n').pop()!) as { figures: Figures }).figures;
      return figures;
    }
    afterAll(() => {
      if (out) rmSync(out, { recursive: true, force: true });
    });
    const page = (name: string): Scores => {
      const f = evalFigures();
      return Object.fromEntries(
        Object.entries(f)
          .filter(([k]) => k.startsWith(`${name}.`))
          .map(([k, v]) => [k.slice(name.length + 1), v as number]),
      );
    };

    it('meets the seed article targets and beats the peer on every figure', { timeout: 300_000 }, () => {
      const s = page('seed');
      console.log('seed-article', JSON.stringify(s));
      for (const [k, v] of Object.entries(SEED_TARGETS)) expect(s[k], k).toBeGreaterThanOrEqual(v);
      for (const [k, v] of Object.entries(PEER_SEED)) expect(s[k], k).toBeGreaterThan(v);
      expect(s.outsideLeaks).toBe(0);
      const gold = join(shared, 'fixtures/seed-article.gold.json');
      expect(notSpeechReported(join(out, 'pages/seed.json'), gold)).toEqual([]);
      const self = goldAsPrediction(gold);
      expect(self.quoteRecall).toBe(1);
      expect(s.notQuoteHits).toBeLessThanOrEqual(self.notQuoteHits);
    });

    for (const name of GOLD_DEV_PAGES) {
      it(`meets the targets on ${name}`, { timeout: 300_000 }, () => {
        const s = page(name);
        console.log(name, JSON.stringify(s));
        for (const [k, v] of Object.entries(DEV_PAGE_TARGETS)) expect(s[k], k).toBeGreaterThanOrEqual(v);
        expect(s.outsideLeaks).toBe(0);
        const gold = join(shared, `fixtures/dev/${name}.gold.json`);
        expect(notSpeechReported(join(out, `pages/${name}.json`), gold)).toEqual([]);
        expect(s.notQuoteHits).toBeLessThanOrEqual(goldAsPrediction(gold).notQuoteHits);
      });
    }

    it(
      `is no worse than the recorded baseline on any figure (tests/eval/baseline-dev.json, tolerance ${TOLERANCE})`,
      { timeout: 300_000 },
      () => {
        const f = evalFigures();
        const baseline = (JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as { figures: Figures }).figures;
        const worse: string[] = [];
        for (const row of targetRows('dev')) {
          const now = f[row.id];
          const before = baseline[row.id];
          expect(now, `${row.id} was not measured`).not.toBeUndefined();
          if (typeof before !== 'number' || typeof now !== 'number') continue;
          if (row.op === '<=' ? now > Math.max(before, row.target ?? before) : now < before - TOLERANCE)
            worse.push(`${row.id}: ${before} → ${now}`);
        }
        expect(
          worse,
          'figures below the baseline: if the change is meant, say so in the commit with the figures before and after, and record the new baseline (npm run -s eval -- --json > tests/eval/baseline-dev.json)',
        ).toEqual([]);
      },
    );

    it('reads every article and document, with offsets that match the text', { timeout: 300_000 }, () => {
      const f = evalFigures();
      expect(f['polnear.articlesFailed']).toBe(0);
      expect(f['polnear.claimsOffsetMismatch']).toBe(0);
      expect(f['conll.documentsFailed']).toBe(0);
    });
  },
);
