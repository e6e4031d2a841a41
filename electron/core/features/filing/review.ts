import type { ParsedInput } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/domain/dates';
import type { ExtractReview, ExtractReviewCounts, MentionStrength, PossibleMention } from '../../../../shared/schemas/extract-review';
import { isoNow, type ServiceContext } from '../../context';
import { AppError } from '../../errors';
import type { ExtractPass, SeenMention } from '../../export/mentions/extract-pass';
import type { MentionKind } from '../../export/mentions/find-mentions';
import { type ExtractSource, loadExtractSource, scanExtract, type StoredChoice } from './extract-source';
import { assertFilable } from './batch';
import { write } from '../../data/write';
import { extractReviews } from '../../data/tables/extract-reviews';
import { saveMentionChoice } from './repository';

/** Why a possible mention is listed, in the reviewer's words. */
const WHY: Record<MentionKind, (suspects: number) => string> = {
  'name-misspelt': () => 'A child’s full name, spelt differently',
  'reference-near': () => 'Close to a child’s case reference',
  reference: () => 'Looks like a case reference',
  'first-name': (n) => (n === 1 ? 'The first name of a child in the register' : `The first name of ${n} children in the register`),
  surname: (n) => (n === 1 ? 'The surname of a child in the register' : `The surname of ${n} children in the register`),
  misspelt: () => 'Spelt like a child’s name',
  'sounds-like': () => 'Sounds like a child’s name',
  'everyday-word': () => 'An everyday word, written here as a child’s name',
};

/** Children named beside each possible mention; the rest are counted. */
const SUSPECTS_SHOWN = 3;

export const strengthOf = (score: number): MentionStrength => (score >= 70 ? 'strong' : score >= 40 ? 'possible' : 'weak');

function counts(pass: ExtractPass, choices: ReadonlyMap<string, StoredChoice>): ExtractReviewCounts {
  let last: StoredChoice | undefined;
  for (const m of pass.mentions) {
    const c = choices.get(m.key);
    if (c && (!last || c.at > last.at)) last = c;
  }
  return {
    automatic: pass.automatic,
    found: pass.mentions.length,
    takenOut: pass.mentions.filter((m) => m.choice === 'take_out').length,
    kept: pass.mentions.filter((m) => m.choice === 'keep').length,
    unreviewed: pass.unreviewed,
    lastBy: last?.by ?? null,
    lastAt: last?.at ?? null,
  };
}

function worded(source: ExtractSource, m: SeenMention, choice: StoredChoice | undefined): PossibleMention {
  const suspects = m.suspects.slice(0, SUSPECTS_SHOWN).map((id) => {
    const c = source.register.children.get(id)!;
    return { id, name: `${c.firstName} ${c.lastName}`, caseRef: c.caseRef };
  });
  return {
    key: m.key,
    where: m.where,
    phrase: m.phrase,
    sentence: m.sentence,
    strength: strengthOf(m.score),
    why: WHY[m.kind](m.suspects.length),
    suspects,
    moreSuspects: m.suspects.length - suspects.length,
    staff: m.staff,
    choice: m.choice,
    decidedBy: choice?.by ?? null,
    decidedAt: choice?.at ?? null,
  };
}

/** Every child's extract on the meeting: how each stands, for the filing checklist. */
export function reviewCounts(source: ExtractSource): Map<number, ExtractReviewCounts> {
  const out = new Map<number, ExtractReviewCounts>();
  for (const c of source.meetingChildren) out.set(c.id, counts(scanExtract(source, c.id).pass, source.choices.get(c.id) ?? new Map()));
  return out;
}

function reviewOf(source: ExtractSource, childId: number): ExtractReview {
  const { child, pass } = scanExtract(source, childId);
  const choices = source.choices.get(childId) ?? new Map<string, StoredChoice>();
  const order = new Map(pass.mentions.map((m, i) => [m.key, i]));
  const mentions = [...pass.mentions].sort((a, b) => b.score - a.score || order.get(a.key)! - order.get(b.key)!).map((m) => worded(source, m, choices.get(m.key)));
  const reviewCounts_ = counts(pass, choices);
  const m = source.detail.agenda.meeting;
  return {
    meetingId: m.id,
    childId,
    childName: `${child.firstName} ${child.lastName}`,
    caseRef: child.caseRef,
    typeName: m.typeName,
    meetingDate: m.date,
    mentions,
    counts: reviewCounts_,
    next: reviewCounts_.unreviewed === 0 ? nextWaiting(source, childId) : null,
  };
}

/** The next child on the agenda (after this one, then from the top) whose extract still waits for review. */
function nextWaiting(source: ExtractSource, childId: number): ExtractReview['next'] {
  const children = source.meetingChildren;
  const at = children.findIndex((c) => c.id === childId);
  for (let k = 1; k < children.length; k++) {
    const c = children[(at + k) % children.length]!;
    if (c.id === childId) continue;
    const unreviewed = scanExtract(source, c.id).pass.unreviewed;
    if (unreviewed > 0) return { childId: c.id, name: `${c.firstName} ${c.lastName}`, unreviewed };
  }
  return null;
}

export async function getExtractReview(ctx: ServiceContext, input: ParsedInput<'filing.review'>): Promise<ExtractReview> {
  await assertFilable(ctx, input.meetingId);
  return reviewOf(await loadExtractSource(ctx, input.meetingId), input.childId);
}

const CHOICE_WORDS = { take_out: 'Took out', keep: 'Kept' } as const;

/**
 * A person's choice on one possible mention: taken out of the extract, or kept because it is
 * not that child. Kept with the meeting's filing checklist (who, when, what they saw), with its
 * audit row, in one transaction.
 */
export async function decideMention(ctx: ServiceContext, input: ParsedInput<'filing.decide'>): Promise<ExtractReview> {
  await assertFilable(ctx, input.meetingId);
  const source = await loadExtractSource(ctx, input.meetingId);
  const review = reviewOf(source, input.childId);
  const mention = review.mentions.find((m) => m.key === input.key);
  if (!mention) {
    throw new AppError('CONFLICT', 'That possible mention is no longer in this extract: the minutes, the register or the settings have changed since the list was shown. Look at the list again.');
  }
  const at = isoNow(ctx);
  await write(ctx, async (w) => {
    const values = {
      phrase: mention.phrase,
      sentence: `${mention.sentence.before}${mention.sentence.match}${mention.sentence.after}`,
      suspects: extractReviews.columns.suspects.encode(mention.suspects),
      choice: input.choice,
      decided_at: at,
      decided_by: ctx.actor,
    };
    await saveMentionChoice(w.db, { meeting_id: input.meetingId, child_id: input.childId, mention_key: input.key }, values);
    await w.audit({
      action: 'update',
      entity: 'child',
      entityId: input.childId,
      summary: `${CHOICE_WORDS[input.choice]} “${mention.phrase}” in ${review.childName}’s extract from ${review.typeName} on ${formatUkDate(review.meetingDate)}${input.choice === 'keep' ? ': not another child' : ''}`,
      details: { meetingId: input.meetingId, key: input.key, where: mention.where, sentence: values.sentence, suspects: mention.suspects.map((s) => s.id), from: mention.choice, to: input.choice },
    });
  });
  const byKey = source.choices.get(input.childId) ?? new Map<string, StoredChoice>();
  byKey.set(input.key, { choice: input.choice, by: ctx.actor, at });
  source.choices.set(input.childId, byKey);
  return reviewOf(source, input.childId);
}
