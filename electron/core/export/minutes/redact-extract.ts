import type { DocAttendee, DocBlock, MinutesDocModel } from './model';
import type { Redactor } from './redact';

/** Columns that hold a person (an adult), where a first name alone is theirs, not a child's. */
const PEOPLE_COLUMNS = new Set(['Owner', 'By whom']);

/**
 * An extract with other children taken out of everything people typed or chose. What the
 * app itself words (labels, headings, the extract's own children) is left as it is; a
 * person's name gets the full-name and reference rules only, so a social worker called
 * Sam stays Sam when a child called Sam is elsewhere on the agenda.
 */
export function redactExtract(model: MinutesDocModel, r: Redactor): MinutesDocModel {
  const person = (p: DocAttendee): DocAttendee => ({ name: r.redactNames(p.name), role: p.role, organisation: p.organisation === null ? null : r.redactNames(p.organisation) });
  const orNull = (v: string | null, f: (s: string) => string) => (v === null ? null : f(v));
  return {
    ...model,
    venue: orNull(model.venue, (v) => r.redact(v)),
    chair: orNull(model.chair, (v) => r.redactNames(v)),
    minuteTaker: orNull(model.minuteTaker, (v) => r.redactNames(v)),
    approval: model.approval ? { ...model.approval, by: r.redactNames(model.approval.by) } : null,
    present: model.present.map(person),
    apologies: model.apologies.map(person),
    absent: model.absent.map(person),
    declarations: model.declarations.map((d) => ({ name: r.redactNames(d.name), text: r.redact(d.text) })),
    items: model.items.map((item) => ({
      ...item,
      // The child's own details and the names of the adults responsible for them: full names and references only.
      childDetails: item.childDetails.map((d) => ({ ...d, lines: d.lines.map((l) => ({ ...l, value: r.redactNames(l.value) })) })),
      blocks: item.blocks.map((b) => redactBlock(b, r)),
    })),
    amendments: model.amendments.map((a) => ({ ...a, madeBy: r.redactNames(a.madeBy), text: r.redact(a.text) })),
  };
}

function redactBlock(b: DocBlock, r: Redactor): DocBlock {
  switch (b.kind) {
    case 'group':
      return b;
    case 'text':
      return { ...b, text: r.redact(b.text) };
    case 'facts':
      return { ...b, lines: b.lines.map((l) => ({ ...l, value: r.redact(l.value) })) };
    case 'table':
      return {
        ...b,
        rows: b.rows.map((row) =>
          row.map((cell, i) => {
            const redact = (s: string) => (PEOPLE_COLUMNS.has(b.columns[i]!.heading) ? r.redactNames(s) : r.redact(s));
            return typeof cell === 'string' ? redact(cell) : { text: redact(cell.text), note: r.redact(cell.note) };
          }),
        ),
      };
    case 'ratings':
      return { ...b, ratings: b.ratings.map((x) => ({ ...x, reason: r.redact(x.reason) })) };
  }
}
