// hypo decide <insight> <action> --summary …: the decision taken on what was learned.
// In a terminal, what is missing is asked (the insight, the action, the summary, the
// records it starts), as `hypo new` does; without one, or with --yes, it is an error naming its flag.
import { formatDay } from '../model/dates.js';
import { HypoError } from '../model/hypo-error.js';
import { decisionEdits, missingNextRecords } from '../operations/decide.js';
import { planEdit } from '../operations/edit-record.js';
import { findRecordFile } from '../operations/find-record.js';
import { loadRepository, type Repository } from '../operations/repository.js';
import { saveChanges } from '../operations/save-changes.js';
import { sanitizeLine } from '../render/terminal-text.js';
import { askDecision } from './ask-decision.js';
import { type Context, EXIT_OK, isInteractive, type Prompter } from './context.js';
import { recordChoices } from './record-choices.js';
import { printSaveOutcome } from './save-outcome.js';

export interface DecideOptions {
  insight?: string | undefined;
  action?: string | undefined;
  summary?: string | undefined;
  next?: string | undefined;
  date?: string | undefined;
  owner?: string | undefined;
  /** Never ask: a missing part is an error. */
  yes?: boolean | undefined;
}

export async function runDecide(options: DecideOptions, ctx: Context): Promise<number> {
  const repository = await loadRepository(ctx.cwd, ctx.env);
  const ask = isInteractive(ctx) && !options.yes;
  const given = { insight: options.insight, action: blankless(options.action), summary: blankless(options.summary), next: options.next };
  if (ask && given.insight === undefined) given.insight = await pickInsight(repository, ctx.prompter);
  const insight = given.insight === undefined ? undefined : findRecordFile(repository, given.insight, ['insight']);
  const answers = ask && insight ? await askDecision(given, repository, ctx.prompter, { optional: false, insight: insight.id }) : given;
  const { action, summary, next } = answers ?? given;
  if (!insight || !action || !summary) {
    const missing = [insight ? '' : 'the insight (an argument)', action ? '' : 'the action (an argument)', summary ? '' : '--summary'].filter(Boolean);
    throw new HypoError('missing-field', `a decision needs ${missing.join(', ')}`, {
      hint: ask ? undefined : 'hypo decide <insight> <action> --summary "…"; without --yes in a terminal, hypo asks for them',
    });
  }

  const decision = { action, summary, next, owner: options.owner, date: options.date ?? formatDay(ctx.now()) };
  const change = await planEdit(repository, insight.file, decisionEdits(repository, decision));
  if (!change) {
    ctx.stdout.write(`${sanitizeLine(insight.file)}: the decision is recorded already\n`);
    return EXIT_OK;
  }
  const code = await printSaveOutcome(await saveChanges(repository, [change], { faults: ctx.faults }), ctx, `the decision on ${insight.id} was`);
  if (code === EXIT_OK) ctx.stdout.write(`${sanitizeLine(insight.id)}: ${sanitizeLine(action)} — recorded in ${sanitizeLine(insight.file)}\n`);
  else explainMissingNext(missingNextRecords(repository, next), insight.id, ctx);
  return code;
}

/** A record named as next that does not exist yet: say how to make it, then decide again. */
function explainMissingNext(missing: readonly string[], insight: string, ctx: Context): void {
  for (const id of missing) {
    const safe = sanitizeLine(id);
    ctx.stderr.write(`hint: ${safe} does not exist yet: create it first, e.g. hypo new hypothesis "…" --id ${safe} (or experiment), then decide again\n`);
  }
  if (missing.length > 0)
    ctx.stderr.write(`hint: or record the decision now without --next, and add it later with hypo set ${sanitizeLine(insight)} decision.next=…\n`);
}

/** The insights to decide on, undecided first, each with its title (and its decision, if taken). */
async function pickInsight(repository: Repository, prompter: Prompter): Promise<string> {
  const actionOf = (data: Record<string, unknown> | undefined) => {
    const decision = data?.decision as { action?: unknown } | undefined;
    return typeof decision?.action === 'string' ? decision.action : undefined;
  };
  const decided = new Set(repository.files.filter((file) => actionOf(file.data) !== undefined).map((file) => file.id));
  const choices = recordChoices(repository, ['insight'], { note: (data) => (actionOf(data) ? `decided: ${actionOf(data)}` : undefined) });
  if (choices.length === 0) {
    throw new HypoError('unknown-id', 'there is no insight to decide on', { hint: 'hypo new insight "…" writes one, and asks for its decision' });
  }
  const undecidedFirst = [...choices.filter((choice) => !decided.has(choice.value)), ...choices.filter((choice) => decided.has(choice.value))];
  return prompter.select({ message: 'Insight to decide on', choices: undecidedFirst });
}

function blankless(value: string | undefined): string | undefined {
  return value?.trim() ? value : undefined;
}
