import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClock, MAX_SLOT_MINUTES, parseClock, planSlots, sessionLength } from '../../shared/agenda/slots';

describe('parseClock and formatClock', () => {
  it('reads and writes 24-hour HH:MM', () => {
    expect(parseClock('00:00')).toBe(0);
    expect(parseClock('09:30')).toBe(570);
    expect(parseClock('23:59')).toBe(1439);
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(570)).toBe('09:30');
    expect(formatClock(1439)).toBe('23:59');
  });

  it.each(['9:30', '24:00', '12:60', '12:5', '1230', '12.30', ' 12:30', '12:30 ', '', 'noon', '-1:00', '12:30:00'])('refuses %j', (bad) => {
    expect(() => parseClock(bad)).toThrow(RangeError);
  });

  it('wraps a time past midnight round the clock, and refuses what is not a whole number of minutes', () => {
    expect(formatClock(1450)).toBe('00:10');
    expect(() => formatClock(-1)).toThrow(RangeError);
    expect(() => formatClock(1.5)).toThrow(RangeError);
    expect(() => formatClock(Number.NaN)).toThrow(RangeError);
  });

  it('round-trips every minute of the day (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1439 }), (m) => parseClock(formatClock(m)) === m));
  });
});

describe('sessionLength', () => {
  it('is the minutes from start to end', () => {
    expect(sessionLength('10:00', '12:30')).toBe(150);
    expect(sessionLength('00:00', '23:59')).toBe(1439);
  });

  it('refuses a session that does not end after it starts', () => {
    expect(() => sessionLength('10:00', '10:00')).toThrow(/must end after it starts/);
    expect(() => sessionLength('14:00', '10:00')).toThrow(RangeError);
  });
});

describe('planSlots', () => {
  it('lays the items out back to back from the start', () => {
    const plan = planSlots('09:30', '12:00', [45, 30, 20]);
    expect(plan.slots.map((s) => `${s.start}-${s.end}`)).toEqual(['09:30-10:15', '10:15-10:45', '10:45-11:05']);
    expect(plan.slots[0]).toEqual({ start: '09:30', end: '10:15', startMinutes: 570, endMinutes: 615 });
    expect(plan).toMatchObject({ endsAt: '11:05', totalMinutes: 95, sessionMinutes: 150, overrunMinutes: 0 });
  });

  it('reports how far the agenda runs past the booked end', () => {
    expect(planSlots('13:00', '15:00', [60, 45, 30])).toMatchObject({ endsAt: '15:15', totalMinutes: 135, sessionMinutes: 120, overrunMinutes: 15 });
  });

  it('reports no overrun for an exact fit', () => {
    expect(planSlots('10:00', '11:30', [30, 30, 30])).toMatchObject({ endsAt: '11:30', overrunMinutes: 0 });
  });

  it('gives an empty plan for an agenda with no items yet', () => {
    expect(planSlots('10:00', '11:00', [])).toEqual({ slots: [], endsAt: '10:00', totalMinutes: 0, sessionMinutes: 60, overrunMinutes: 0 });
  });

  it('refuses item lengths that are not whole minutes from 1 to 480', () => {
    for (const bad of [0, -5, 1.5, 481, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => planSlots('10:00', '11:00', [30, bad]), String(bad)).toThrow(RangeError);
    }
    expect(planSlots('10:00', '11:00', [1, MAX_SLOT_MINUTES]).totalMinutes).toBe(481);
  });

  it('refuses bad times and a session that ends before it starts, but still lays out an agenda running past midnight', () => {
    expect(() => planSlots('25:00', '26:00', [30])).toThrow(RangeError);
    expect(() => planSlots('10:00', '09:00', [30])).toThrow(RangeError);
    // It must still open, so it can be cut down: the late times wrap and the overrun says how far over.
    expect(planSlots('22:00', '23:00', [60, 60])).toMatchObject({ endsAt: '00:00', overrunMinutes: 60, totalMinutes: 120 });
    expect(planSlots('22:00', '23:00', [60, 59])).toMatchObject({ endsAt: '23:59', overrunMinutes: 59 });
  });

  it('makes contiguous slots whose lengths add up to the total (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 720 }), fc.integer({ min: 1, max: 600 }), fc.array(fc.integer({ min: 1, max: 120 }), { maxLength: 6 }), (start, session, lengths) => {
        const plan = planSlots(formatClock(start), formatClock(Math.min(start + session, 1439)), lengths);
        expect(plan.slots.map((s) => s.endMinutes - s.startMinutes)).toEqual(lengths);
        expect(plan.totalMinutes).toBe(lengths.reduce((a, b) => a + b, 0));
        plan.slots.forEach((s, i) => {
          expect(s.startMinutes).toBe(i === 0 ? start : plan.slots[i - 1]!.endMinutes);
          expect([parseClock(s.start), parseClock(s.end)]).toEqual([s.startMinutes, s.endMinutes]);
        });
        expect(parseClock(plan.endsAt)).toBe(start + plan.totalMinutes);
        expect(plan.overrunMinutes).toBe(Math.max(0, plan.totalMinutes - plan.sessionMinutes));
      }),
    );
  });
});
