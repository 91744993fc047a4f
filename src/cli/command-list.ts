// Every command as `hypo --help` lists it, by group: its name, its one-line purpose, its
// arguments and whether it takes options. That is all the program is built from at
// first; the rest of a command (its options, examples and action) is in its group's
// file and is added only when the command is about to run, so that `hypo --help` loads
// neither the groups nor their options.

/** The group files that hold the rest of each command, in the order `hypo --help` lists them. */
export type CommandGroup = 'records' | 'history' | 'reports' | 'integrations';

export interface ListedCommand {
  name: string;
  summary: string;
  /** Each argument as commander takes it: the name in <> or [] (... when it repeats), and what it is. */
  arguments?: readonly (readonly [string, string])[];
  /** Whether the command has options of its own: `hypo --help` shows them as [options]. */
  options?: true;
  /** Never in help; completion scripts call it. */
  hidden?: true;
}

const RECORD = ['<id>', 'the record (a unique prefix is enough)'] as const;

export const COMMAND_LIST: Readonly<Record<CommandGroup, readonly ListedCommand[]>> = {
  records: [
    { name: 'check', summary: 'check every record against the format and the links between records', options: true },
    { name: 'init', summary: 'create hypo.config.yaml and the records folder here', options: true },
    {
      name: 'new',
      summary: 'create a hypothesis, experiment or insight (asks for what is missing in a terminal)',
      arguments: [
        ['<kind>', 'hypothesis, experiment or insight'],
        ['[title]', 'the title; the id is made from it'],
      ],
      options: true,
    },
    {
      name: 'set',
      summary: 'change fields of a record, keeping its comments and formatting',
      arguments: [RECORD, ['<assignments...>', 'field=value; lists as a,b; field= removes an optional field; result.outcome=… for nested fields']],
    },
    {
      name: 'status',
      summary: 'set the status of a hypothesis or experiment',
      arguments: [RECORD, ['<status>', 'the new status']],
    },
    {
      name: 'decide',
      summary: 'record the decision taken on an insight (asks for what is missing in a terminal)',
      arguments: [
        ['[insight]', 'the insight (a unique prefix is enough)'],
        ['[action]', 'persevere, pivot, stop or iterate'],
      ],
      options: true,
    },
    {
      name: 'link',
      summary: 'add a hypothesis to the ones an experiment tests',
      arguments: [
        ['<experiment>', 'the experiment (a unique prefix is enough)'],
        ['<hypothesis>', 'the hypothesis (a unique prefix is enough)'],
      ],
    },
    {
      name: 'rename',
      summary: 'rename a record and rewrite every reference to it, all or nothing',
      arguments: [
        ['<old>', 'the record (a unique prefix is enough)'],
        ['<new>', 'the new id'],
      ],
    },
    { name: 'list', summary: 'list records, filtered by kind, status, tag or owner', options: true },
    { name: 'show', summary: 'show a record as a card, with the records linked to it', arguments: [RECORD], options: true },
  ],
  history: [
    { name: 'stale', summary: 'flag assumptions left untested, and reviews and experiments past their dates', options: true },
    {
      name: 'affected',
      summary: 'list the records whose code globs match the files changed since a git ref, or the paths given',
      arguments: [['[paths...]', 'changed paths to match instead of asking git']],
      options: true,
    },
    {
      name: 'acted',
      summary: 'did the code follow the decisions? each decision: acted, not yet, overdue, code remains, or no code link',
      options: true,
    },
    {
      name: 'log',
      summary: 'the history of a record from git: its commits and what each changed, status transitions first',
      arguments: [RECORD],
      options: true,
    },
  ],
  reports: [
    { name: 'report', summary: 'the learning loop of a sprint: what was tested, learned and decided, and where the loop is stuck', options: true },
    { name: 'trend', summary: 'the last sprints side by side, each as of its own end: is the loop getting faster?', options: true },
    {
      name: 'journey',
      summary: 'the journey map: per stage and touchpoint, hypotheses, evidence, insights, customer metrics against KPIs, and where the team is guessing',
      options: true,
    },
    {
      name: 'next',
      summary: 'what to test next: hypotheses ranked by importance, missing evidence and urgency, each with a method to try',
      options: true,
    },
    {
      name: 'methods',
      summary: 'the method catalogue: what each method observes, its cost, typical days and the strongest evidence it gives',
      options: true,
    },
  ],
  integrations: [
    { name: 'export', summary: 'every record as a row of a CSV or JSON table, for spreadsheets and BI tools', options: true },
    {
      name: 'import',
      summary: 'create records from a CSV sheet, all or nothing: each row is checked first',
      arguments: [
        ['<source>', 'the file type: csv'],
        ['<file>', 'the file, with a header row naming the columns (title, statement, …; see hypo export)'],
      ],
      options: true,
    },
    {
      name: 'completion',
      summary: 'print a shell completion script for commands, flags, values and record ids',
      arguments: [['<shell>', 'bash, zsh or fish']],
    },
    // What completion scripts call for values only the repository knows; quiet and fast, never in help.
    {
      name: '__complete',
      summary: '',
      arguments: [
        ['<what>', 'ids or statuses'],
        ['[words...]', 'ids: the kinds wanted, comma-separated; statuses: the words that may name a kind (a kind or a record id)'],
      ],
      hidden: true,
    },
  ],
};
