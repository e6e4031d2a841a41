import type { ProcedureInput, ProcedureOutput } from '../../../../shared/contract';
import { useMutation, type Sent } from '../../api/use-mutation';
import type { useNewestRows } from './use-newest-rows';

type ArchiveProcedure = 'teams.setArchived' | 'people.setArchived' | 'meetingTypes.setArchived';

interface Options<P extends ArchiveProcedure> {
  procedure: P;
  /** The list on the page: read again after the change, or after a refusal over someone else's change. */
  list: { reload(): void };
  newest: ReturnType<typeof useNewestRows<ProcedureOutput<P>>>;
  setNotice(text: string): void;
  /** Whether archived rows are shown: if not, the row archived (and the button just pressed) leaves the list. */
  showArchived: boolean;
  /** Where the keyboard goes when the pressed button leaves the list: the list's "Add" button. */
  focusAfterLeavingId: string;
}

/**
 * Archive or restore a row of a settings list (teams, people, meeting types), on the version the
 * page holds: a change made by someone else since is refused, and the list shows it as they left
 * it to choose again. Each list did this the same way; one place keeps them the same.
 */
export function useArchiveToggle<P extends ArchiveProcedure>({ procedure, list, newest, setNotice, showArchived, focusAfterLeavingId }: Options<P>) {
  const archiving = useMutation({ fallback: 'That change could not be saved.' });

  async function toggle(row: ProcedureOutput<P>): Promise<void> {
    // Each of the three takes the same input (id, archived, version); the union's inputs are not inferred as one.
    const input: ProcedureInput<ArchiveProcedure> = { id: row.id, archived: !row.archived, version: newest.newest(row).version };
    const sent = (await archiving.run(procedure as ArchiveProcedure, input)) as Sent<ProcedureOutput<P>>;
    if (!sent.ok) {
      if (sent.error.code === 'CONFLICT') list.reload();
      return;
    }
    const updated = sent.value;
    newest.saved(updated);
    setNotice(`${updated.name} ${updated.archived ? 'archived' : 'restored'}.`);
    list.reload();
    if (updated.archived && !showArchived) requestAnimationFrame(() => document.getElementById(focusAfterLeavingId)?.focus());
  }

  return { toggle, error: archiving.error };
}
