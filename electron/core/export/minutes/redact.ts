/**
 * Takes other children's names and references out of the text of a child's extract.
 *
 * The extract is built from this child's item only, but people type freely: a
 * declaration names the foster carer of another child on the list, a discussion
 * mentions a half-brother discussed at item 5, an earlier action names two children.
 * Every string of the extract passes through here before it is written.
 *
 * What counts as naming a child:
 * - any child's case reference, or full name ('Jamie Brown', 'Brown, Jamie'), from the
 *   whole register;
 * - for the children on the same meeting, the first name alone, exactly as written
 *   (capitalised), since that is how minutes refer to children ('Jamie said...').
 *   A first name shared with a child of this extract stays: it most likely means them.
 * Surnames alone are left: they are shared by parents, siblings and this child.
 */

export interface NamedChild {
  id: number;
  caseRef: string;
  firstName: string;
  lastName: string;
}

export const REDACTED = '[another child]';

/** Letters and digits, with inner hyphens, slashes and dots kept: 'Smith-Jones', 'WS-10234', 'AB/123'. */
const TOKEN = /[\p{L}\p{N}]+(?:[-/.][\p{L}\p{N}]+)*/gu;

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('en-GB');

function addTo<K>(map: Map<K, Set<number>>, key: K, id: number): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

/** The register's names and references, indexed once per export and used for every extract in it. */
export class ChildNameIndex {
  private readonly refs = new Map<string, Set<number>>();
  private readonly fullNames = new Map<string, Set<number>>();
  private readonly firstNames = new Map<string, Set<number>>();
  private readonly byId = new Map<number, NamedChild>();

  /**
   * @param register every child whose full name or reference must not leak
   * @param meetingChildren the children of this meeting, whose first names alone count too
   */
  constructor(register: Iterable<NamedChild>, meetingChildren: Iterable<NamedChild>) {
    for (const c of register) this.addFull(c);
    for (const c of meetingChildren) {
      this.addFull(c);
      if (c.firstName.trim()) addTo(this.firstNames, c.firstName.trim(), c.id);
    }
  }

  private addFull(c: NamedChild): void {
    this.byId.set(c.id, c);
    if (c.caseRef.trim()) addTo(this.refs, fold(c.caseRef.trim()), c.id);
    const first = fold(c.firstName.trim());
    const last = fold(c.lastName.trim());
    if (first && last) {
      addTo(this.fullNames, `${first} ${last}`, c.id);
      addTo(this.fullNames, `${last}, ${first}`, c.id);
    }
  }

  /** A redactor for one extract: the children it is about keep their own names. */
  redactorFor(keptIds: readonly number[]): Redactor {
    const kept = new Set(keptIds);
    const keptFirstNames = new Set(keptIds.map((id) => this.byId.get(id)?.firstName.trim()).filter(Boolean));
    const isOther = (ids: Set<number> | undefined) => ids !== undefined && [...ids].some((id) => !kept.has(id));
    return new Redactor((key) => isOther(this.refs.get(key.ref)) || isOther(this.fullNames.get(key.name)), (word) => !keptFirstNames.has(word) && isOther(this.firstNames.get(word)));
  }
}

export class Redactor {
  /** How many mentions were taken out, to tell the person who files the extract. */
  count = 0;

  constructor(
    private readonly namesOther: (key: { ref: string; name: string }) => boolean,
    private readonly firstNameOther: (word: string) => boolean,
  ) {}

  redact(text: string): string {
    if (!text) return text;
    const tokens = [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
    const spans: { start: number; end: number }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const next = tokens[i + 1];
      const gap = next ? text.slice(t.end, next.start) : '';
      if (next && /^\s+$/.test(gap) && this.namesOther({ ref: '', name: `${fold(t.text)} ${fold(next.text)}` })) {
        spans.push({ start: t.start, end: next.end });
        i++;
      } else if (next && /^,\s*$/.test(gap) && this.namesOther({ ref: '', name: `${fold(t.text)}, ${fold(next.text)}` })) {
        spans.push({ start: t.start, end: next.end });
        i++;
      } else if (this.namesOther({ ref: fold(t.text), name: '' }) || this.firstNameOther(t.text)) {
        spans.push(t);
      }
    }
    if (spans.length === 0) return text;
    this.count += spans.length;
    let out = '';
    let at = 0;
    for (const s of spans) {
      out += text.slice(at, s.start) + REDACTED;
      at = s.end;
    }
    return out + text.slice(at);
  }

  /** Every string inside a plain value (objects and arrays), redacted; the shape is unchanged. */
  redactAll<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((v: unknown) => this.redactAll(v)) as T;
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.redactAll(v)])) as T;
    }
    return value;
  }
}
