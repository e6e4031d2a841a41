#!/usr/bin/env node
/**
 * The house plan's figures for the tree this runs in (or the folder given as the first
 * argument): how big the largest core file is, how many stored values are still decoded
 * by hand outside the data layer, how many writes keep the audit and the tracker by hand,
 * and how many screens call the core directly instead of through the shared data hook.
 *
 *   node scripts/house-figures.mjs [tree] [--json]
 */
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const json = args.includes('--json');
const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? process.cwd());
const core = path.join(root, 'electron/core');
const dataLayer = path.join(core, 'data') + path.sep;
// Migrations are frozen in time (each typed against no schema of today's), so they are not counted.
const migrations = path.join(core, 'db', 'migrations') + path.sep;

function filesUnder(dir, ext) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, ext));
    else if (ext.some((e) => entry.name.endsWith(e))) out.push(full);
  }
  return out;
}

const rel = (file) => path.relative(root, file).split(path.sep).join('/');
const read = (file) => fs.readFileSync(file, 'utf8');
const lineCount = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** The literal-union type names of the shared vocabulary: casting to one of them is an enum cast. */
function vocabularyTypeNames() {
  const sources = [
    ...filesUnder(path.join(root, 'shared/domain'), ['.ts']).filter((f) => /vocabulary/.test(path.basename(f))),
    path.join(root, 'shared/roles.ts'),
    path.join(root, 'shared/rota/types.ts'),
    path.join(root, 'shared/review/types.ts'),
  ].filter((f) => fs.existsSync(f));
  const names = new Set();
  for (const file of sources) {
    for (const m of read(file).matchAll(/export type (\w+)\s*=\s*([^;]+);/g)) {
      // A union of string literals, or one read off a labelled list's values.
      if (/\.values\)\[number\]|^\s*'[^']*'(\s*\|\s*'[^']*')+\s*$|\(typeof \w+\)\[number\]/.test(m[2])) names.add(m[1]);
    }
  }
  return names;
}

/** Ends of the `JSON.parse(...)` calls that are followed by `as`: a stored value trusted without a check. */
function jsonParseCasts(text) {
  let count = 0;
  for (let at = text.indexOf('JSON.parse('); at >= 0; at = text.indexOf('JSON.parse(', at + 1)) {
    let depth = 0;
    let i = at + 'JSON.parse'.length;
    for (; i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) break;
    }
    let rest = text.slice(i + 1, i + 200);
    // `(JSON.parse(x) as T)` and `JSON.parse(x) as T` alike; `?? {}` before the cast too.
    rest = rest.replace(/^\s*\?\?\s*[^\s)]+/, '');
    if (/^\s*\)?\s*as\s/.test(rest)) count++;
  }
  return count;
}

function enumCasts(text, vocab) {
  const names = [...vocab].join('|');
  const patterns = [
    // as LegalStatus, as Rag | null, as MeetingKind[]
    new RegExp(`\\bas\\s+(?:${names})\\b(?:\\[\\])?`, 'g'),
    // as Child['gender'], as TrackerRow['legalStatus']: a column cast to a contract field
    /\bas\s+[A-Z]\w*(?:\[['"]\w+['"]\])+/g,
    // as 'proposed' | 'added'
    /\bas\s+'[^']*'(?:\s*\|\s*'[^']*')+/g,
  ];
  return patterns.reduce((n, re) => n + (text.match(re)?.length ?? 0), 0);
}

const coreFiles = filesUnder(core, ['.ts']);
const outsideData = coreFiles.filter((f) => !f.startsWith(dataLayer) && !f.startsWith(migrations));
const vocab = vocabularyTypeNames();

let largest = { file: '', lines: 0 };
for (const f of coreFiles) {
  const lines = lineCount(read(f));
  if (lines > largest.lines) largest = { file: rel(f), lines };
}

const perFile = (files, count) => files.map((f) => ({ file: rel(f), n: count(read(f)) })).filter((r) => r.n > 0);
const sum = (rows) => rows.reduce((n, r) => n + r.n, 0);

const parses = perFile(outsideData, jsonParseCasts);
const casts = perFile(outsideData, (t) => enumCasts(t, vocab));
// A call, not the function's own definition or an import of it.
const handKept = perFile(outsideData, (t) => (t.match(/(?<!function\s)\b(?:recordAudit|recordEditAudit|refreshTracking)\s*\(/g) ?? []).length);
// A feature's queries live in its repository (`features/<area>/repository.ts` or `repository/`); services call it.
const inRepository = (f) => /\/repository(\.ts$|\/)/.test(rel(f));
const sqlOutside = outsideData
  .filter((f) => !/\/(db|data)\//.test(rel(f)) && !inRepository(f))
  .filter((f) => /\.(selectFrom|insertInto|updateTable|deleteFrom|with)\(|\bsql`|\bsql</.test(read(f)));
const rendererFiles = filesUnder(path.join(root, 'renderer/src'), ['.ts', '.tsx']).filter((f) => !/\/api\/(client|use-procedure)\.ts$/.test(f));
const directCalls = rendererFiles.filter((f) => /\bcall(?:<[^>]*>)?\(\s*['"`][a-zA-Z]+\.[a-zA-Z]+/.test(read(f)));
const coreLines = coreFiles.reduce((n, f) => n + lineCount(read(f)), 0);

const figures = {
  tree: root,
  coreFiles: coreFiles.length,
  coreLines,
  largestCoreFile: largest,
  jsonParseCastsOutsideData: sum(parses),
  enumCastsOutsideData: sum(casts),
  auditOrRefreshCallsOutsideData: sum(handKept),
  filesWithSqlOutsideDataAndRepositories: sqlOutside.length,
  rendererFilesCallingDirectly: directCalls.length,
};

if (json) {
  console.log(JSON.stringify({ ...figures, detail: { parses, casts, handKept, sqlOutside: sqlOutside.map(rel), directCalls: directCalls.map(rel) } }, null, 2));
} else {
  console.log(`House figures for ${root}`);
  console.log(`  core: ${figures.coreFiles} files, ${figures.coreLines} lines; largest ${largest.file} (${largest.lines} lines)`);
  console.log(`  JSON.parse … as outside electron/core/data/ (and the frozen migrations): ${figures.jsonParseCastsOutsideData}`);
  console.log(`  enum casts outside electron/core/data/ (and the frozen migrations): ${figures.enumCastsOutsideData}`);
  console.log(`  recordAudit / recordEditAudit / refreshTracking calls outside electron/core/data/: ${figures.auditOrRefreshCallsOutsideData}`);
  console.log(`  core files writing SQL outside db/, data/ and feature repositories: ${figures.filesWithSqlOutsideDataAndRepositories}`);
  console.log(`  renderer files calling call() directly: ${figures.rendererFilesCallingDirectly}`);
}
