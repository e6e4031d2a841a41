import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { formatUkDate } from '../../../../shared/domain/dates';
import { mentionWords } from '../../../../shared/filing/mention-words';
import type { ExtractChoice, ExtractReview } from '../../../../shared/schemas/extract-review';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Notice } from '../../components/Notice';
import { MentionCard } from './MentionCard';
import { useExtractReview } from './use-extract-review';
import './review.css';

const focusCard = (index: number) => requestAnimationFrame(() => document.getElementById(`mention-${index}`)?.focus());

/**
 * The possible mentions of other children in one child's extract, strongest first, each in
 * its sentence: a person takes each out or keeps it before the extract can be filed. Made
 * for the keyboard: T and K choose, N and P (or the arrow keys) move, and after a choice
 * the next one not yet reviewed has the focus. The keys work only while a possible mention
 * (or one of its buttons) has the focus, so they never fire while typing elsewhere.
 */
export function ReviewPage({ meetingId, childId }: { meetingId: number; childId: number }) {
  const state = useExtractReview(meetingId, childId);
  const { review } = state;
  const [current, setCurrent] = useState(0);
  const [notice, setNotice] = useState<string>();
  const focused = useRef(false);

  useEffect(() => {
    // On arrival, the first possible mention not yet reviewed has the keyboard.
    if (!review || focused.current) return;
    focused.current = true;
    const first = Math.max(0, review.mentions.findIndex((m) => m.choice === null));
    setCurrent(first);
    if (review.mentions.length > 0) focusCard(first);
  }, [review]);

  if (!review) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">Possible mentions of other children</h1>
        {state.loadError ? (
          <p className="field__error" role="alert">
            {state.loadError}
          </p>
        ) : (
          <p aria-live="polite">Looking for possible mentions…</p>
        )}
      </section>
    );
  }

  const total = review.mentions.length;
  const choices = review.mentions.map((m) => state.choiceOf(m.key));
  const left = choices.filter((c) => c === null).length;

  function move(to: number) {
    const index = (to + total) % total;
    setCurrent(index);
    focusCard(index);
  }

  function choose(index: number, choice: ExtractChoice) {
    const m = review!.mentions[index]!;
    state.decide(m.key, choice);
    const after = choices.map((c, i) => (i === index ? choice : c));
    const next = [...after.keys()].map((k) => (index + 1 + k) % total).find((i) => after[i] === null);
    const done = `${choice === 'take_out' ? 'Taken out' : 'Kept'}: “${m.phrase}”.`;
    if (next === undefined) {
      setNotice(`${done} Every possible mention is reviewed: this extract can be exported for filing.`);
      requestAnimationFrame(() => document.getElementById('review-done')?.focus());
    } else {
      setNotice(`${done} Next: “${review!.mentions[next]!.phrase}” in ${review!.mentions[next]!.where}.`);
      move(next);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLOListElement>) {
    if (e.ctrlKey || e.altKey || e.metaKey) return;
    const card = (e.target as HTMLElement).closest('[id^="mention-"]');
    const index = card ? Number(card.id.slice('mention-'.length)) : current;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const act: Record<string, () => void> = {
      t: () => choose(index, 'take_out'),
      k: () => choose(index, 'keep'),
      n: () => move(index + 1),
      ArrowDown: () => move(index + 1),
      p: () => move(index - 1),
      ArrowUp: () => move(index - 1),
    };
    const run = act[key];
    if (!run) return;
    e.preventDefault();
    run();
  }

  return (
    <section aria-labelledby="page-title" className="review-page">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <a href={`#/meetings/${meetingId}`}>
          {review.typeName}, {formatUkDate(review.meetingDate)}: documents and filing
        </a>
      </nav>
      <h1 id="page-title">
        Possible mentions of other children <span className="page-head__sub">in {review.childName}’s extract</span>
      </h1>
      <p className="lead">
        Before the extract goes on {review.childName}’s case record ({review.caseRef}), look at each phrase that may name another child, in its sentence as it will be
        printed, and take it out or keep it. The strongest come first.
      </p>
      <Progress review={review} left={left} />
      <p id="review-keys" className="review__keys">
        Keys: <kbd>T</kbd> take out, <kbd>K</kbd> keep (not that child), <kbd>N</kbd> or <kbd>↓</kbd> next, <kbd>P</kbd> or <kbd>↑</kbd> previous, while a possible
        mention has the focus.
      </p>
      <Notice text={notice} />
      <ErrorMessage text={state.error} />
      {total === 0 ? (
        <p className="review__none">Nothing in this extract looks like another child’s name or case reference.</p>
      ) : (
        <ol className="review__list" aria-label="Possible mentions, strongest first" onKeyDown={onKeyDown}>
          {review.mentions.map((m, i) => (
            <li key={m.key}>
              <MentionCard mention={m} position={i} total={total} choice={choices[i]!} current={i === current} onChoose={(c) => choose(i, c)} onFocus={() => setCurrent(i)} />
            </li>
          ))}
        </ol>
      )}
      {left === 0 ? <Done review={review} meetingId={meetingId} /> : null}
    </section>
  );
}

function Progress({ review, left }: { review: ExtractReview; left: number }) {
  const total = review.mentions.length;
  const automatic = review.counts.automatic;
  return (
    <p className="review__progress">
      <strong>
        {total - left} of {total} reviewed
      </strong>
      {automatic > 0 ? `; ${automatic} ${automatic === 1 ? 'mention' : 'mentions'} of children on the register taken out without asking (case references, full names, the first names of the children around this one)` : ''}.
    </p>
  );
}

/** Every possible mention is reviewed: where to go next. */
function Done({ review, meetingId }: { review: ExtractReview; meetingId: number }) {
  const next = review.next;
  return (
    <div id="review-done" className="review__done" tabIndex={-1}>
      <h2 className="review__done-title">{review.childName}’s extract can be filed</h2>
      <p>Export for filing from the meeting’s page writes it with the others. Any choice can still be changed above.</p>
      <div className="button-row">
        {next ? (
          <a className="button button-link" href={`#/meetings/${meetingId}/review/${next.childId}`}>
            Review {next.name}’s extract ({mentionWords(next.unreviewed)})
          </a>
        ) : null}
        <a className={`button button-link${next ? ' button--secondary' : ''}`} href={`#/meetings/${meetingId}`}>
          Back to documents and filing
        </a>
      </div>
    </div>
  );
}
