import type { ParsedInput } from '../../../../shared/contract';
import { isoNow, type ServiceContext } from '../../context';
import { notFound } from '../guards';
import { write } from '../../data/write';
import { insertSiblingGroup, mergeSiblingGroups, setSiblingGroup, siblingGroupOf, siblingGroupsOf } from './repository/children';

/**
 * Puts two children in one sibling group. If both already have groups, the groups
 * merge: siblings of a sibling are siblings.
 */
export async function linkSiblings(ctx: ServiceContext, input: ParsedInput<'siblings.link'>): Promise<{ siblingGroupId: number }> {
  return write(ctx, async (w) => {
    const pair = await siblingGroupsOf(w.db, [input.childId, input.siblingId]);
    const a = pair.find((c) => c.id === input.childId);
    const b = pair.find((c) => c.id === input.siblingId);
    if (!a || !b) throw notFound('child');
    let groupId = a.sibling_group_id ?? b.sibling_group_id;
    if (groupId === null) {
      groupId = await insertSiblingGroup(w.db, isoNow(ctx));
    }
    const absorb = [a.sibling_group_id, b.sibling_group_id].filter((g): g is number => g !== null && g !== groupId);
    if (absorb.length) await mergeSiblingGroups(w.db, absorb, groupId);
    await setSiblingGroup(w.db, [a.id, b.id], groupId);
    await w.audit({ action: 'update', entity: 'child', entityId: a.id, summary: `Linked ${a.first_name} ${a.last_name} and ${b.first_name} ${b.last_name} as siblings`, details: { siblingGroupId: groupId } });
    return { siblingGroupId: groupId };
  });
}

export async function unlinkSibling(ctx: ServiceContext, input: ParsedInput<'siblings.unlink'>): Promise<{ unlinked: true }> {
  return write(ctx, async (w) => {
    const child = await siblingGroupOf(w.db, input.childId);
    if (!child) throw notFound('child');
    if (child.sibling_group_id === null) return { unlinked: true };
    await setSiblingGroup(w.db, [child.id], null);
    await w.audit({ action: 'update', entity: 'child', entityId: child.id, summary: `Removed ${child.first_name} ${child.last_name} from their sibling group`, details: { siblingGroupId: child.sibling_group_id } });
    return { unlinked: true };
  });
}
