import type { PendingPart } from '../part';

/**
 * The rest of the target dataset. Each needs a feature the app does not have yet;
 * when that feature lands, write a DatasetPart for it (reading `world` for the
 * children and people) and add it to PARTS in build-dataset.ts.
 */
export const PENDING_PARTS: readonly PendingPart[] = [
  { name: 'panels', target: '1,000 Legal Gateway and Permanence Panels with agendas', needs: 'meetings and the agenda rota', tables: ['meetings', 'agenda_items'] },
  { name: 'Care Planning Meetings', target: '20,000 Care Planning Meetings held in Panelroom', needs: 'meetings', tables: ['meetings'] },
  { name: 'minutes', target: 'minutes text for every agenda item', needs: 'live minutes', tables: ['minutes'] },
  { name: 'actions', target: '150,000 actions with owners and due dates', needs: 'actions', tables: ['actions'] },
  { name: 'full-text search', target: 'minutes, actions and reasons indexed', needs: 'full-text search', tables: ['search_index', 'minutes_fts'] },
];
