// `hypo affected --format markdown`: the pull-request comment. One line on what was
// compared, then each changed file with the records it rests on, one bullet each, the
// worrying ones first and marked ⚠️. Everything in it but hypo's own words comes from
// whoever opened the pull request (titles, summaries, file names, the ref), so every
// piece is escaped: it must not mention, link, or hold HTML.
import type { AffectedComment, CommentDecision, CommentFlag, CommentRecord, CommentScope } from '../report/affected-comment.js';
import { escapeMarkdown, markdownCode, markdownId } from './markdown-escape.js';
import { truncateToWidth } from './text-layout.js';

export const AFFECTED_HEADING = '### Assumptions this change rests on';

/** Record text beyond this many columns is cut with "…": the comment is read at a glance. */
const TEXT_WIDTH = 100;
/**
 * Files listed at most. A change to hundreds of files under one broad glob would repeat the
 * same record hundreds of times, and GitHub refuses a comment over 65,536 characters.
 */
export const MAX_FILES = 40;

export function renderAffectedMarkdown(comment: AffectedComment): string {
  const lines = [AFFECTED_HEADING, '', summary(comment)];
  if (comment.files.length > 0) {
    lines.push('');
    for (const file of comment.files.slice(0, MAX_FILES)) {
      lines.push(`- ${markdownCode(file.file)}`, ...file.records.map((record) => `  - ${recordLine(record)}`));
    }
    const more = comment.files.length - MAX_FILES;
    if (more > 0) lines.push(`- … and ${plural(more, 'more file')}: \`hypo affected\` lists them all`);
    const bare = comment.changed - comment.files.length;
    if (bare > 0) lines.push('', `${bare === 1 ? '1 other changed file rests' : `${bare} other changed files rest`} on no recorded assumption.`);
  }
  const warnings = [
    ...(comment.skipped > 0 ? [`⚠️ ${plural(comment.skipped, 'record')} left out for errors: \`hypo check\` shows why.`] : []),
    ...(comment.unread > 0
      ? [
          comment.unread === 1
            ? '⚠️ 1 record could not be read: whether the change touches its code is unknown.'
            : `⚠️ ${comment.unread} records could not be read: whether the change touches their code is unknown.`,
        ]
      : []),
  ];
  if (warnings.length > 0) lines.push('', ...warnings);
  return `${lines.join('\n')}\n`;
}

/** What was compared, and how much of it rests on records. */
function summary(comment: AffectedComment): string {
  const changed = changedFiles(comment.scope, comment.changed);
  if (comment.changed === 0) return `${changed}.`;
  if (comment.files.length === 0) {
    // A record that could not be read may cover the change: never say nothing is touched then.
    return `${changed}; none rests on ${comment.unread > 0 ? 'a readable record' : 'a recorded assumption'}.`;
  }
  const resting = `${comment.files.length === 1 ? '1 rests' : `${comment.files.length} rest`} on ${plural(comment.records, 'record')}`;
  const flags = (Object.entries(comment.flagged) as [CommentFlag, number][])
    .filter(([, count]) => count > 0)
    .map(([flag, count]) => `${count} ${FLAG_WORDS[flag]}`);
  return `${changed}; ${resting}${flags.length > 0 ? `: ${flags.join(', ')}` : ''}.`;
}

const FLAG_WORDS: Record<CommentFlag, string> = { refuted: 'refuted', untested: 'untested', invalid: 'with errors' };

function changedFiles(scope: CommentScope, count: number): string {
  if (scope === 'paths') return count === 0 ? 'No changed file given' : `${plural(count, 'changed file')} given`;
  const files = count === 0 ? 'No file' : count === 1 ? '1 file' : `${count} files`;
  if (scope === 'uncommitted') return `${files} changed and not committed`;
  return `${files} changed since ${markdownCode(scope.since)}`;
}

/** `⚠️ **refuted** hypothesis: Title `id` · evidence: weak · last decision: pivot, 2026-10-08: …` */
function recordLine(record: CommentRecord): string {
  const mark = record.flag ? '⚠️ ' : '';
  const parts = [`${mark}**${escapeMarkdown(record.status)}** ${escapeMarkdown(record.kind ?? 'record')}: ${text(record.title)} ${markdownId(record.id)}`];
  if (record.flag === 'invalid') parts.push('left out for errors, `hypo check` shows why');
  if (record.evidence) parts.push(`evidence: ${escapeMarkdown(record.evidence.level)}${record.evidence.stated ? ' (stated)' : ''}`);
  if (record.method !== undefined) parts.push(`method: ${text(record.method)}`);
  if (record.decision !== undefined) parts.push(decisionText(record.decision, record.kind === 'insight' ? 'decision' : 'last decision'));
  return parts.join(' · ');
}

function decisionText(decision: CommentDecision | null, label: string): string {
  if (!decision) return 'no decision yet';
  return `${label}: ${escapeMarkdown(decision.action)}, ${escapeMarkdown(decision.date)}: ${text(decision.summary)}`;
}

/** Record text, cut before escaping so that no escape is cut in half. */
function text(value: string): string {
  return escapeMarkdown(truncateToWidth(value.replace(/\s+/g, ' ').trim(), TEXT_WIDTH).replace(/\s+…$/, '…'));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
