// The id git gives a file's content (`git hash-object`), computed here without a process:
// equal ids mean the working file holds exactly what a commit holds.
import { createHash } from 'node:crypto';

export function gitBlobId(text: string): string {
  return gitBlobIdOfBytes(Buffer.from(text, 'utf8'));
}

export function gitBlobIdOfBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
