// What hypo read out of committed versions (a hypothesis' status, its success criterion),
// kept between runs by blob id. A blob id is the hash of the content: the same id is the
// same text forever, so an entry never goes stale; only another build of hypo, which may
// read a text differently, starts over. One file per repository and kind of fact.

import { readFile } from 'node:fs/promises';

import { buildStamp, cacheFileIn, writeCacheFile } from './cache-folder.js';

/** Raised when the stored form changes: an entry of another version is a miss. */
const FORMAT_VERSION = 1;

/** A full blob id (sha-1 or sha-256): the only names whose content cannot change. */
export const BLOB_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export interface BlobFactsPlace {
  /** hypo's cache folder (cacheFolder(env)). */
  folder: string;
  /** What the facts are: `status`, `criteria`. */
  name: string;
  /** The repository root they were read for. */
  root: string;
}

/** The kept facts, each checked by `isFact`; an entry of another build, format or shape is empty. */
export async function readBlobFacts<T>(place: BlobFactsPlace, isFact: (value: unknown) => value is T): Promise<Map<string, T>> {
  const [text, stamp] = await Promise.all([readFile(blobFactsFile(place), 'utf8').catch(() => undefined), buildStamp(import.meta.url).catch(() => undefined)]);
  const facts = new Map<string, T>();
  if (text === undefined || stamp === undefined) return facts;
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return facts;
  }
  if (!isObject(entry) || entry.version !== FORMAT_VERSION || entry.stamp !== stamp || !isObject(entry.facts)) return facts;
  for (const [blob, fact] of Object.entries(entry.facts)) {
    // One fact out of shape makes the whole entry suspect: none of it is used.
    if (!BLOB_ID.test(blob) || !isFact(fact)) return new Map();
    facts.set(blob, fact);
  }
  return facts;
}

export async function writeBlobFacts<T>(place: BlobFactsPlace, facts: ReadonlyMap<string, T>): Promise<void> {
  await writeCacheFile(blobFactsFile(place), async () =>
    JSON.stringify({ version: FORMAT_VERSION, stamp: await buildStamp(import.meta.url), facts: Object.fromEntries(facts) }),
  );
}

/** The file the facts are kept in. */
function blobFactsFile(place: BlobFactsPlace): string {
  return cacheFileIn(place.folder, `blobs-${place.name}`, place.root, '.json');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
