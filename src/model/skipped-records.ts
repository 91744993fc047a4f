// Records a command leaves out because they have errors: a file that failed its schema
// (or could not be read), a second file claiming an id, a path the folder walk could
// not follow. Commands that read records work on the rest and say which they left out,
// so an answer is never silently partial.
import type { RecordGraph } from './graph.js';
import { type Notice, noticeText } from './notice.js';
import type { Problem } from './problem.js';

/** One left-out record and its first error: where `hypo check` will show it. */
export interface SkippedRecord {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export interface SkippedInput {
  files: readonly { file: string; id: string; record?: unknown; problems: readonly Problem[] }[];
  graph: Pick<RecordGraph, 'records'>;
  /** Problems of the folder walk (links, unreadable folders): each is a path left out. */
  problems: readonly Problem[];
}

export function skippedRecords({ files, graph, problems }: SkippedInput): SkippedRecord[] {
  const skipped: SkippedRecord[] = [];
  // The files of each id, asked for only when an id has two: built then, once.
  let byId: Map<string, string[]> | undefined;
  const filesById = () => {
    if (!byId) {
      byId = new Map();
      for (const { id, file } of files) {
        const list = byId.get(id);
        if (list) list.push(file);
        else byId.set(id, [file]);
      }
    }
    return byId;
  };
  for (const loaded of files) {
    if (!loaded.record) {
      const error = loaded.problems.find((problem) => problem.severity === 'error') ?? loaded.problems[0];
      skipped.push(error ? entry(error) : { file: loaded.file, line: 1, column: 1, rule: 'invalid-record', message: 'the record did not pass its schema' });
    } else if (graph.records.get(loaded.id)?.file !== loaded.file) {
      const others = (filesById().get(loaded.id) ?? []).filter((file) => file !== loaded.file);
      skipped.push({
        file: loaded.file,
        line: 1,
        column: 1,
        rule: 'duplicate-id',
        message: `the id "${loaded.id}" is also used by ${others.join(', ') || 'another file'}: ids are unique across all kinds, rename one of the files`,
      });
    }
  }
  for (const problem of problems) if (problem.severity === 'error') skipped.push(entry(problem));
  return skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function entry({ file, line, column, rule, message }: Problem): SkippedRecord {
  return { file, line, column, rule, message };
}

const NAMED = 5;

/** What the left-out records are to the command: left out of its answer, or listed all the same. */
export type SkippedHow = 'leftOut' | 'listedWithErrors';

/** "1 record left out for errors: learning/hypotheses/x.yaml (hypo check shows why)" as a notice; undefined when none was. */
export function skippedNotice(skipped: readonly Pick<SkippedRecord, 'file'>[], how: SkippedHow = 'leftOut'): Notice | undefined {
  if (skipped.length === 0) return undefined;
  const files = [...new Set(skipped.map((entry) => entry.file))];
  const named = files.slice(0, NAMED).join(', ');
  const more = files.length - NAMED;
  if (more > 0) return { key: how === 'leftOut' ? 'warning.leftOutMore' : 'warning.listedWithErrorsMore', params: { n: files.length, files: named, more } };
  return { key: how === 'leftOut' ? 'warning.leftOut' : 'warning.listedWithErrors', params: { n: files.length, files: named } };
}

/** The same in English, as a line; undefined when none was left out. */
export function describeSkipped(skipped: readonly Pick<SkippedRecord, 'file'>[], how: SkippedHow = 'leftOut'): string | undefined {
  const notice = skippedNotice(skipped, how);
  return notice && noticeText(notice);
}
