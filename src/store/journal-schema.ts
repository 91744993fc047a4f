// What a journal of a change to several files holds (write-journal.ts), as a schema: a
// journal is read back from the work tree, where anyone could have written one.
import { z } from 'zod';

const SHA256 = z.string().regex(/^[0-9a-f]{64}$/);

const journalEntrySchema = z.strictObject({
  action: z.enum(['create', 'replace', 'delete']),
  /** Relative to the repository root, forward slashes. */
  file: z.string().min(1),
  /** The temp file beside `file` that holds the new content (none for a delete). */
  temp: z.string().min(1).optional(),
  /** sha256 of the bytes there before the change; null: no file (a create). */
  before: SHA256.nullable(),
  /** sha256 of the bytes there after it; null: no file (a delete). */
  after: SHA256.nullable(),
});

export const journalSchema = z.strictObject({
  journal: z.literal(1),
  /** The process that wrote it: while it lives, the change is its own, never recovered. */
  pid: z.number().int().positive(),
  /** What the change is, in words: "rename a to b". */
  label: z.string(),
  changes: z.array(journalEntrySchema).min(1),
});

export type JournalEntry = z.infer<typeof journalEntrySchema>;
export type JournalContent = z.infer<typeof journalSchema>;
