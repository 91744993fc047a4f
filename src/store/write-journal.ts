// The journal of a write that spans several files (`rename`, `import`): before the first
// file changes, every target is written down with the hash of what it holds now and of
// what it will hold, and the temp file its new content goes to. A run killed half way
// leaves the journal behind, and the next hypo command completes or rolls back the whole
// change from it (see recover-writes.ts). The journal is deleted once every file is in place.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { createFileExclusive, syncFolder } from './atomic-write.js';
import { journalFolder } from './journal-folder.js';
import type { JournalContent } from './journal-schema.js';
import { readAtMost } from './read-bounded.js';

/** A journal names a few hundred bytes per file: 64 MiB is far more than any real change. */
const MAX_JOURNAL_BYTES = 64 * 1024 * 1024;

export type { JournalContent, JournalEntry } from './journal-schema.js';

export interface Journal {
  /** Absolute path of the journal file. */
  file: string;
  content: JournalContent;
}

export function sha256(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Writes the journal, complete or not at all: to a hidden temp file first, synced, then
 * renamed into place, so that a journal that exists always names every file of its change.
 */
export async function writeJournal(root: string, content: JournalContent): Promise<Journal> {
  const folder = journalFolder(root);
  await mkdir(folder, { recursive: true });
  const name = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temp = path.join(folder, `.${name}.tmp`);
  const file = path.join(folder, `${name}.json`);
  await createFileExclusive(temp, `${JSON.stringify(content, null, 2)}\n`);
  await rename(temp, file);
  await syncFolder(folder);
  return { file, content };
}

/** Deletes the journal (the change is complete or rolled back), and its folder when no other is left. */
export async function removeJournal(journal: Journal): Promise<void> {
  await unlink(journal.file).catch(() => undefined);
  const folder = path.dirname(journal.file);
  await syncFolder(folder);
  await rmdir(folder).catch(() => undefined);
}

/** The journals left in the folder, by absolute path; none when there is no folder (the common case: one readdir). */
export async function listJournals(root: string): Promise<{ journals: string[]; leftovers: string[] }> {
  const folder = journalFolder(root);
  const names = await readdir(folder).catch(() => [] as string[]);
  return {
    journals: names.filter((name) => /^\d+-[0-9a-f]+\.json$/.test(name)).map((name) => path.join(folder, name)),
    // A journal's temp file, left by a run killed while writing it: nothing was changed yet.
    leftovers: names.filter((name) => /^\.\d+-[0-9a-f]+\.tmp$/.test(name)).map((name) => path.join(folder, name)),
  };
}

export type ReadJournal = { journal: Journal } | { gone: true } | { invalid: string };

/**
 * A journal as written, or why it is not one hypo wrote: it lives in the work tree, so anyone
 * could have put it there. Its schema (zod) loads only when there is a journal to read.
 */
export async function readJournal(file: string): Promise<ReadJournal> {
  const read = readAtMost(file, MAX_JOURNAL_BYTES);
  if ('unreadable' in read && read.unreadable === 'ENOENT') return { gone: true };
  if (!read.bytes) return { invalid: read.tooLarge ? `it is ${read.tooLarge} bytes` : `it cannot be read (${(read as { unreadable: string }).unreadable})` };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(read.bytes));
  } catch {
    return { invalid: 'it is not JSON' };
  }
  const { journalSchema } = await import('./journal-schema.js');
  const parsed = journalSchema.safeParse(data);
  return parsed.success ? { journal: { file, content: parsed.data } } : { invalid: 'it is not a journal hypo wrote' };
}
