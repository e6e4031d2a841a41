import type { ParsedInput, ProcedureOutput } from '../../../../shared/contract';
import type { ImportPreviewRow } from '../../../../shared/schemas/import';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { analyseImport, peopleToAdd, teamsToAdd, type AnalysedRow, type ImportChoices } from './analyse';
import { applyImport } from './apply';
import { loadImportState } from './load-state';
import { parseCsv } from './parse-csv';
import { findProfile, saveProfile } from './profiles';
import { suggestMapping } from './suggest-mapping';
import { write } from '../../data/write';

export async function previewImport(ctx: ServiceContext, input: ParsedInput<'import.preview'>): Promise<ProcedureOutput<'import.preview'>> {
  const state = await loadImportState(ctx.db);
  const parsed = parseCsv(input.csv);
  // A file whose headings were seen before starts from what was decided then; otherwise from suggestions.
  const profile = input.mapping || input.fromSuggestions ? undefined : await findProfile(ctx.db, parsed.headers);
  const choices: ImportChoices = input.mapping
    ? { mapping: input.mapping, values: input.values, teams: input.teams, people: input.people }
    : (profile?.choices ?? { mapping: suggestMapping(parsed.headers), values: {}, teams: {}, people: {} });
  const analysis = analyseImport(parsed, choices, state, ctx.now());
  const counts = { create: 0, update: 0, unchanged: 0, invalid: 0 };
  const rows = analysis.rows.map((row): ImportPreviewRow => {
    const action: ImportPreviewRow['action'] = row.writes?.action ?? 'invalid';
    counts[action]++;
    return { line: row.line, caseRef: row.caseRef, name: row.name, action, changes: row.writes?.changes ?? [], problems: row.problems, warnings: row.warnings };
  });
  const people = peopleToAdd(analysis.rows, state).map(({ name, role, teamName, rows: count }) => ({ name, role, teamName, rows: count }));
  return {
    headers: analysis.headers,
    examples: analysis.examples,
    mapping: analysis.mapping,
    fileProblems: analysis.fileProblems,
    rows,
    counts,
    peopleToAdd: people,
    values: analysis.values,
    teams: analysis.teams,
    people: analysis.people,
    profile: profile ? { name: profile.name, savedAt: profile.savedAt } : null,
  };
}

/**
 * Checks the whole file again from the text it is given and writes it in one
 * transaction, or writes nothing: a half-imported file would be worse than none.
 * What was decided about the file is kept for the next file with the same headings.
 */
export async function commitImport(ctx: ServiceContext, input: ParsedInput<'import.commit'>): Promise<ProcedureOutput<'import.commit'>> {
  return write(ctx, async (w) => {
    const state = await loadImportState(w.db);
    const parsed = parseCsv(input.csv);
    const choices: ImportChoices = { mapping: input.mapping, values: input.values, teams: input.teams, people: input.people };
    const analysis = analyseImport(parsed, choices, state, ctx.now());
    if (analysis.fileProblems.length > 0) throw new AppError('INVALID_INPUT', `Nothing has been imported. ${analysis.fileProblems[0]}`);
    const excluded = new Set(input.exclude);
    const included = analysis.rows.filter((r) => !excluded.has(r.line));
    const invalid = included.filter((r) => !r.writes);
    if (invalid.length > 0) throw new AppError('INVALID_INPUT', refusal(invalid));

    const teams = teamsToAdd(included);
    const people = peopleToAdd(included, state);
    const applied = await applyImport(w, included.map((r) => r.writes!), people, teams);
    await w.childrenChanged(applied.touched);
    await saveProfile(w.db, parsed.headers, input.fileName ?? 'a CSV file', choices, isoNow(ctx), ctx.actor);
    const result = {
      created: applied.created,
      updated: applied.updated,
      unchanged: applied.unchanged,
      excluded: analysis.rows.length - included.length,
      peopleAdded: applied.peopleAdded,
      teamsAdded: applied.teamsAdded,
    };
    // A repeat of the same file changes nothing, so it leaves no trace either.
    if (result.created + result.updated + result.peopleAdded + result.teamsAdded > 0) {
      const file = input.fileName ? ` from ${input.fileName}` : '';
      const teamsAdded = result.teamsAdded > 0 ? `, ${result.teamsAdded} teams added` : '';
      await w.audit({
        action: 'import',
        entity: 'import',
        entityId: null,
        summary: `Imported children${file}: ${result.created} added, ${result.updated} updated, ${result.unchanged} unchanged, ${result.excluded} left out, ${result.peopleAdded} people added${teamsAdded}`,
        details: { ...result, rows: analysis.rows.length },
      });
    }
    return result;
  });
}

function refusal(invalid: readonly AnalysedRow[]): string {
  const lines = invalid.slice(0, 5).map((r) => r.line);
  const listed = lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`;
  const more = invalid.length > lines.length ? ` and ${invalid.length - lines.length} more` : '';
  const rows = invalid.length === 1 ? '1 row still has a problem' : `${invalid.length} rows still have problems`;
  return `Nothing has been imported: ${rows} (${listed}${more}). Fix them in the file or exclude them, then import again.`;
}
