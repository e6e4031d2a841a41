import type { ExtractChoice, PossibleMention } from '../../../../shared/schemas/extract-review';
import { stampBy } from './filing-words';

const STRENGTH_WORDS = { strong: 'Strong', possible: 'Possible', weak: 'Weak' } as const;

/** "May be Leo Storyvale (WS-72002) or 2 other children". */
export function suspectWords(m: PossibleMention): string {
  if (m.suspects.length === 0) return 'It matches no child in the register exactly.';
  const named = m.suspects.map((s) => `${s.name} (${s.caseRef})`);
  const more = m.moreSuspects > 0 ? [`${m.moreSuspects.toLocaleString('en-GB')} other ${m.moreSuspects === 1 ? 'child' : 'children'}`] : [];
  const all = [...named, ...more];
  return `May be ${all.length === 1 ? all[0] : `${all.slice(0, -1).join(', ')} or ${all[all.length - 1]}`}.`;
}

interface Props {
  mention: PossibleMention;
  position: number;
  total: number;
  choice: ExtractChoice | null;
  /** The card the keys act on: the one that takes Tab. */
  current: boolean;
  onChoose(choice: ExtractChoice): void;
  onFocus(): void;
}

/**
 * One possible mention: the sentence around it as the extract will print it, the words
 * marked, why it is listed and which child it may be; take it out or keep it.
 */
export function MentionCard({ mention: m, position, total, choice, current, onChoose, onFocus }: Props) {
  const id = `mention-${position}`;
  const stored = choice !== null && choice === m.choice && m.decidedAt;
  return (
    <div
      id={id}
      role="group"
      className={`mention mention--${m.strength}${choice ? ' mention--done' : ''}`}
      tabIndex={current ? 0 : -1}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-sentence ${id}-why ${id}-status review-keys`}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onFocus();
      }}
    >
      <h2 id={`${id}-title`} className="mention__title">
        <span className="mention__count">
          {position + 1} of {total}:
        </span>{' '}
        “{m.phrase}” <span className="mention__where">in {m.where}</span>
        <span className={`mention__strength mention__strength--${m.strength}`}>{STRENGTH_WORDS[m.strength]}</span>
      </h2>
      <p id={`${id}-sentence`} className="mention__sentence">
        {m.sentence.before}
        <mark>{m.sentence.match}</mark>
        {m.sentence.after}
      </p>
      <p id={`${id}-why`} className="mention__why">
        {m.why}. {suspectWords(m)}
        {m.staff ? ` Also the name of ${m.staff}, who works with the council.` : ''}
      </p>
      <div className="button-row mention__choices">
        <button type="button" className="button button--warning" aria-pressed={choice === 'take_out'} onClick={() => onChoose('take_out')}>
          Take out <kbd aria-hidden="true">T</kbd>
        </button>
        <button type="button" className="button button--secondary" aria-pressed={choice === 'keep'} onClick={() => onChoose('keep')}>
          Keep: not that child <kbd aria-hidden="true">K</kbd>
        </button>
      </div>
      <p id={`${id}-status`} className="mention__status">
        {choice === null
          ? 'Not yet reviewed.'
          : `${choice === 'take_out' ? 'Taken out' : 'Kept'}${stored ? ` on ${stampBy(m.decidedAt!, m.decidedBy)}` : ''}.`}
      </p>
    </div>
  );
}
