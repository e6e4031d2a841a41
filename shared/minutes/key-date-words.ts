import { KEY_DATE_TYPE, type KeyDateType, LGP_DECISION, type LgpDecision } from '../domain/vocabulary';

/** A key date on the child's record in words, as the screen and the record list it: "Court hearing: Issues resolution hearing". */
export function keyDateWords(k: { type: string; label: string | null; decision?: string | null }): string {
  const type = KEY_DATE_TYPE.labels[k.type as KeyDateType] ?? k.type;
  if (k.type === 'other') return k.label ?? type;
  if (k.type === 'lgp' && k.decision) return `${type}: ${LGP_DECISION.labels[k.decision as LgpDecision]}`;
  return k.label ? `${type}: ${k.label}` : type;
}
