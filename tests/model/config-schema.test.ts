import { describe, expect, it } from 'vitest';
import { ConfigSchema, DEFAULT_ROOT, DEFAULT_STALE_AFTER_DAYS, defaultConfig } from '../../src/model/config-schema.js';

describe('config schema', () => {
  it('has learning/ and 30 days as defaults', () => {
    expect(defaultConfig()).toEqual({ root: DEFAULT_ROOT, git_history: true, stale_after_days: DEFAULT_STALE_AFTER_DAYS, act_within_days: 14 });
    expect(DEFAULT_ROOT).toBe('learning');
    expect(DEFAULT_STALE_AFTER_DAYS).toBe(30);
  });

  it('gives a fresh object each time', () => {
    const first = defaultConfig();
    first.root = 'changed';
    expect(defaultConfig().root).toBe('learning');
  });

  it('rejects stale_after_days below 1 and sprint lengths past 366', () => {
    expect(ConfigSchema.safeParse({ stale_after_days: 0 }).success).toBe(false);
    expect(ConfigSchema.safeParse({ sprints: { start: '2026-01-05', length_days: 367 } }).success).toBe(false);
    expect(ConfigSchema.safeParse({ sprints: { start: '2026-01-05', length_days: 366 } }).success).toBe(true);
  });

  it('rejects an empty list of named sprints', () => {
    expect(ConfigSchema.safeParse({ sprints: [] }).success).toBe(false);
  });

  it('takes journey stages as names, mappings, or both in one list', () => {
    const journey = ['upptäcka', { name: 'köpa', phase: 'during', touchpoints: ['kassan'], description: 'Betalar.' }, { name: 'efter resan' }];
    expect(ConfigSchema.parse({ journey }).journey).toEqual(journey);
  });
});
