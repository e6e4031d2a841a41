import type { ExtractChoice, ExtractSettings } from '../../../../shared/schemas/extract-review';
import type { ServiceContext } from '../../context';
import { AppError } from '../../errors';
import { ExtractPass } from '../../export/mentions/extract-pass';
import { MentionFinder } from '../../export/mentions/find-mentions';
import type { RegisterNames } from '../../export/mentions/register-names';
import { StaffNames } from '../../export/mentions/staff-names';
import type { MinutesDocModel } from '../../export/minutes/model';
import type { ChildNameIndex, NamedChild } from '../../export/minutes/redact';
import { redactExtract } from '../../export/minutes/redact-extract';
import { loadExtractSettings } from './extract-settings';
import { loadMinutesSource, type MinutesSource } from './minutes-source';
import { extractOf } from './minutes-model';
import { registerIndexes } from './register-cache';
import { childrenOfSiblingGroups, everyPersonName, mentionChoicesOf } from './repository';

/** A person's choice on one possible mention, as stored. */
export interface StoredChoice {
  choice: ExtractChoice;
  by: string;
  at: string;
}

/** What extracts need beyond the minutes: every child's name and reference, the siblings of the meeting's children, the people, the choices made. */
export interface ExtractSource extends MinutesSource {
  names: ChildNameIndex;
  register: RegisterNames;
  people: StaffNames;
  meetingChildren: NamedChild[];
  siblingsByGroup: Map<number, NamedChild[]>;
  settings: ExtractSettings;
  /** By child, by mention key. */
  choices: Map<number, Map<string, StoredChoice>>;
}

const named = (c: { id: number; caseRef: string; firstName: string; lastName: string }): NamedChild => ({ id: c.id, caseRef: c.caseRef, firstName: c.firstName, lastName: c.lastName });

export async function loadExtractSource(ctx: ServiceContext, meetingId: number): Promise<ExtractSource> {
  const source = await loadMinutesSource(ctx, meetingId);
  const children = source.detail.agenda.items.flatMap((i) => i.children);
  const groups = [...new Set(children.flatMap((c) => (c.siblingGroupId === null ? [] : [c.siblingGroupId])))];
  const [indexes, siblingRows, staff, settings, chosen] = await Promise.all([
    registerIndexes(ctx.db),
    groups.length === 0
      ? []
      : childrenOfSiblingGroups(ctx.db, groups),
    everyPersonName(ctx.db),
    loadExtractSettings(ctx.db),
    mentionChoicesOf(ctx.db, meetingId),
  ]);
  const siblingsByGroup = new Map<number, NamedChild[]>(groups.map((g) => [g, []]));
  for (const c of siblingRows) if (c.sibling_group_id !== null) siblingsByGroup.get(c.sibling_group_id)?.push(named(c));
  const choices = new Map<number, Map<string, StoredChoice>>();
  for (const r of chosen) {
    const byKey = choices.get(r.child_id) ?? new Map<string, StoredChoice>();
    byKey.set(r.mention_key, { choice: r.choice as ExtractChoice, by: r.decided_by, at: r.decided_at });
    choices.set(r.child_id, byKey);
  }
  // Everyone who may be named in the minutes as an adult: the council's people, who attended, who owns an action.
  const { detail } = source;
  const people = [
    ...staff.map((p) => p.name),
    ...detail.attendance.map((a) => a.name),
    ...detail.items.flatMap((i) => [...i.actions, ...i.earlierActions].map((a) => a.ownerName)),
  ];
  return { ...source, ...indexes, people: new StaffNames(people), meetingChildren: children.map(named), siblingsByGroup, settings, choices };
}

/** One child's extract as its words stand, before it becomes a document: what was taken out, and what a person must still see. */
export interface ScannedExtract {
  childId: number;
  itemId: number;
  child: { caseRef: string; firstName: string; lastName: string };
  model: MinutesDocModel;
  pass: ExtractPass;
}

export function scanExtract(source: ExtractSource, childId: number): ScannedExtract {
  const index = source.detail.agenda.items.findIndex((i) => i.children.some((c) => c.id === childId));
  if (index < 0) throw new AppError('NOT_FOUND', 'That child is not on this meeting’s agenda.');
  const agendaItem = source.detail.agenda.items[index]!;
  const item = source.detail.items[index]!;
  const own = agendaItem.children.map(named);
  const siblings = agendaItem.children.flatMap((c) => (c.siblingGroupId === null ? [] : (source.siblingsByGroup.get(c.siblingGroupId) ?? []))).filter((s) => !own.some((o) => o.id === s.id));
  const namesKept = source.settings.siblingNames === 'keep' ? siblings : [];
  // Whose first name alone would point at another child: the meeting's, these children's siblings', and those the item's actions are for.
  const firstNamesOf = [...source.meetingChildren, ...siblings, ...[...item.actions, ...item.earlierActions].flatMap((a) => a.children.map(named))];
  const redactor = source.names.redactorFor(own, firstNamesOf, namesKept, source.people);
  const pass = new ExtractPass(redactor, new MentionFinder(source.register, own, namesKept, source.people), source.choices.get(childId) ?? new Map());
  const model = redactExtract(extractOf(source.full, source.detail, index, childId), pass);
  return { childId, itemId: agendaItem.id, child: agendaItem.children.find((c) => c.id === childId)!, model, pass };
}

