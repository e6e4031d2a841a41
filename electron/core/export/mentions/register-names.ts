import type { NamedChild } from '../minutes/redact';
import { bare, refKey, words } from '../minutes/words';
import { slipsAllowed, slipsBetween, soundCodes } from './spelling';

/** A name in the register that an unfamiliar word may be a slip of. */
export interface NearName {
  /** The register's word, folded and accent-free. */
  name: string;
  /** Slips between the two, or null when they only sound alike. */
  slips: number | null;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

/** Every way of dropping one character: 'ws103' gives 's103', 'w103', 'ws03'... */
function dropOne(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

/**
 * Every child's names and references, indexed for the search for possible mentions: once
 * per export, shared by all its extracts. Near-misses are worked out once per distinct word
 * and remembered, since the same words recur across a meeting's extracts.
 */
export class RegisterNames {
  /** Each word of a first name, folded and accent-free: the children who have it. */
  readonly first = new Map<string, number[]>();
  readonly last = new Map<string, number[]>();
  /** References with spacing and punctuation taken out, and the digits of each. */
  readonly refs = new Map<string, number[]>();
  readonly refDigits = new Map<string, number[]>();
  /** The letters references start with ('ws' for 'WS-71003'): 'WS 71 003' then looks like one. */
  readonly refPrefixes = new Set<string>();
  readonly children = new Map<number, NamedChild>();
  private readonly byLength = new Map<number, string[]>();
  private readonly bySound = new Map<string, string[]>();
  /** Each reference and each way of dropping one of its characters: a slip of one is found by looking these up. */
  private readonly refNeighbours = new Map<string, string[]>();
  private readonly nearMemo = new Map<string, NearName[]>();

  constructor(register: Iterable<NamedChild>) {
    for (const c of register) {
      this.children.set(c.id, c);
      for (const w of words(c.firstName)) push(this.first, bare(w), c.id);
      for (const w of words(c.lastName)) push(this.last, bare(w), c.id);
      const key = refKey(c.caseRef);
      if (!key) continue;
      push(this.refs, key, c.id);
      const digits = key.replace(/\D/gu, '');
      if (digits.length >= 3) push(this.refDigits, digits, c.id);
      const prefix = /^\p{L}+/u.exec(key)?.[0];
      if (prefix && prefix.length <= 4) this.refPrefixes.add(prefix);
    }
    for (const name of new Set([...this.first.keys(), ...this.last.keys()])) {
      if (name.length < 4) continue;
      const list = this.byLength.get(name.length) ?? [];
      list.push(name);
      this.byLength.set(name.length, list);
      for (const code of soundCodes(name)) {
        const sounds = this.bySound.get(code) ?? [];
        sounds.push(name);
        this.bySound.set(code, sounds);
      }
    }
    for (const key of this.refs.keys()) for (const variant of [key, ...dropOne(key)]) push(this.refNeighbours, variant, key);
  }

  /** The children whose first names or surnames have this word (folded, accent-free). */
  idsOf(name: string): number[] {
    return [...(this.first.get(name) ?? []), ...(this.last.get(name) ?? [])];
  }

  /**
   * The register's names an unfamiliar word (folded, accent-free, three letters or more) may be
   * a slip of: within the slips the name's length allows, or sounding the same and no more
   * than three letters apart. Nearest first.
   */
  near(word: string): NearName[] {
    const memo = this.nearMemo.get(word);
    if (memo) return memo;
    const found = new Map<string, NearName>();
    if (word.length >= 3) {
      for (let length = word.length - 2; length <= word.length + 2; length++) {
        for (const name of this.byLength.get(length) ?? []) {
          const allowed = slipsAllowed(name.length);
          if (Math.abs(name.length - word.length) > allowed || name === word) continue;
          const slips = slipsBetween(word, name);
          if (slips <= allowed) found.set(name, { name, slips });
        }
      }
      for (const code of soundCodes(word)) {
        for (const name of this.bySound.get(code) ?? []) {
          if (name === word || found.has(name) || Math.abs(name.length - word.length) > 3) continue;
          if (slipsBetween(word, name) <= 3) found.set(name, { name, slips: null });
        }
      }
    }
    const result = [...found.values()].sort((a, b) => (a.slips ?? 9) - (b.slips ?? 9) || a.name.localeCompare(b.name));
    this.nearMemo.set(word, result);
    return result;
  }

  /** References one slip away from this one (typed 'WS-7103' for 'WS-71003'). */
  nearRefs(key: string): string[] {
    const out = new Set<string>();
    for (const variant of [key, ...dropOne(key)]) {
      for (const ref of this.refNeighbours.get(variant) ?? []) if (ref !== key && slipsBetween(key, ref) <= 1) out.add(ref);
    }
    return [...out];
  }
}
