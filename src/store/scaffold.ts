// What `hypo init` lays down: each file or folder only where nothing is yet, never
// overwriting, through the same all-or-nothing writes as records.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { commitChanges } from './commit-changes.js';
import type { WriteFaults } from './write-faults.js';

/** Whether `file` (relative to `root`) is there: what init would create, judged before writing anything. */
export function existsUnder(root: string, file: string): boolean {
  return existsSync(path.join(root, file));
}

/** Creates `file` (relative to `root`) with `content` unless it exists; true when it was created. */
export async function createFileIfMissing(root: string, file: string, content: string, faults?: WriteFaults): Promise<boolean> {
  if (existsSync(path.join(root, file))) return false;
  await commitChanges(root, [{ action: 'create', file, content }], { faults });
  return true;
}

/**
 * Creates `folder` (relative to `root`) unless it exists, with an empty `.gitkeep`: git does not
 * keep empty folders, and the keep file makes the layout part of the first commit. True when created.
 */
export async function createFolderIfMissing(root: string, folder: string, faults?: WriteFaults): Promise<boolean> {
  if (existsSync(path.join(root, folder))) return false;
  await mkdir(path.join(root, folder), { recursive: true });
  await commitChanges(root, [{ action: 'create', file: path.join(folder, '.gitkeep'), content: '' }], { faults });
  return true;
}
