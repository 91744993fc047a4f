// The config file's name and defaults, apart from its schema: finding the repository
// must not load zod.

export const DEFAULT_ROOT = 'learning';
export const DEFAULT_STALE_AFTER_DAYS = 30;
export const CONFIG_FILE_NAME = 'hypo.config.yaml';
