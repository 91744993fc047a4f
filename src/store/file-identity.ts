// What identifies a record file's content without reading it (docs/decisions/0010), and
// whether it is old enough for a parse of it to be kept: what every cache lookup compares,
// apart from the parse cache itself, so that a lookup that hits loads nothing more.
import type { BigIntStats } from 'node:fs';

/**
 * How much older than the moment the files were looked at a file's timestamps must be for
 * its parse to be kept: more than the coarsest timestamps of a common file system (FAT's
 * two seconds) and the lag of the kernel's coarse clock behind the wall clock.
 */
export const SETTLED_AFTER_NS = 3_000_000_000n;

/** A file as a stat saw it before it was read. */
export interface Looked {
  identity: string;
  /** Both timestamps clearly older than the moment of looking: the parse may be kept. */
  settled: boolean;
}

/** The moment of looking as the settled test compares it: taken before the first stat. */
export function lookingAt(nowMs: number): bigint {
  return BigInt(Math.floor(nowMs)) * 1_000_000n;
}

/** What of a file's stat the parse cache keys and judges it by. */
export type StatIdentity = Pick<BigIntStats, 'dev' | 'ino' | 'size' | 'mtimeNs' | 'ctimeNs'>;

/** What identifies a file's content: any write changes the inode's ctime, which no user can set. */
export function fileIdentity(info: StatIdentity): string {
  return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
}

/** A file's stat as the parse cache keys and judges it. */
export function lookedFrom(info: StatIdentity, lookedAtNs: bigint): Looked {
  return { identity: fileIdentity(info), settled: info.mtimeNs + SETTLED_AFTER_NS < lookedAtNs && info.ctimeNs + SETTLED_AFTER_NS < lookedAtNs };
}
