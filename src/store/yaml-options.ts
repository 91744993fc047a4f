// How hypo reads YAML, wherever it reads it (records, edits, history): always the
// YAML 1.2 core schema, even under a `%YAML 1.1` directive, so dates stay text and
// `no` stays "no"; merge keys (`<<: *defaults`) as YAML 1.1 and the editors' YAML
// language server read them, so `check` and the editor agree on the fields; and errors
// as data, without the parser's own code frames.
export const YAML_READ_OPTIONS = { schema: 'core', merge: true, prettyErrors: false } as const;
