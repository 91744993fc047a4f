// How hypo reads YAML, wherever it reads it (records, edits, history): always the
// YAML 1.2 core schema, even under a `%YAML 1.1` directive, so dates stay text and
// `no` stays "no"; and errors as data, without the parser's own code frames.
export const YAML_READ_OPTIONS = { schema: 'core', prettyErrors: false } as const;
