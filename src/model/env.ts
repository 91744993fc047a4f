// The environment a run sees, passed down from the process (or a test) rather than read
// from `process.env` below the command line: git runs in it, HYPO_WORKERS is read from it.
export type Env = Readonly<Record<string, string | undefined>>;
