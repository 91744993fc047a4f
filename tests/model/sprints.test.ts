import { describe, expect, it } from 'vitest';
import { previousSprint, sprintContaining, sprintNamed, sprintsUpTo } from '../../src/model/sprints.js';

const numbered = { start: '2026-01-05', length_days: 14 };
const named = [
  { name: 'Vår', start: '2026-03-01', end: '2026-03-20' },
  { name: 'Höst', start: '2026-09-01', end: '2026-09-30' },
];

describe('numbered sprints', () => {
  it('finds the sprint holding a day, inclusive at both ends', () => {
    expect(sprintContaining(numbered, '2026-01-05')).toEqual({ name: 'Sprint 1', since: '2026-01-05', until: '2026-01-18' });
    expect(sprintContaining(numbered, '2026-01-18')?.name).toBe('Sprint 1');
    expect(sprintContaining(numbered, '2026-01-19')?.name).toBe('Sprint 2');
    expect(sprintContaining(numbered, '2026-01-04')).toBeUndefined();
  });

  it('crosses a leap day and a year end', () => {
    const leap = { start: '2024-02-26', length_days: 7 };
    expect(sprintContaining(leap, '2024-03-04')).toEqual({ name: 'Sprint 2', since: '2024-03-04', until: '2024-03-10' });
    expect(sprintContaining(numbered, '2026-12-31')).toEqual({ name: 'Sprint 26', since: '2026-12-21', until: '2027-01-03' });
  });

  it('names sprints by number or "Sprint N"', () => {
    expect(sprintNamed(numbered, '3')?.since).toBe('2026-02-02');
    expect(sprintNamed(numbered, 'sprint 3')?.since).toBe('2026-02-02');
    expect(sprintNamed(numbered, '0')).toBeUndefined();
    expect(sprintNamed(numbered, 'three')).toBeUndefined();
  });

  it('goes back, and lists the last few', () => {
    const second = sprintContaining(numbered, '2026-01-20')!;
    expect(previousSprint(numbered, second)?.name).toBe('Sprint 1');
    expect(previousSprint(numbered, previousSprint(numbered, second)!)).toBeUndefined();
    expect(sprintsUpTo(numbered, '2026-03-01', 3).map((sprint) => sprint.name)).toEqual(['Sprint 2', 'Sprint 3', 'Sprint 4']);
    expect(sprintsUpTo(numbered, '2026-01-18', 6).map((sprint) => sprint.name)).toEqual(['Sprint 1']);
  });

  it('lists no sprint still running on the day: it would reach past the end of a report period', () => {
    // Sprint 5 runs 2026-03-02 – 03-15: a period ending on 03-05 stops with sprint 4.
    expect(sprintsUpTo(numbered, '2026-03-05', 3).map((sprint) => sprint.name)).toEqual(['Sprint 2', 'Sprint 3', 'Sprint 4']);
    expect(sprintsUpTo(numbered, '2026-01-10', 6)).toEqual([]);
    expect(sprintsUpTo(numbered, '2025-12-01', 6)).toEqual([]);
  });
});

describe('named sprints', () => {
  it('finds, names (any case) and goes back across gaps', () => {
    expect(sprintContaining(named, '2026-09-15')).toEqual({ name: 'Höst', since: '2026-09-01', until: '2026-09-30' });
    expect(sprintContaining(named, '2026-06-01')).toBeUndefined();
    expect(sprintNamed(named, 'höst')?.since).toBe('2026-09-01');
    expect(previousSprint(named, sprintNamed(named, 'Höst')!)?.name).toBe('Vår');
  });

  it('lists the sprints over by a day, from inside a sprint or a gap between two', () => {
    expect(sprintsUpTo(named, '2026-09-30', 6).map((sprint) => sprint.name)).toEqual(['Vår', 'Höst']);
    expect(sprintsUpTo(named, '2026-09-15', 6).map((sprint) => sprint.name)).toEqual(['Vår']);
    expect(sprintsUpTo(named, '2026-06-01', 6).map((sprint) => sprint.name)).toEqual(['Vår']);
    expect(sprintsUpTo(named, '2026-03-19', 6)).toEqual([]);
  });
});
