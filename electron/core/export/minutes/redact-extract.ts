import type { DocAttendee, DocBlock, MinutesDocModel } from './model';

/** Columns that hold a person (an adult), where a first name alone is theirs, not a child's. */
const PEOPLE_COLUMNS = new Set(['Owner', 'By whom']);

/**
 * What each string of an extract goes through on its way into the document (`mentions/extract-pass.ts`):
 * typed text, or a person's name, role or organisation. `where` says where it is, in the
 * words the person reviewing the extract sees.
 */
export interface TextPass {
  text(raw: string, where: string): string;
  person(raw: string, where: string): string;
}

/**
 * An extract with other children taken out of everything people typed or chose. What the
 * app itself words (labels, headings, the extract's own children) is left as it is; a
 * person's name gets the full-name and reference rules only, so a social worker called
 * Sam stays Sam when a child called Sam is elsewhere on the agenda.
 */
export function redactExtract(model: MinutesDocModel, r: TextPass): MinutesDocModel {
  const people = (list: readonly DocAttendee[], where: string): DocAttendee[] =>
    list.map((p) => ({ name: r.person(p.name, where), role: p.role, organisation: p.organisation === null ? null : r.person(p.organisation, where) }));
  const orNull = (v: string | null, f: (s: string) => string) => (v === null ? null : f(v));
  return {
    ...model,
    venue: orNull(model.venue, (v) => r.text(v, 'Venue')),
    chair: orNull(model.chair, (v) => r.person(v, 'Chair')),
    minuteTaker: orNull(model.minuteTaker, (v) => r.person(v, 'Minutes taken by')),
    approval: model.approval ? { ...model.approval, by: r.person(model.approval.by, 'Approved by') } : null,
    present: people(model.present, 'Present'),
    apologies: people(model.apologies, 'Apologies'),
    absent: people(model.absent, 'Absent'),
    declarations: model.declarations.map((d) => ({ name: r.person(d.name, 'Declarations of interest'), text: r.text(d.text, 'Declarations of interest') })),
    items: model.items.map((item) => ({
      ...item,
      // The child's own details and the names of the adults responsible for them: full names and references only.
      childDetails: item.childDetails.map((d) => ({ ...d, lines: d.lines.map((l) => ({ ...l, value: r.person(l.value, `Child's details: ${l.label}`) })) })),
      blocks: item.blocks.map((b) => redactBlock(b, r)),
    })),
    amendments: model.amendments.map((a) => ({ ...a, madeBy: r.person(a.madeBy, 'Amendments after approval'), text: r.text(a.text, 'Amendments after approval') })),
  };
}

function redactBlock(b: DocBlock, r: TextPass): DocBlock {
  switch (b.kind) {
    case 'group':
      return b;
    case 'text':
      return { ...b, text: r.text(b.text, b.label) };
    case 'facts':
      return { ...b, lines: b.lines.map((l) => ({ ...l, value: r.text(l.value, l.label) })) };
    case 'table':
      return {
        ...b,
        rows: b.rows.map((row) =>
          row.map((cell, i) => {
            const where = `${b.label}: ${b.columns[i]!.heading}`;
            const pass = (t: string) => (PEOPLE_COLUMNS.has(b.columns[i]!.heading) ? r.person(t, where) : r.text(t, b.label));
            return typeof cell === 'string' ? pass(cell) : { text: pass(cell.text), note: r.text(cell.note, b.label) };
          }),
        ),
      };
    case 'ratings':
      return { ...b, ratings: b.ratings.map((x) => ({ ...x, reason: r.text(x.reason, 'RAG rating') })) };
  }
}
