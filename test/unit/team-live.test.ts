import { describe, expect, it } from 'vitest';
import { ChangeFeed, type ChangeEvent } from '../../electron/core/data/change-feed';
import { connectionSettings } from '../../electron/core/db/postgres';
import { MAX_PAYLOAD_CHARS, parsePayload, payloadOf } from '../../electron/core/team-live/payload';
import { TeamLive } from '../../electron/core/team-live/team-live';
import type { ServerLink } from '../../shared/live';
import { freePort } from '../support/free-port';

describe('a team store’s change notices', () => {
  it('carry kinds and ids, and read back as they were sent', () => {
    const events: ChangeEvent[] = [
      { entity: 'child', ids: [3, 7] },
      { entity: 'settings', ids: [] },
    ];
    const payload = payloadOf('laptop-a', events);
    expect(JSON.parse(payload)).toEqual({ o: 'laptop-a', e: [['child', [3, 7]], ['settings', []]] });
    expect(parsePayload(payload)).toEqual({ origin: 'laptop-a', events });
  });

  it('say "this kind changed" instead of listing thousands of ids, staying far under the server’s limit', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => i + 1);
    const payload = payloadOf('laptop-a', [{ entity: 'child', ids }, { entity: 'action', ids: [1] }]);
    expect(payload.length).toBeLessThanOrEqual(MAX_PAYLOAD_CHARS);
    expect(parsePayload(payload)?.events).toEqual([
      { entity: 'child', ids: [] },
      { entity: 'action', ids: [] },
    ]);
  });

  it('ignore anything that is not one of ours', () => {
    for (const text of [undefined, '', 'not json', '42', '{"o":1,"e":[]}', '{"o":"x"}', '{"o":"x","e":[["",[]]]}', '{"o":"x","e":[[5,[]]]}', '{"o":"x","e":[["child",{}]]}']) {
      expect(parsePayload(text), String(text)).toBeNull();
    }
    expect(parsePayload('{"o":"x","e":[["child",[1,"2",3.5,4]]]}')?.events).toEqual([{ entity: 'child', ids: [1, 4] }]);
  });
});

describe('the listen connection, while the server cannot be reached', () => {
  it('says it is not listening, tells every page to read everything again every so often, and keeps trying', async () => {
    const port = await freePort();
    const feed = new ChangeFeed();
    const links: (ServerLink | null)[] = [];
    const heard: ChangeEvent[][] = [];
    feed.onLink((link) => links.push(link));
    feed.subscribe((events, origin) => {
      expect(origin).toBeNull();
      heard.push([...events]);
    });
    const live = new TeamLive(connectionSettings({ url: `postgres://nobody@127.0.0.1:${port}/panelroom?sslmode=disable`, password: 'x' }), feed, {
      firstBackoffMs: 20,
      maxBackoffMs: 40,
      pollMs: 60,
    });
    try {
      await live.start();
      expect(live.listening).toBe(false);
      expect(feed.link).toEqual({ listening: false, lastHeardAt: null });
      await new Promise((r) => setTimeout(r, 400));
      // A read of everything every 60 ms or so, never a burst.
      expect(heard.length).toBeGreaterThanOrEqual(2);
      expect(heard.length).toBeLessThanOrEqual(8);
      expect(heard.every((events) => events.length === 1 && events[0]!.entity === '*')).toBe(true);
      expect(links.every((link) => link?.listening === false)).toBe(true);
    } finally {
      await live.close();
    }
    // Closed: quiet.
    const after = heard.length;
    await new Promise((r) => setTimeout(r, 200));
    expect(heard.length).toBe(after);
  });
});
