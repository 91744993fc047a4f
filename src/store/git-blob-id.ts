// The id git gives a file's content (`git hash-object`), computed here without a process:
// equal ids mean the working file holds exactly what a commit holds.
import { createHash } from 'node:crypto';

export function gitBlobId(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
