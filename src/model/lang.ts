// The languages hypo writes its human-readable output in. JSON keys, rule names and
// exit codes never change with it.

export const LANGS = ['en', 'sv'] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'en';
