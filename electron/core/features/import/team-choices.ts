import type { ImportTeamChoice, ImportTeamEntry, ImportTeamMap } from '../../../../shared/schemas/import';
import { isBlankLike } from './blank-like';
import { looseKey, nameKey, oneLine } from './clean-cell';
import type { ImportState, NamedRow } from './load-state';
import type { Read } from './read-values';

export type TeamRef = { kind: 'existing'; id: number } | { kind: 'new'; key: string; name: string } | { kind: 'none' };

/** Where the person says which team a name means, for the messages to point to. */
export const TEAMS_STEP = 'Teams not in Panelroom';

/**
 * Reads a team name. One of Panelroom's teams by name is taken at once; any other name is
 * listed in the preview, where the person maps it to one of the teams, adds it as a new
 * team, or leaves the children without a team. A close match ("CiC Team 1" for "Children
 * in Care Team 1") is suggested, never taken silently: it shows in that list.
 */
export class TeamChoices {
  private readonly chosen = new Map<string, ImportTeamChoice>();
  private readonly seen = new Map<string, ImportTeamEntry>();
  private readonly live: NamedRow[];

  constructor(
    requested: ImportTeamMap,
    private readonly state: ImportState,
  ) {
    for (const [text, choice] of Object.entries(requested)) this.chosen.set(nameKey(text), choice);
    this.live = [...state.teamsByName.values()].flat().filter((t) => !t.archived);
  }

  read(raw: string): Read<TeamRef> {
    const name = oneLine(raw);
    if (isBlankLike(name)) return { ok: true, value: { kind: 'none' } };
    const teams = this.state.teamsByName.get(nameKey(name)) ?? [];
    const live = teams.find((t) => !t.archived);
    if (live) return { ok: true, value: { kind: 'existing', id: live.id } };

    const key = nameKey(name);
    const choice = this.chosen.get(key);
    const suggestion = choice === undefined ? this.suggest(name) : undefined;
    const entry = this.seen.get(key) ?? { text: name, rows: 0, choice: choice ?? suggestion ?? null, source: choice !== undefined ? 'chosen' : suggestion !== undefined ? 'suggested' : 'none' };
    entry.rows++;
    this.seen.set(key, entry);

    const decided = entry.choice;
    if (decided === 'new') return { ok: true, value: { kind: 'new', key, name } };
    if (decided === 'blank') return { ok: true, value: { kind: 'none' } };
    if (typeof decided === 'number') {
      if (this.live.some((t) => t.id === decided)) return { ok: true, value: { kind: 'existing', id: decided } };
      return { ok: false, message: `The team chosen for “${name}” is no longer in Panelroom. Choose another under “${TEAMS_STEP}”.` };
    }
    if (teams.length > 0) return { ok: false, message: `The team “${teams[0]!.name}” is archived. Restore it in Settings, or choose another team for it under “${TEAMS_STEP}”.` };
    return { ok: false, message: `No team called “${name}”. Under “${TEAMS_STEP}”, choose which team it is or add it as a new team; or exclude this row.` };
  }

  /** Names not in Panelroom, most rows first, for the preview. */
  entries(): ImportTeamEntry[] {
    return [...this.seen.values()].sort((a, b) => b.rows - a.rows || a.text.localeCompare(b.text, 'en-GB'));
  }

  /** Same letters and digits, or the same initials and numbers ("CiC Team 1", "CIC1" for "Children in Care Team 1"). */
  private suggest(name: string): number | undefined {
    const loose = looseKey(name);
    const short = initials(name);
    const matches = this.live.filter((t) => looseKey(t.name) === loose || (short.length > 1 && initials(t.name) === short));
    return matches.length === 1 ? matches[0]!.id : undefined;
  }
}

/**
 * A team name by its initials, so "CiC Team 1", "CIC1" and "Children in Care Team 1" all read
 * "cic1": digits kept, "team" left out, a word written as an acronym kept whole.
 */
function initials(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/)
    .filter((w) => w && w.toLowerCase() !== 'team')
    .map((w) => (/^\d+$/.test(w) ? w : isAcronym(w) ? w.toLowerCase() : w[0]!.toLowerCase()))
    .join('');
}

function isAcronym(word: string): boolean {
  return word.length <= 4 && /[A-Z]/.test(word.slice(1));
}
