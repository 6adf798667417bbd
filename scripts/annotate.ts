/**
 * The command line tool: runs the extension's own lib/ code over pages in Node.
 *   npm run annotate -- <file.html | file.txt | http(s) URL> [--json [--with-text] | --explain] [--date YYYY-MM-DD]
 *   npm run annotate -- --jsonl FILE_OR_DIR... [--date YYYY-MM-DD] [--dates FILE] [--quiet]
 * The work is in lib/cli/ (importable and tested); this file only wires it to the process.
 */
import { readFileSync } from 'node:fs';
import { parseAnnotateArgs, USAGE, UsageError } from '../lib/cli/args';
import { annotateTargetWithText, annotationJson } from '../lib/cli/annotate-file';
import { annotateBatch, collectInputs, dateFor, parseDatesFile, progressReporter } from '../lib/cli/batch';
import { loadKnowledgeIndex, MissingKnowledgeError } from '../lib/cli/project';
import { formatExplain } from '../lib/cli/explain';
import { assertOffSwitches } from '../lib/engine/rules';
import { formatNotesTable } from '../lib/format-notes';

// A reader that stops early (`| head`) ends the run quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

async function main(): Promise<number> {
  const args = parseAnnotateArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  assertOffSwitches(); // NEWSLENS_OFF names only rules that exist
  const dates = args.datesFile
    ? parseDatesFile(readFileSync(args.datesFile, 'utf8'), args.datesFile)
    : new Map<string, string>();
  const index = loadKnowledgeIndex();

  if (args.mode !== 'jsonl') {
    const target = args.targets[0];
    const read = await annotateTargetWithText(target, index, { publishedAt: dateFor(target, dates, args.date) });
    const { notes } = read;
    process.stdout.write(
      args.mode === 'json'
        ? `${JSON.stringify(annotationJson(read, args.withText), null, 2)}\n`
        : args.mode === 'explain'
          ? formatExplain(notes)
          : formatNotesTable(notes),
    );
    return 0;
  }

  const files = collectInputs(args.targets);
  const progress = args.quiet ? undefined : progressReporter(process.stderr);
  const result = await annotateBatch(files, index, {
    dates,
    date: args.date,
    write: (line) => process.stdout.write(`${line}\n`),
    onFile: progress,
  });
  if (!args.quiet && (files.length >= 50 || result.failed))
    process.stderr.write(
      `annotate --jsonl: ${result.files} files, ${result.failed} failed, ${result.seconds.toFixed(1)} s` +
        ` (${result.files ? Math.round((1000 * result.seconds) / result.files) : 0} ms a file)\n`,
    );
  return result.failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    if (err instanceof UsageError) console.error(`${err.message}\n${USAGE}`);
    else console.error(err instanceof Error ? err.message : String(err));
    process.exitCode =
      err instanceof UsageError || err instanceof MissingKnowledgeError || /^NEWSLENS_OFF:/.test(String(err?.message))
        ? 2
        : 1;
  },
);
