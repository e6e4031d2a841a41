/**
 * Takes other children's names and references out of the text of a child's extract.
 *
 * The extract is built from this child's item only, but people type freely: a
 * declaration names the foster carer of another child on the list, a discussion
 * mentions a half-brother discussed at item 5, an earlier action names two children.
 * The extract's free text passes through here before it is written.
 *
 * What counts as naming a child:
 * - any child's case reference, however it is spaced or punctuated ('WS-1005', 'ws 1005'),
 *   or full name ('Mary Jane Smith-Jones', 'Smith-Jones, Mary Jane'), from the whole register;
 * - for the children on the same meeting, in the same sibling group, or linked to an action
 *   the extract prints, the first name alone, as written (capitalised), since that is how
 *   minutes refer to children ('Jamie said...', 'contact between Jamie and Sam').
 * A name or first name that a child of this extract also has stays: it most likely means
 * them. Surnames alone stay: parents, siblings and this child share them.
 */

export interface NamedChild {
  id: number;
  caseRef: string;
  firstName: string;
  lastName: string;
}

export const REDACTED = '[another child]';

/** A word: letters, combining marks and digits, with apostrophes inside ('O’Brien'). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
/** What may stand between the words of a name: spaces and hyphens ('Smith-Jones', 'Smith - Jones'). */
const NAME_GAP = /^[\s\-‐‑]+$/u;
/** What may stand between the parts of a reference: 'WS-1005', 'WS 1005', 'AB/300', 'A.B.300'. */
const REF_GAP = /^[\s\-‐‑/.]*$/u;
/** The longest reference, in words, worth trying ('AB / 12 / 345' is three). */
const REF_MAX_WORDS = 4;

const stripPossessive = (word: string) => word.replace(/['’]s$/u, '');
/** Case, accents typed either way and the two apostrophes ('O'Brien', 'O’Brien') compare equal. */
const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('en-GB').replace(/'/g, '’');
const words = (s: string) => [...s.normalize('NFC').matchAll(WORD)].map((m) => m[0]);
/** A reference with its spacing and punctuation taken out, so every way of typing it compares equal. */
const refKey = (s: string) => fold(s).replace(/[^\p{L}\p{N}]/gu, '');

function addTo(map: Map<string, Set<number>>, key: string, id: number): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

/** Names as sequences of words, found from their first word. */
class SequenceIndex {
  private readonly byFirst = new Map<string, Map<string, Set<number>>>();
  maxWords = 0;

  add(sequence: readonly string[], id: number): void {
    if (sequence.length === 0) return;
    this.maxWords = Math.max(this.maxWords, sequence.length);
    const inner = this.byFirst.get(sequence[0]!) ?? new Map<string, Set<number>>();
    this.byFirst.set(sequence[0]!, inner);
    addTo(inner, sequence.join(' '), id);
  }

  find(sequence: readonly string[]): Set<number> | undefined {
    return this.byFirst.get(sequence[0]!)?.get(sequence.join(' '));
  }

  startsWith(word: string): boolean {
    return this.byFirst.has(word);
  }
}

function addFullName(index: SequenceIndex, c: NamedChild): void {
  const first = words(c.firstName).map(fold);
  const last = words(c.lastName).map(fold);
  if (first.length === 0 || last.length === 0) return;
  index.add([...first, ...last], c.id);
  index.add([...last, ',', ...first], c.id);
}

/** The register's names and references, indexed once per export and used for every extract in it. */
export class ChildNameIndex {
  private readonly refs = new Map<string, Set<number>>();
  private readonly fullNames = new SequenceIndex();

  /** @param register every child whose full name or reference must not leak (the meeting's children among them) */
  constructor(register: Iterable<NamedChild>) {
    for (const c of register) {
      const ref = refKey(c.caseRef);
      if (ref) addTo(this.refs, ref, c.id);
      addFullName(this.fullNames, c);
    }
  }

  /**
   * A redactor for one extract.
   * @param kept the children the extract is about: their own names and references stay
   * @param firstNamesOf the children whose first name alone also counts (the meeting's, the siblings', the actions')
   */
  redactorFor(kept: readonly NamedChild[], firstNamesOf: readonly NamedChild[]): Redactor {
    const keptIds = new Set(kept.map((c) => c.id));
    const keptFullNames = new SequenceIndex();
    for (const c of kept) addFullName(keptFullNames, c);
    const keptFirstNames = new Set(kept.map((c) => words(c.firstName).join(' ')));
    const keptRefs = new Set(kept.map((c) => refKey(c.caseRef)));
    const firstNames = new SequenceIndex();
    for (const c of firstNamesOf) {
      const first = words(c.firstName);
      if (!keptIds.has(c.id) && !keptFirstNames.has(first.join(' '))) firstNames.add(first, c.id);
    }
    const isOther = (ids: Set<number> | undefined) => ids !== undefined && [...ids].some((id) => !keptIds.has(id));
    return new Redactor({
      ref: (key) => !keptRefs.has(key) && isOther(this.refs.get(key)),
      fullNames: this.fullNames,
      isOtherFullName: (sequence) => keptFullNames.find(sequence) === undefined && isOther(this.fullNames.find(sequence)),
      firstNames,
    });
  }
}

interface Rules {
  ref: (key: string) => boolean;
  fullNames: SequenceIndex;
  isOtherFullName: (sequence: readonly string[]) => boolean;
  firstNames: SequenceIndex;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

export class Redactor {
  /** How many mentions were taken out, to tell the person who files the extract. */
  count = 0;

  constructor(private readonly rules: Rules) {}

  /** Every rule: for what people typed. */
  redact(text: string): string {
    return this.apply(text, true);
  }

  /** References and full names only: for a person's name or role, where a first name alone is an adult's ('Sam Jones', social worker). */
  redactNames(text: string): string {
    return this.apply(text, false);
  }

  private apply(raw: string, firstNames: boolean): string {
    if (!raw) return raw;
    const text = raw.normalize('NFC');
    const found = [...text.matchAll(WORD)].map((m): Word => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
    const spans: { start: number; end: number }[] = [];
    for (let i = 0; i < found.length; ) {
      const length = this.matchAt(text, found, i, firstNames);
      if (length > 0) {
        const last = found[i + length - 1]!;
        // 'Tom’s view' becomes '[another child]’s view': the possessive is grammar, not the name.
        const possessive = stripPossessive(last.text) !== last.text ? 2 : 0;
        spans.push({ start: found[i]!.start, end: last.end - possessive });
        i += length;
      } else i++;
    }
    if (spans.length === 0) return raw;
    this.count += spans.length;
    let out = '';
    let at = 0;
    for (const s of spans) {
      out += text.slice(at, s.start) + REDACTED;
      at = s.end;
    }
    return out + text.slice(at);
  }

  /** How many words from `i` name another child (0 if none), trying the longest match first. */
  private matchAt(text: string, found: readonly Word[], i: number, firstNames: boolean): number {
    const { fullNames } = this.rules;
    const head = fold(found[i]!.text);
    if (fullNames.startsWith(head)) {
      // A sequence with ',' in it is 'Surname, First names': the comma is a word of the key.
      const sequence: string[] = [head];
      for (let j = i + 1; j < found.length && sequence.length < fullNames.maxWords; j++) {
        const gap = text.slice(found[j - 1]!.end, found[j]!.start);
        if (/^\s*,\s*$/u.test(gap)) sequence.push(',');
        else if (!NAME_GAP.test(gap)) break;
        const word = fold(found[j]!.text);
        sequence.push(word);
        if (this.rules.isOtherFullName(sequence)) return j - i + 1;
        // 'Jamie Brown’s': the possessive belongs to the name.
        const possessive = stripPossessive(word);
        if (possessive !== word && this.rules.isOtherFullName([...sequence.slice(0, -1), possessive])) return j - i + 1;
      }
    }
    // References, as one word or a few joined by punctuation.
    let key = '';
    let best = 0;
    for (let j = i; j < found.length && j - i < REF_MAX_WORDS; j++) {
      if (j > i && !REF_GAP.test(text.slice(found[j - 1]!.end, found[j]!.start))) break;
      const word = found[j]!.text;
      if (this.rules.ref(key + refKey(stripPossessive(word)))) best = j - i + 1;
      key += refKey(word);
      if (this.rules.ref(key)) best = j - i + 1;
    }
    if (best > 0) return best;
    if (!firstNames) return 0;
    // A first name alone, exactly as written, and its possessive ('Sam’s').
    const first = this.rules.firstNames;
    const own = stripPossessive(found[i]!.text);
    const sequence: string[] = [own];
    if (first.find(sequence)) return 1;
    for (let j = i + 1; j < found.length && sequence.length < first.maxWords; j++) {
      if (!NAME_GAP.test(text.slice(found[j - 1]!.end, found[j]!.start))) break;
      sequence[j - i - 1] = found[j - 1]!.text;
      sequence.push(stripPossessive(found[j]!.text));
      if (first.find(sequence)) return j - i + 1;
    }
    return 0;
  }
}
