// Finishing what a killed run left: a journal of a change to several files (write-journal.ts)
// whose process is gone. Either every file can reach its new content (each holds it already, or
// holds its old content with a complete temp file beside it): the change is completed; or none
// has changed yet: it is rolled back (its temp files deleted). Anything else means someone changed
// a file since, and hypo stops and says which, rather than guess.
//
// The journal lives in the work tree, where a pull request could put one: its paths are checked
// like any write's (inside the repository, no links, record files only, temps beside their
// targets), and it can only move content that its own temp files hold. So a planted journal can
// do nothing that committing those files could not.
import { rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { HypoError } from '../model/hypo-error.js';
import { writeError } from './atomic-write.js';
import { assertWritable, moveIntoPlaceExclusive } from './commit-changes.js';
import { MAX_RECORD_BYTES } from './decode-text.js';
import { isLeftOver, lockFiles } from './file-locks.js';
import { JOURNAL_FOLDER } from './journal-folder.js';
import { readAtMost } from './read-bounded.js';
import { type Journal, type JournalEntry, listJournals, readJournal, removeJournal, sha256 } from './write-journal.js';

export interface Recovery {
  /** What the interrupted change was: "rename a to b". */
  label: string;
  /** The process that was interrupted. */
  pid: number;
  outcome: 'completed' | 'rolled-back';
  /** How many files the change spans. */
  files: number;
}

/** Completes or rolls back every change a killed run left, before a command reads anything; [] when there is none (one readdir). */
export async function recoverInterruptedWrites(root: string): Promise<Recovery[]> {
  const { journals, leftovers } = await listJournals(root);
  for (const temp of leftovers) {
    const info = await stat(temp).catch(() => undefined);
    const pid = Number(/^\.(\d+)-/.exec(path.basename(temp))?.[1]);
    if (info && isLeftOver(pid, info.mtimeMs)) await unlink(temp).catch(() => undefined);
  }
  const recoveries: Recovery[] = [];
  for (const file of journals) {
    const recovery = await recoverJournal(root, file);
    if (recovery) recoveries.push(recovery);
  }
  return recoveries;
}

async function recoverJournal(root: string, file: string): Promise<Recovery | undefined> {
  const shown = `${JOURNAL_FOLDER}/${path.basename(file)}`;
  const read = await readJournal(file);
  if ('gone' in read) return undefined;
  if ('invalid' in read) throw invalidJournal(shown, read.invalid);
  const info = await stat(file).catch(() => undefined);
  // Its own run is still writing: the change is that run's to finish.
  if (!info || !isLeftOver(read.journal.content.pid, info.mtimeMs)) return undefined;
  const entries = read.journal.content.changes;
  for (const entry of entries) assertEntryPaths(entry, shown);
  // The same checks as any write: no links, no folder that leads out of the repository.
  await assertWritable(root, entries);
  const unlock = await lockFiles(
    root,
    entries.map((entry) => entry.file),
  );
  try {
    // Another run may have recovered it while this one waited for the locks.
    const again = await readJournal(file);
    if (!('journal' in again)) return undefined;
    return await settle(root, again.journal, shown);
  } finally {
    await unlock();
  }
}

type State = 'before' | 'after' | 'other';

interface EntryState {
  entry: JournalEntry;
  target: State;
  /** The temp file holds the complete new content. */
  tempReady: boolean;
}

async function settle(root: string, journal: Journal, shown: string): Promise<Recovery> {
  const { pid, label, changes } = journal.content;
  const states = changes.map((entry) => stateOf(root, entry));
  const canComplete = states.every(({ entry, target, tempReady }) => target === 'after' || (target === 'before' && (entry.action === 'delete' || tempReady)));
  const untouched = states.every(({ target }) => target === 'before');
  if (!canComplete && !untouched) {
    const changed = states.find(({ target, tempReady, entry }) => target === 'other' || (target === 'before' && !tempReady && entry.action !== 'delete'));
    throw new HypoError(
      'journal-conflict',
      `${label} was interrupted (process ${pid}), and hypo can neither complete nor roll it back: ${changed?.entry.file ?? 'a file'} no longer holds what the change left there; nothing was written`,
      { hint: `compare the files ${shown} names with git (git status, git diff), put them right by hand, then delete ${shown}` },
    );
  }
  if (canComplete) for (const state of states) if (state.target === 'before') await apply(root, state.entry);
  // Temps left: the ones a roll-back drops, and a create's temp when the kill came between its link and unlink.
  for (const entry of changes) if (entry.temp) await unlink(path.join(root, entry.temp)).catch(() => undefined);
  await removeJournal(journal);
  return { label, pid, outcome: canComplete ? 'completed' : 'rolled-back', files: changes.length };
}

function stateOf(root: string, entry: JournalEntry): EntryState {
  const target = hashOf(path.join(root, entry.file));
  const state: State = target === entry.after ? 'after' : target === entry.before ? 'before' : 'other';
  const tempReady = entry.temp !== undefined && entry.after !== null && hashOf(path.join(root, entry.temp)) === entry.after;
  return { entry, target: state, tempReady };
}

/** sha256 of a file's bytes; null when there is no file; '' when it is not one hypo could have written. */
function hashOf(file: string): string | null {
  const read = readAtMost(file, MAX_RECORD_BYTES);
  if (read.bytes) return sha256(read.bytes);
  return 'unreadable' in read && read.unreadable === 'ENOENT' ? null : '';
}

async function apply(root: string, entry: JournalEntry): Promise<void> {
  const target = path.join(root, entry.file);
  try {
    if (entry.action === 'delete') await unlink(target);
    else if (entry.action === 'replace') await rename(path.join(root, entry.temp!), target);
    else {
      const temp = path.join(root, entry.temp!);
      await moveIntoPlaceExclusive(temp, target, readAtMost(temp, MAX_RECORD_BYTES).bytes ?? '');
    }
  } catch (error) {
    throw error instanceof HypoError ? error : writeError(target, error);
  }
}

/** A record file inside the repository, and its temp beside it, named as hypo names temps. */
function assertEntryPaths(entry: JournalEntry, shown: string): void {
  const { file, temp } = entry;
  const normal = path.posix.normalize(file);
  const inside = normal === file && !path.posix.isAbsolute(file) && !file.startsWith('../') && !file.includes('\0') && !file.includes('\\');
  if (!inside || !/\.ya?ml$/i.test(file)) throw invalidJournal(shown, `it names ${JSON.stringify(file)}, which is no record file inside the repository`);
  const expectedTemp = new RegExp(`^\\.${escapeRegExp(path.posix.basename(file))}\\.\\d+\\.[0-9a-f]{8}\\.tmp$`);
  const tempFits =
    temp === undefined ? entry.action === 'delete' : path.posix.dirname(temp) === path.posix.dirname(file) && expectedTemp.test(path.posix.basename(temp));
  if (!tempFits) throw invalidJournal(shown, `its temp file for ${file} is not one hypo would write`);
  if ((entry.action === 'create') !== (entry.before === null) || (entry.action === 'delete') !== (entry.after === null)) {
    throw invalidJournal(shown, `its entry for ${file} does not fit a ${entry.action}`);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function invalidJournal(shown: string, why: string): HypoError {
  return new HypoError(
    'journal-invalid',
    `${shown}: ${why}; hypo keeps the journal of an interrupted write there and cannot tell what this one would change, so nothing was done`,
    {
      hint: `if no hypo command was killed while writing, delete ${shown}`,
    },
  );
}
