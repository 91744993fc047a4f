// GitHub Actions workflow commands (`::error file=…,line=…::message`), escaped as
// the runner requires so that record text can neither break nor forge a command:
// CR and LF are escaped, so a command never ends early and `::` never starts a line.
// Other control characters are made visible, as on a terminal: the job log shows
// colours and links written with escape sequences.
import path from 'node:path';
import type { SkippedRecord } from '../model/skipped-records.js';
import { sanitizeForTerminal } from './terminal-text.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  /** Without a file, the annotation belongs to the run rather than a line. */
  file?: string;
  line?: number;
  column?: number;
  title?: string;
  message: string;
}

function escapeData(text: string): string {
  return sanitizeForTerminal(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderAnnotation(annotation: Annotation): string {
  const properties: string[] = [];
  if (annotation.file !== undefined) properties.push(`file=${escapeProperty(annotation.file)}`);
  if (annotation.line !== undefined) properties.push(`line=${annotation.line}`);
  if (annotation.column !== undefined) properties.push(`col=${annotation.column}`);
  if (annotation.title) properties.push(`title=${escapeProperty(annotation.title)}`);
  const head = properties.length ? `::${annotation.level} ${properties.join(',')}` : `::${annotation.level}`;
  return `${head}::${escapeData(annotation.message)}`;
}

/** Annotations name files relative to the repository on GitHub: the git top level, else the hypo root. */
export function githubPathFor(repository: { root: string; gitRoot?: string | undefined }): (file: string) => string {
  const base = repository.gitRoot ?? repository.root;
  return (file) => path.relative(base, path.join(repository.root, file)).split(path.sep).join('/');
}

/** A warning at each record a command left out for errors, so the pull request shows where. */
export function skippedAnnotations(skipped: readonly SkippedRecord[], pathFor: (file: string) => string): string[] {
  return skipped.map((entry) =>
    renderAnnotation({
      level: 'warning',
      file: pathFor(entry.file),
      line: entry.line,
      column: entry.column,
      title: `hypo: record left out (${entry.rule})`,
      message: `${entry.message}. hypo left this record out; hypo check shows why`,
    }),
  );
}
