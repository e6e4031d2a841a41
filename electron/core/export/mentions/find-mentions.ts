/**
 * Possible mentions of other children in an extract's text, for a person to see before it
 * is filed. The redaction has already taken out what is certain (references and full names
 * from the register, first names of the children around this one); what is left here can
 * only be judged by someone who knows the case: a first name alone of any child in the
 * register, a surname alone, a name misspelt or spelt as it sounds, something that looks
 * like a case reference.
 *
 * Precision matters as much as recall: a list of fifty everyday words buries the one real
 * mention. So each is scored and the strongest come first, and these are not listed:
 * everyday words written as words ('will', 'in May', 'rated Amber', 'Will the panel…'),
 * this extract's own children's names and near-misses of them, names of staff written in
 * full, surnames after a title ('Ms Storyvale' is an adult) and names of places ('Rose
 * Cottage', 'Mockfield Primary School'). A first name that a member of staff also has is
 * still listed, last, with the member of staff named beside it.
 */
import type { NamedChild, Replacement } from '../minutes/redact';
import { bare, NAME_GAP, REF_GAP, REF_MAX_WORDS, refKey, stripPossessive, type Word, wordsAt } from '../minutes/words';
import { followsAsPlace, isEverydayWord, readsAsWord, TITLES } from './everyday-words';
import type { RegisterNames } from './register-names';
import { opensAfter, opensSentence } from './sentence';
import type { StaffNames } from './staff-names';

export type MentionKind = 'name-misspelt' | 'reference-near' | 'reference' | 'first-name' | 'surname' | 'misspelt' | 'sounds-like' | 'everyday-word';

export interface FoundMention {
  start: number;
  end: number;
  kind: MentionKind;
  /** 0 to 100: how likely this is another child; the review lists the strongest first. */
  score: number;
  /** The children it may be, nearest first. */
  suspects: number[];
  /** A member of staff it may be instead ('Sam Social'), said beside it. */
  staff: string | null;
}

/** How the text is read: what people typed, or a person's name or role, where a first name alone is theirs. */
export type ReadAs = 'text' | 'person';

interface Token extends Word {
  bare: string;
  /** Without a possessive: 'Chloe' of 'Chloe’s'. */
  stem: string;
  capital: boolean;
  allCaps: boolean;
  starts: boolean;
  skip: boolean;
}

/** Enough to say how many children a name could be; the review names the first few. */
const MAX_SUSPECTS = 100;

export class MentionFinder {
  private readonly ownIds: ReadonlySet<number>;
  private readonly ownNames: ReadonlySet<string>;
  private readonly ownRefs: ReadonlySet<string>;

  /**
   * @param own the extract's children
   * @param namesKept other children whose names stay without asking (siblings, where the council keeps them)
   */
  constructor(
    private readonly register: RegisterNames,
    own: readonly NamedChild[],
    namesKept: readonly NamedChild[],
    private readonly staff: StaffNames,
  ) {
    const kept = [...own, ...namesKept];
    this.ownIds = new Set(kept.map((c) => c.id));
    this.ownNames = new Set(kept.flatMap((c) => [...wordsAt(c.firstName), ...wordsAt(c.lastName)].map((w) => bare(w.text))));
    this.ownRefs = new Set(kept.map((c) => refKey(c.caseRef)));
  }

  /**
   * @param text in NFC
   * @param takenOut what the redaction takes out of it already: not looked at again
   */
  find(text: string, readAs: ReadAs, takenOut: readonly Replacement[]): FoundMention[] {
    if (!text) return [];
    const tokens = this.tokens(text, takenOut);
    const found: FoundMention[] = [];
    for (let i = 0; i < tokens.length; ) {
      if (tokens[i]!.skip) {
        i++;
        continue;
      }
      const hit = this.reference(text, tokens, i) ?? this.fullName(text, tokens, i) ?? (readAs === 'text' ? this.singleName(text, tokens, i) : undefined);
      if (hit === undefined) {
        i++;
        continue;
      }
      if (hit.mention) found.push(hit.mention);
      i += hit.length;
    }
    return found;
  }

  private tokens(text: string, takenOut: readonly Replacement[]): Token[] {
    const read = wordsAt(text);
    const tokens = read.map((w, i): Token => {
      const stem = stripPossessive(w.text);
      const head = stem.charAt(0);
      return {
        text: w.text,
        start: w.start,
        end: w.end,
        stem,
        bare: bare(stem),
        capital: head !== head.toLowerCase(),
        allCaps: stem.length > 1 && stem === stem.toUpperCase() && stem !== stem.toLowerCase(),
        starts: i === 0 ? opensSentence(text, w.start) : opensAfter(read[i - 1]!.text, text.slice(read[i - 1]!.end, w.start)),
        skip: takenOut.some((s) => w.start < s.end && w.end > s.start),
      };
    });
    // Staff named in full are staff: 'Sam Social' is not a child called Sam.
    for (let i = 0; i < tokens.length; i++) {
      const length = this.staff.fullNameAt(text, tokens, i);
      for (let j = i; j < i + length; j++) tokens[j]!.skip = true;
      if (length > 0) i += length - 1;
    }
    return tokens;
  }

  private others(ids: Iterable<number>): number[] {
    const out: number[] = [];
    for (const id of ids) if (!this.ownIds.has(id) && !out.includes(id)) out.push(id);
    return out;
  }

  /** Something that looks like a case reference: near one in the register, the digits of one, or the register's shape. */
  private reference(text: string, tokens: readonly Token[], i: number): { length: number; mention?: FoundMention } | undefined {
    if (!/\d/u.test(tokens.slice(i, i + REF_MAX_WORDS).map((t) => t.text).join(''))) return undefined;
    let key = '';
    let spaced = false;
    let best: { length: number; mention?: FoundMention } | undefined;
    for (let j = i; j < tokens.length && j - i < REF_MAX_WORDS; j++) {
      if (j > i) {
        const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
        if (!REF_GAP.test(gap)) break;
        if (/\s/u.test(gap)) spaced = true;
      }
      key += refKey(tokens[j]!.stem);
      const length = j - i + 1;
      const phrase = text.slice(tokens[i]!.start, tokens[j]!.end);
      if (this.ownRefs.has(key)) best = { length };
      else if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/u.test(phrase)) best = { length };
      else {
        const mention = this.referenceMention(key, spaced, tokens[i]!.start, tokens[j]!.end - (tokens[j]!.text.length - tokens[j]!.stem.length));
        if (mention) best = { length, mention };
      }
    }
    return best;
  }

  private referenceMention(key: string, spaced: boolean, start: number, end: number): FoundMention | undefined {
    // A reference is a few letters and then digits ('ws71003'); a date or a number followed by words is not.
    if (key.length < 4 || !/^\p{L}{0,4}\d{3,}$/u.test(key)) return undefined;
    const near = key.length >= 5 ? this.others(this.register.nearRefs(key).flatMap((ref) => this.register.refs.get(ref) ?? [])) : [];
    if (near.length) return { start, end, kind: 'reference-near', score: 85, suspects: near.slice(0, MAX_SUSPECTS), staff: null };
    const digits = this.others(this.register.refDigits.get(key) ?? []);
    if (digits.length) return { start, end, kind: 'reference-near', score: 80, suspects: digits.slice(0, MAX_SUSPECTS), staff: null };
    const shape = /^(\p{L}{1,4})(\d{3,})$/u.exec(key);
    if (shape && this.register.refPrefixes.has(shape[1]!)) return { start, end, kind: 'reference', score: 60, suspects: [], staff: null };
    if (shape && !spaced && shape[2]!.length >= 4) return { start, end, kind: 'reference', score: 40, suspects: [], staff: null };
    return undefined;
  }

  /** Children whose name has this word, or a word it may be a slip of, with how near the nearest is. */
  private matches(word: string, part: 'first' | 'last'): { ids: number[]; slips: number } {
    const map = part === 'first' ? this.register.first : this.register.last;
    const exact = map.get(word);
    if (exact) return { ids: exact, slips: 0 };
    if (word.length < 3 || isEverydayWord(word)) return { ids: [], slips: 9 };
    const ids: number[] = [];
    let slips = 9;
    for (const near of this.register.near(word)) {
      const list = map.get(near.name);
      if (!list) continue;
      ids.push(...list);
      slips = Math.min(slips, near.slips ?? 3);
    }
    return { ids, slips };
  }

  /** A first name and surname side by side that together are near one child's ('Leo Storyvail' for Leo Storyvale). */
  private fullName(text: string, tokens: readonly Token[], i: number): { length: number; mention: FoundMention } | undefined {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    if (!b || b.skip || !NAME_GAP.test(text.slice(a.end, b.start)) || a.stem !== a.text) return undefined;
    if (!a.capital && !b.capital) return undefined;
    const first = this.matches(a.bare, 'first');
    if (first.ids.length === 0) return undefined;
    const last = this.matches(b.bare, 'last');
    if (last.ids.length === 0 || first.slips + last.slips === 0) return undefined;
    const both = new Set(last.ids);
    const suspects = this.others(first.ids.filter((id) => both.has(id)));
    if (suspects.length === 0) return undefined;
    // This extract's own child, misspelt, is this child.
    if (this.ownNames.has(a.bare) && this.ownNames.has(b.bare)) return undefined;
    const score = first.slips === 0 || last.slips === 0 ? 90 : 80;
    return { length: 2, mention: { start: a.start, end: b.start + b.stem.length, kind: 'name-misspelt', score, suspects: suspects.slice(0, MAX_SUSPECTS), staff: null } };
  }

  /** One word that is, or may be a slip of, another child's first name or surname. */
  private singleName(text: string, tokens: readonly Token[], i: number): { length: number; mention?: FoundMention } | undefined {
    const t = tokens[i]!;
    const word = t.bare;
    if (word.length < 2 || /^\d+$/u.test(word)) return undefined;
    // This extract's own children (and kept siblings) by name, and their family's surname.
    if (this.ownNames.has(word)) return { length: 1 };
    const previous = tokens.slice(Math.max(0, i - 3), i).map((p) => p.bare);
    const next = tokens[i + 1];
    // The next word, if it belongs to the same sentence.
    const nextWord = next && !/[.!?;:]/u.test(text.slice(t.end, next.start)) ? next.bare : undefined;
    if (TITLES.has(previous[previous.length - 1] ?? '') && /^\.?\s+$/u.test(text.slice(tokens[i - 1]!.end, t.start))) return undefined;
    if (t.capital && followsAsPlace(nextWord) && next?.capital) return undefined;
    const span = { start: t.start, end: t.start + t.stem.length };
    const first = this.others(this.register.first.get(word) ?? []);
    const last = this.others(this.register.last.get(word) ?? []);
    if (first.length || last.length) {
      const staff = this.staff.sharing(word);
      if (isEverydayWord(word)) {
        if (!t.capital || t.allCaps || readsAsWord(word, t.starts, previous, nextWord, next !== undefined && /^\d/u.test(next.text))) return undefined;
        return { length: 1, mention: { ...span, kind: 'everyday-word', score: staff ? 15 : t.starts ? 25 : 30, suspects: [...first, ...last].slice(0, MAX_SUSPECTS), staff } };
      }
      const kind = first.length ? 'first-name' : 'surname';
      const base = kind === 'first-name' ? (t.capital ? (t.starts ? 65 : 70) : 50) : t.capital ? 50 : 35;
      return { length: 1, mention: { ...span, kind, score: staff ? 20 : base, suspects: [...first, ...last].slice(0, MAX_SUSPECTS), staff } };
    }
    if (word.length < 3 || (word.length === 3 && !t.capital) || isEverydayWord(word) || (t.allCaps && word.length < 6)) return undefined;
    // Spelt exactly as a member of staff's name, it is theirs, not a slip of a child's.
    if (this.staff.sharing(word)) return undefined;
    const near = this.register.near(word);
    if (near.length === 0) return undefined;
    // Nearer to this extract's own child than to anyone else: a slip of their name.
    const nearest = near[0]!;
    if (near.some((n) => this.ownNames.has(n.name) && (n.slips ?? 3) <= (nearest.slips ?? 3))) return { length: 1 };
    const suspects = this.others(near.flatMap((n) => this.register.idsOf(n.name)));
    if (suspects.length === 0) return undefined;
    const sounds = nearest.slips === null;
    const base = sounds ? 40 : nearest.slips === 1 ? 55 : 45;
    const score = base + (t.capital ? 5 : -10);
    return { length: 1, mention: { ...span, kind: sounds ? 'sounds-like' : 'misspelt', score, suspects: suspects.slice(0, MAX_SUSPECTS), staff: null } };
  }
}
