import { bare, NAME_GAP, stripPossessive, type Word, wordsAt } from '../minutes/words';

/**
 * The people of the council and of the meeting: staff, visitors, owners of actions. A name
 * written in full is theirs; a first name or surname alone that a child also has is listed
 * for review with the member of staff named beside it, so the reviewer can keep it at once.
 */
export class StaffNames {
  private readonly byFirstWord = new Map<string, string[][]>();
  private readonly byWord = new Map<string, string>();

  constructor(names: Iterable<string>) {
    for (const name of new Set(names)) {
      const parts = wordsAt(name).map((w) => bare(w.text));
      if (parts.length < 2) continue;
      const list = this.byFirstWord.get(parts[0]!) ?? [];
      list.push(parts);
      this.byFirstWord.set(parts[0]!, list);
      for (const part of [parts[0]!, parts[parts.length - 1]!]) if (!this.byWord.has(part)) this.byWord.set(part, name);
    }
  }

  /** How many words from `i` are a person's full name (0 if none). */
  fullNameAt(text: string, tokens: readonly (Word & { bare?: string })[], i: number): number {
    const bareOf = (t: Word & { bare?: string }) => t.bare ?? bare(stripPossessive(t.text));
    let best = 0;
    for (const parts of this.byFirstWord.get(bareOf(tokens[i]!)) ?? []) {
      if (i + parts.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < parts.length && ok; k++) {
        const t = tokens[i + k]!;
        ok = NAME_GAP.test(text.slice(tokens[i + k - 1]!.end, t.start)) && bareOf(t) === parts[k];
      }
      if (ok) best = Math.max(best, parts.length);
    }
    return best;
  }

  /** A person whose first name or surname is this word, to name beside a possible mention. */
  sharing(word: string): string | null {
    return this.byWord.get(word) ?? null;
  }
}
