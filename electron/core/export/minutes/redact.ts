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
 * them. So do siblings' names where the council keeps them (a sibling is part of the
 * child's own story), though never their references. Everything else that might name a
 * child is for a person to see: `mentions/`.
 *
 * What is taken out reads as a sentence should: 'Leo Storyvale (case WS 1005)' becomes one
 * '[another child]', not '[another child] (case [another child])'.
 */
import { isEverydayWord } from '../mentions/everyday-words';
import type { StaffNames } from '../mentions/staff-names';
import { bare, fold, NAME_GAP, REF_GAP, REF_MAX_WORDS, refKey, stripPossessive, type Word, words, wordsAt } from './words';

export interface NamedChild {
  id: number;
  caseRef: string;
  firstName: string;
  lastName: string;
}

export const REDACTED = '[another child]';
const NONE: number[] = [];

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
   * @param namesKept other children whose names stay (siblings, where the council keeps them); their references still go
   * @param people staff and others at the meeting: 'Sam Social' in the text is the social worker, whoever else is called Sam
   */
  redactorFor(kept: readonly NamedChild[], firstNamesOf: readonly NamedChild[], namesKept: readonly NamedChild[] = [], people?: StaffNames): Redactor {
    const keptIds = new Set(kept.map((c) => c.id));
    const withNames = [...kept, ...namesKept];
    const nameKeptIds = new Set(withNames.map((c) => c.id));
    const keptFullNames = new SequenceIndex();
    for (const c of withNames) addFullName(keptFullNames, c);
    const keptFirstNames = new Set(withNames.map((c) => words(c.firstName).join(' ')));
    const keptRefs = new Set(kept.map((c) => refKey(c.caseRef)));
    const firstNames = new SequenceIndex();
    for (const c of firstNamesOf) {
      const first = words(c.firstName);
      // 'Will', 'May', 'Amber' alone are as often the word as the child: a person decides (mentions/), not this rule.
      if (first.length === 1 && isEverydayWord(bare(first[0]!))) continue;
      if (!nameKeptIds.has(c.id) && !keptFirstNames.has(first.join(' '))) firstNames.add(first, c.id);
    }
    const others = (ids: Set<number> | undefined, keptSet: Set<number>) => (ids ? [...ids].filter((id) => !keptSet.has(id)) : NONE);
    // What a name left in place looks like, so a reference in brackets after it can go without a trace ('Amy (WS-2)' becomes 'Amy').
    const namesLeft = new Set(withNames.flatMap((c) => [...words(c.firstName), ...words(c.lastName)].map(fold)));
    return new Redactor({
      ref: (key) => (keptRefs.has(key) ? [] : others(this.refs.get(key), keptIds)),
      fullNames: this.fullNames,
      otherFullName: (sequence) => (keptFullNames.find(sequence) === undefined ? others(this.fullNames.find(sequence), nameKeptIds) : []),
      firstNames,
      namesLeft,
      personAt: (text, found, i) => people?.fullNameAt(text, found, i) ?? 0,
    });
  }
}

interface Rules {
  /** The other children a reference key names (none for this extract's own, or an unknown one). */
  ref: (key: string) => number[];
  fullNames: SequenceIndex;
  otherFullName: (sequence: readonly string[]) => number[];
  firstNames: SequenceIndex;
  namesLeft: ReadonlySet<string>;
  /** How many words from `i` are a person's full name: their first name there is theirs. */
  personAt: (text: string, found: readonly Word[], i: number) => number;
}

type Kind = 'name' | 'ref' | 'person';

/** A word with the forms the rules compare, worked out once. */
interface ReadWord extends Word {
  folded: string;
  key: string;
  stemKey: string;
}

interface Match {
  length: number;
  kind: Kind;
}

/** A stretch of text to take out, and what goes in its place: the marker, or nothing for a reference in brackets after a name that stays. */
export interface Replacement {
  start: number;
  end: number;
  replacement: string;
}

interface Span extends Replacement {
  kind: Kind;
}

/**
 * The text with each stretch replaced (sorted, not overlapping). Markers with only spaces
 * between them become one: 'Leo Storyvail (WS 1005)', its name and reference both taken
 * out, is one '[another child]'.
 */
export function replaceSpans(text: string, spans: readonly Replacement[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    const between = text.slice(at, s.start);
    if (at > 0 && s.replacement && out.endsWith(REDACTED) && /^[ \t]*$/u.test(between)) {
      at = s.end;
      continue;
    }
    out += between + s.replacement;
    at = s.end;
  }
  return out + text.slice(at);
}

/** Words that say 'a reference follows', left stranded if only the reference went: 'case', 'ref.', 'Mosaic ID'. */
const REF_LABEL = /(?:^|[^\p{L}\p{N}])((?:(?:case|child|ref|reference|no|number|id|mosaic|lcs|record)\.?[\s:#]*)+)$/iu;

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
    const spans = this.spans(text, firstNames);
    if (spans.length === 0) return raw;
    this.count += spans.length;
    return replaceSpans(text, spans);
  }

  /**
   * What would be taken out of a text (already in NFC), and what goes in each place, without
   * counting it: for a pass that also looks for possible mentions around what is taken out.
   * @param firstNames whether first names alone count (typed text), or only full names and references (a person's name)
   */
  spans(text: string, firstNames: boolean): Replacement[] {
    const found = wordsAt(text).map((w): ReadWord => {
      const key = refKey(w.text);
      const stem = stripPossessive(w.text);
      return { text: w.text, start: w.start, end: w.end, folded: fold(w.text), key, stemKey: stem === w.text ? key : refKey(stem) };
    });
    const spans: Span[] = [];
    for (let i = 0; i < found.length; ) {
      const match = this.matchAt(text, found, i, firstNames);
      if (match?.kind === 'person') i += match.length;
      else if (match) {
        const last = found[i + match.length - 1]!;
        // 'Tom’s view' becomes '[another child]’s view': the possessive is grammar, not the name.
        const possessive = stripPossessive(last.text) !== last.text ? 2 : 0;
        spans.push({ start: found[i]!.start, end: last.end - possessive, kind: match.kind, replacement: REDACTED });
        i += match.length;
      } else i++;
    }
    return spans.length === 0 ? [] : this.tidy(text, spans);
  }

  /**
   * So the text still reads: a reference takes its label with it ('case WS 1005'), a reference
   * alone in brackets takes the brackets, and one right after a name taken out joins it.
   * After a name that stays (a sibling's), a bracketed reference goes without a marker.
   */
  private tidy(text: string, spans: Span[]): Span[] {
    const out: Span[] = [];
    for (const span of spans) {
      const s = { ...span };
      if (s.kind === 'ref') {
        const label = REF_LABEL.exec(text.slice(0, s.start));
        if (label) s.start -= label[1]!.length;
        const open = /\(\s*$/u.exec(text.slice(0, s.start));
        const close = /^\s*\)/u.exec(text.slice(s.end));
        if (open && close) {
          s.start = open.index;
          s.end += close[0].length;
          const before = text.slice(0, s.start);
          const previous = out[out.length - 1];
          if (previous && /^\s*$/u.test(text.slice(previous.end, s.start))) {
            previous.end = s.end;
            continue;
          }
          const lastWord = /([\p{L}\p{M}’']+)\s*$/u.exec(before);
          if (lastWord && this.rules.namesLeft.has(fold(stripPossessive(lastWord[1]!)))) {
            s.start = before.trimEnd().length;
            s.replacement = '';
          }
        }
      }
      const previous = out[out.length - 1];
      // Two mentions side by side ('Chloe WS-1005') are one child.
      if (previous && previous.replacement && s.replacement && /^[ \t]*$/u.test(text.slice(previous.end, s.start))) {
        previous.end = s.end;
        continue;
      }
      out.push(s);
    }
    return out;
  }

  /** How many words from `i` name another child, trying the longest match first. */
  private matchAt(text: string, found: readonly ReadWord[], i: number, firstNames: boolean): Match | undefined {
    const { fullNames } = this.rules;
    const head = found[i]!.folded;
    if (fullNames.startsWith(head)) {
      // A sequence with ',' in it is 'Surname, First names': the comma is a word of the key.
      const sequence: string[] = [head];
      for (let j = i + 1; j < found.length && sequence.length < fullNames.maxWords; j++) {
        const gap = text.slice(found[j - 1]!.end, found[j]!.start);
        if (/^\s*,\s*$/u.test(gap)) sequence.push(',');
        else if (!NAME_GAP.test(gap)) break;
        const word = found[j]!.folded;
        sequence.push(word);
        if (this.rules.otherFullName(sequence).length > 0) return { length: j - i + 1, kind: 'name' };
        // 'Jamie Brown’s': the possessive belongs to the name.
        const possessive = stripPossessive(word);
        if (possessive !== word && this.rules.otherFullName([...sequence.slice(0, -1), possessive]).length > 0) return { length: j - i + 1, kind: 'name' };
      }
    }
    // References, as one word or a few joined by punctuation.
    let key = '';
    let best = 0;
    for (let j = i; j < found.length && j - i < REF_MAX_WORDS; j++) {
      if (j > i && !REF_GAP.test(text.slice(found[j - 1]!.end, found[j]!.start))) break;
      if (this.rules.ref(key + found[j]!.stemKey).length > 0) best = j - i + 1;
      key += found[j]!.key;
      if (this.rules.ref(key).length > 0) best = j - i + 1;
    }
    if (best > 0) return { length: best, kind: 'ref' };
    if (!firstNames) return undefined;
    // A first name alone, exactly as written, and its possessive ('Sam’s').
    const first = this.rules.firstNames;
    if (!first.startsWith(stripPossessive(found[i]!.text))) return undefined;
    const person = this.rules.personAt(text, found, i);
    if (person > 0) return { length: person, kind: 'person' };
    const own = stripPossessive(found[i]!.text);
    const sequence: string[] = [own];
    if (first.find(sequence)) return { length: 1, kind: 'name' };
    for (let j = i + 1; j < found.length && sequence.length < first.maxWords; j++) {
      if (!NAME_GAP.test(text.slice(found[j - 1]!.end, found[j]!.start))) break;
      sequence[j - i - 1] = found[j - 1]!.text;
      sequence.push(stripPossessive(found[j]!.text));
      if (first.find(sequence)) return { length: j - i + 1, kind: 'name' };
    }
    return undefined;
  }
}
