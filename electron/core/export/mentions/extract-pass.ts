import { createHash } from 'node:crypto';
import type { ExtractChoice } from '../../../../shared/schemas/extract-review';
import { REDACTED, type Redactor, type Replacement, replaceSpans } from '../minutes/redact';
import type { FoundMention, MentionFinder, ReadAs } from './find-mentions';
import { cutSentence, sentenceBounds } from './sentence';

/** A possible mention as the person reviewing the extract sees it. */
export interface SeenMention extends FoundMention {
  /** Stable while the sentence around it says the same: a choice made on it is found again on the next export. */
  key: string;
  /** Where in the extract: 'Discussion', 'Actions agreed', 'Declarations of interest'. */
  where: string;
  /** The words as typed. */
  phrase: string;
  /** The sentence around it, as it will be printed (what the redaction takes out already taken out). */
  sentence: { before: string; match: string; after: string };
  choice: ExtractChoice | null;
}

/** The sentence around [start, end) with the redaction's replacements made in it. */
function printedSentence(text: string, m: FoundMention, auto: readonly Replacement[]) {
  const { from, to } = sentenceBounds(text, m.start, m.end);
  const within = (a: number, b: number) => auto.filter((s) => s.start >= a && s.end <= b).map((s) => ({ ...s, start: s.start - a, end: s.end - a }));
  const before = replaceSpans(text.slice(from, m.start), within(from, m.start));
  const after = replaceSpans(text.slice(m.end, to), within(m.end, to));
  return cutSentence(before, text.slice(m.start, m.end), after);
}

/**
 * Every string of one child's extract goes through here on its way into the document: the
 * redaction takes out what is certain, the finder lists what a person must see, and each
 * possible mention a person has chosen to take out is taken out. What nobody has looked at
 * yet stays as typed and is counted, so the extract is not filed until it has been seen.
 */
export class ExtractPass {
  readonly mentions: SeenMention[] = [];
  private readonly seenKeys = new Map<string, number>();

  constructor(
    private readonly redactor: Redactor,
    private readonly finder: MentionFinder,
    private readonly choices: ReadonlyMap<string, { choice: ExtractChoice }>,
  ) {}

  /** Mentions the redaction took out without asking. */
  get automatic(): number {
    return this.redactor.count;
  }

  get unreviewed(): number {
    return this.mentions.filter((m) => m.choice === null).length;
  }

  /** What people typed. */
  text(raw: string, where: string): string {
    return this.pass(raw, where, 'text');
  }

  /** A person's name, role or organisation: a first name alone there is the person's. */
  person(raw: string, where: string): string {
    return this.pass(raw, where, 'person');
  }

  private pass(raw: string, where: string, readAs: ReadAs): string {
    if (!raw) return raw;
    const text = raw.normalize('NFC');
    const auto = this.redactor.spans(text, readAs === 'text');
    this.redactor.count += auto.length;
    const spans: Replacement[] = [...auto];
    for (const found of this.finder.find(text, readAs, auto)) {
      const sentence = printedSentence(text, found, auto);
      const key = this.keyOf(sentence);
      const choice = this.choices.get(key)?.choice ?? null;
      this.mentions.push({ ...found, key, where, phrase: sentence.match, sentence, choice });
      if (choice === 'take_out') spans.push({ start: found.start, end: found.end, replacement: REDACTED });
    }
    if (spans.length === 0) return raw;
    return replaceSpans(text, spans.sort((a, b) => a.start - b.start));
  }

  /** The sentence and the words' place in it; the same sentence twice in one extract is told apart by its turn. */
  private keyOf(sentence: { before: string; match: string; after: string }): string {
    const base = createHash('sha256').update(`${sentence.before}\u0000${sentence.match}\u0000${sentence.after}`).digest('base64url').slice(0, 22);
    const turn = (this.seenKeys.get(base) ?? 0) + 1;
    this.seenKeys.set(base, turn);
    return turn === 1 ? base : `${base}.${turn}`;
  }
}
