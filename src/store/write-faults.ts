// Failures injected into writes, so tests can show what a failed or killed write leaves
// behind: root can write anywhere, and no test can time a SIGKILL to the instant between
// two renames. The CLI builds these from HYPO_TEST_FAULT; nothing here reads the process.

export interface WriteFaults {
  /** Called before each temp file is written; throwing fails that write as the OS would. */
  beforeWrite?: (temp: string) => void;
  /** Called after every temp file of a change is written and locked, before the first rename. */
  beforeRename?: () => void;
  /**
   * Called after each step of a write that a kill could interrupt: each lock taken, the journal
   * written, each temp file written, each file moved into place, the journal removed.
   */
  step?: (step: string) => void;
}

export const NO_FAULTS: WriteFaults = {};
