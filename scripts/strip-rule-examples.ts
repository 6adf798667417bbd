/**
 * A Vite plugin for the extension's build: each rule row (lib/engine/rules/*.ts) keeps its example
 * and counter-example in the source, where the tests read them, but the bundles the browser loads
 * have no use for them: there the two strings become ''. About 18 KB of sentences leave the reader
 * (the engine injected into every article) and the background. The ids, confidences and priorities
 * stay as they are; the plain words ("says") stay too, but in the reader's build, which never shows
 * them (the cards and the popup do, from their own bundles): about 13 KB more leave it.
 */
import { parseAst, type Plugin } from 'vite';

const RULE_FILE = /[\\/]lib[\\/]engine[\\/]rules[\\/][^\\/]+\.ts$/;
/** The reader's entry, as WXT names the build of an unlisted script. */
const READER_ENTRY = /[\\/]entrypoints[\\/]reader\.ts$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && typeof (x as Node).type === 'string';

/** A string written out whole: 'a', "a" or a template without ${…}. */
const isPlainString = (n: Node): boolean =>
  n.type === 'Literal'
    ? typeof n.value === 'string'
    : n.type === 'TemplateLiteral' && (n.expressions as unknown[]).length === 0;

/**
 * The spans of the 4th and 5th arguments (example, counter) of every rule(...) call with plain-string
 * arguments, and with `says` its 2nd (the plain words) too.
 */
function exampleSpans(program: Node, says: boolean): [number, number][] {
  const spans: [number, number][] = [];
  const stack: unknown[] = [program];
  while (stack.length) {
    const n = stack.pop();
    if (Array.isArray(n)) {
      stack.push(...n);
      continue;
    }
    if (!isNode(n)) continue;
    if (n.type === 'CallExpression') {
      const callee = n.callee as Node;
      const args = n.arguments as Node[];
      if (callee.type === 'Identifier' && callee.name === 'rule' && args.length >= 5) {
        for (const a of says ? [args[1], args[3], args[4]] : [args[3], args[4]])
          if (isPlainString(a)) spans.push([a.start, a.end]);
      }
    }
    for (const key in n) if (key !== 'type' && key !== 'start' && key !== 'end') stack.push(n[key]);
  }
  return spans;
}

/**
 * The source with each rule row's example and counter-example replaced by '' (with `says`, its plain
 * words too); null when there is none.
 */
export function stripRuleExamples(code: string, says = false): string | null {
  const spans = exampleSpans(parseAst(code, { lang: 'ts' }) as unknown as Node, says).sort((a, b) => b[0] - a[0]);
  if (!spans.length) return null;
  let out = code;
  for (const [start, end] of spans) out = out.slice(0, start) + "''" + out.slice(end);
  return out;
}

/** The plugin (wxt.config.ts): runs on the rule files before TypeScript is compiled away. */
export function ruleExamplesOut(): Plugin {
  // the reader (entrypoints/reader.ts: the engine injected into each article) never shows a rule's plain
  // words: the cards and the popup do, from their own bundles; in its build they go too (about 13 KB)
  let says = false;
  return {
    name: 'news-lens:rule-examples-out',
    enforce: 'pre',
    configResolved(config) {
      const lib = config.build.lib;
      says = !!lib && READER_ENTRY.test(String(lib.entry));
    },
    transform(code, id) {
      if (!RULE_FILE.test(id.split('?')[0])) return null;
      const out = stripRuleExamples(code, says);
      return out === null ? null : { code: out, map: null };
    },
  };
}
