// The config file's name and defaults, apart from its schema: finding the repository
// must not load zod.

export const DEFAULT_ROOT = 'learning';
export const DEFAULT_STALE_AFTER_DAYS = 30;
/** A decision with no commit about it after this many days is overdue (`hypo acted`). */
export const DEFAULT_ACT_WITHIN_DAYS = 14;
export const CONFIG_FILE_NAME = 'hypo.config.yaml';
