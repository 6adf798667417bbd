import { isIsoDate } from './annotate-file';

export const USAGE = `usage: npm run annotate -- PAGE [--json [--with-text] | --explain] [--date YYYY-MM-DD]
       npm run annotate -- --jsonl FILE_OR_DIR... [--date YYYY-MM-DD] [--dates FILE] [--quiet]
  PAGE          an .html file, a .txt file (one paragraph a line) or an http(s) URL
  --json        print the notes as JSON (the contract) instead of a table
  --with-text   with --json: add "text", the article text that every start/end offset refers to
  --explain     print why: each claim (text, kind, speaker, cue, confidence, its rules in plain words)
                and each actor's mentions with their rules
  NEWSLENS_OFF=rule-id,...  switches rules off (lib/engine/rules.ts lists them)
  --jsonl       annotate many .html/.htm/.txt files (a folder: the files in it) in one process; one JSON
                object a line, the contract plus "file" (or "file" and "error" for a file that fails)
  --date D      the publication date of the article (a .txt has none; a page's own is replaced)
  --dates FILE  dates per file: lines of NAME.txt<TAB>YYYY-MM-DD (NAME is the file's base name)
  --quiet       no progress on stderr`;

export interface AnnotateArgs {
  mode: 'table' | 'json' | 'jsonl' | 'explain';
  targets: string[];
  date: string | null;
  datesFile: string | null;
  quiet: boolean;
  help: boolean;
  /** --json --with-text: the contract plus the article text the offsets refer to. */
  withText: boolean;
}

export class UsageError extends Error {}

/** The command line's arguments; throws UsageError with a reason. */
export function parseAnnotateArgs(argv: string[]): AnnotateArgs {
  const out: AnnotateArgs = {
    mode: 'table',
    targets: [],
    date: null,
    datesFile: null,
    quiet: false,
    help: false,
    withText: false,
  };
  let json = false;
  let jsonl = false;
  let explain = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--json') json = true;
    else if (a === '--jsonl') jsonl = true;
    else if (a === '--explain') explain = true;
    else if (a === '--quiet') out.quiet = true;
    else if (a === '--with-text') out.withText = true;
    else if (a === '--help' || a === '-h') out.help = true;
    else if (a === '--date') out.date = value();
    else if (a.startsWith('--date=')) out.date = a.slice('--date='.length);
    else if (a === '--dates') out.datesFile = value();
    else if (a.startsWith('--dates=')) out.datesFile = a.slice('--dates='.length);
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else out.targets.push(a);
  }
  if (out.help) return out;
  if ([json, jsonl, explain].filter(Boolean).length > 1)
    throw new UsageError(
      `${[json && '--json', jsonl && '--jsonl', explain && '--explain'].filter(Boolean).join(' and ')}: choose one`,
    );
  out.mode = jsonl ? 'jsonl' : json ? 'json' : explain ? 'explain' : 'table';
  if (out.withText && out.mode !== 'json') throw new UsageError('--with-text goes with --json');
  if (out.date !== null && !isIsoDate(out.date))
    throw new UsageError(`--date ${out.date}: expected a date written YYYY-MM-DD`);
  if (!out.targets.length) throw new UsageError(jsonl ? '--jsonl needs at least one file or folder' : 'no page given');
  if (!jsonl && out.targets.length > 1)
    throw new UsageError(`${out.targets.length} pages given: use --jsonl to annotate several`);
  return out;
}
