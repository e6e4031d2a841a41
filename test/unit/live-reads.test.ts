import { describe, expect, it } from 'vitest';
import { areasShowing, readShows } from '../../renderer/src/api/live-reads';
import { PROCEDURE_NAMES } from '../../shared/contract';

const key = (name: string, input?: unknown) => (input === undefined ? [name] : [name, input]);

describe('which reads a change touches', () => {
  it('reads again what shows the kind of record changed, and nothing else', () => {
    const child = areasShowing(['child']);
    expect(readShows(key('tracker.query', { limit: 50 }), child)).toBe(true);
    expect(readShows(key('children.get', { id: 3 }), child)).toBe(true);
    expect(readShows(key('minutes.get', { id: 9 }), child)).toBe(true);
    expect(readShows(key('audit.list', {}), child)).toBe(true);
    expect(readShows(key('teams.list'), child)).toBe(false);
    expect(readShows(key('settings.getReview'), child)).toBe(false);

    const action = areasShowing(['action']);
    expect(readShows(key('actions.list', { status: 'open' }), action)).toBe(true);
    expect(readShows(key('rota.view', { seriesId: 1 }), action)).toBe(false);
  });

  it('reads everything again for “everything may have changed” or a kind it does not know, but never the sign-in, the app’s own state or a preview', () => {
    for (const kinds of [['*'], ['a_kind_added_later'], ['child', '*']]) {
      const areas = areasShowing(kinds);
      expect(areas).toBeNull();
      expect(readShows(key('tracker.query', {}), areas)).toBe(true);
      expect(readShows(key('people.currentUser'), areas)).toBe(true);
      for (const never of ['signIn.status', 'app.info', 'app.status', 'backups.list', 'import.preview', 'lgp.preview', 'cpm.planPreview', 'tracker.exportCsv', 'minutes.exportDocx']) {
        expect(readShows(key(never), areas), never).toBe(false);
      }
    }
  });

  it('names only areas the contract has', () => {
    const areas = new Set(PROCEDURE_NAMES.map((name) => name.split('.')[0]));
    for (const kind of ['action', 'amendment', 'attendance', 'child', 'child_meeting', 'cic_review', 'escalation', 'key_date', 'plan', 'rag_rating', 'filing_record', 'meeting', 'meeting_series', 'meeting_type', 'minutes', 'person', 'settings', 'team', 'pen', 'presence']) {
      const shown = areasShowing([kind]);
      expect(shown, kind).not.toBeNull();
      for (const area of shown!) expect(areas.has(area), `${kind} → ${area}`).toBe(true);
    }
  });

  it('reads only who holds the pen and who is viewing again for a change of the pen or a heartbeat, not the minutes or anything else', () => {
    for (const kind of ['pen', 'presence']) {
      const areas = areasShowing([kind]);
      expect(areas, kind).not.toBeNull();
      expect(readShows(key('pen.get', { meetingId: 4, client: 'laptop-a' }), areas), kind).toBe(true);
      for (const other of ['minutes.get', 'meetings.get', 'tracker.query', 'actions.list', 'children.get']) expect(readShows(key(other, { id: 4 }), areas), `${kind} → ${other}`).toBe(false);
    }
  });

  it('reads only the audit log again for what only the audit log records (a backup, an export)', () => {
    const areas = areasShowing(['backup', 'tracker']);
    expect(readShows(key('audit.list', {}), areas)).toBe(true);
    expect(readShows(key('tracker.query', {}), areas)).toBe(false);
  });

  it('ignores a key that is not a procedure’s', () => {
    expect(readShows([42], null)).toBe(false);
    expect(readShows([], null)).toBe(false);
  });
});
