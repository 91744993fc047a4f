// The reasons of what to test next and the why of a method, written in a language: each
// is a message key with its params in the model (report/next-model.ts), and here the
// catalogue's sentence. In English they are the sentences `hypo next --format json` prints.
import { DEFAULT_METHODS, type MethodEntry } from '../model/method-catalogue.js';
import type { LearningLoopReport } from '../report/loop-model.js';
import type { NextItem, NextReason, NextReport, NextWhy } from '../report/next-model.js';
import { type MessageKey, messages, type Translator } from './messages/index.js';

const EN = messages('en');

/** Why a hypothesis ranks where it does, as a sentence of the language. */
export function reasonText(reason: NextReason, t: Translator = EN): string {
  switch (reason.key) {
    case 'next.reason.evidence': {
      const { importance, evidence, source, done, inconclusive } = reason.params;
      return t(reason.key, {
        importance: importance ? t('next.importance.stated', { importance: t.word('importance', importance) }) : t('next.importance.unstated'),
        evidence: evidence === 'none' ? t('next.evidence.none') : t('next.evidence.only', { evidence: t.word('evidence', evidence) }),
        source: source === 'stated' ? t('next.source.stated') : source === 'experiments' ? t('next.source.experiments', { n: done }) : '',
        last: inconclusive ? t('next.last.inconclusive') : '',
      });
    }
    case 'next.reason.reviewDue':
      return t(reason.key, { day: t.date(reason.params.day) });
    case 'next.reason.overdue': {
      const { id, status, days, end } = reason.params;
      return t(reason.key, { id, status: t.word('status', status), days, end: t.date(end) });
    }
    case 'next.reason.code':
      return t(reason.key, { n: reason.params.files, code: reason.params.code.join(', ') });
    case 'next.reason.undecided':
      return t(reason.key, { n: reason.params.insights.length, insights: reason.params.insights.join(', ') });
    default:
      return t(reason.key, reason.params);
  }
}

/** Why a method is the one to try, as a sentence of the language. */
export function whyText(why: NextWhy, t: Translator = EN): string {
  if (why.key !== 'next.why.cheapest') return t(why.key, why.params);
  const { from, to, observes, cost, days, participants } = why.params;
  return t(why.key, {
    from: from === 'none' ? t('next.from.none') : t('next.from.level', { evidence: t.word('evidence', from) }),
    to: t.word('evidence', to),
    observes: t(observes === 'does' ? 'next.observes.does' : 'next.observes.says'),
    cost,
    duration: t('next.days', { n: days }),
    sample: participants ? t('next.sample', { n: participants }) : '',
  });
}

/** An item as `hypo next --format json` prints it. */
export type NextItemJson = Omit<NextItem, 'reasons' | 'suggested'> & { reasons: string[]; suggested: { method: string; why: string } | null };

/** An item as `hypo next --format json` prints it: its reasons and why as English sentences. */
export function nextItemJson(item: NextItem): NextItemJson {
  return {
    ...item,
    reasons: item.reasons.map((reason) => reasonText(reason)),
    suggested: item.suggested && { ...item.suggested, why: whyText(item.suggested.why) },
  };
}

/** The report as `hypo report --format json` prints it: Test next's reasons as English sentences. */
export const reportJson = (report: LearningLoopReport) => ({ ...report, testNext: report.testNext.map(nextItemJson) });

/** What `hypo next --format json` prints: the warnings go to stderr. */
export const nextReportJson = (report: NextReport) => ({ asOf: report.asOf, next: report.next.map(nextItemJson), skipped: report.skipped });

const BUILT_IN = new Map(DEFAULT_METHODS.map((entry) => [entry.method, entry.description]));

/**
 * What `hypo next --plan` writes as the experiment's plan: "To verify that, we will" and the
 * method's description, which is an imperative ("Talk to customers …"), read on from there.
 * A built-in method's description is the language's; one the config adds or rewrites stays
 * as written. Null when the method has no description.
 */
export function planText(entry: Pick<MethodEntry, 'method' | 'description'>, t: Translator = EN): string | null {
  if (!entry.description) return null;
  const builtIn = BUILT_IN.get(entry.method) === entry.description;
  const description = builtIn ? t(`next.method.${entry.method}` as MessageKey) : entry.description;
  return t('next.plan.text', { action: `${description.charAt(0).toLowerCase()}${description.slice(1)}` });
}
