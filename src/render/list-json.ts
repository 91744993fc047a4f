// `hypo list --format json`: the rows themselves, one object per record with
// every key present, so scripts can rely on the shape.

import type { RecordRow } from '../report/record-list.js';
import { toJson } from './json-text.js';

export function renderListJson(rows: readonly RecordRow[]): string {
  const output = rows.map(({ id, kind, title, status, file }) => ({ id, kind, title, status, file }));
  return toJson(output);
}
