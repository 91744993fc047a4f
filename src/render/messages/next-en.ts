// The English messages of hypo next and the Test next reasons: why a hypothesis ranks where it does, and what to run.
import { DEFAULT_METHODS } from '../../model/method-catalogue.js';
import type { ExperimentMethod } from '../../model/vocabulary.js';
import type { NextMessageKey } from '../../report/next-model.js';
import type { Catalogue, Message } from './catalogue.js';

/** What a plan says it will do with a built-in method: the catalogue's own description (model/method-catalogue.ts). */
const METHOD_DESCRIPTIONS = Object.fromEntries(DEFAULT_METHODS.map((entry) => [`next.method.${entry.method}`, entry.description])) as Record<
  `next.method.${ExperimentMethod}`,
  string
>;

export const EN_NEXT = {
  // hypo next's list
  'next.heading': 'Test next, as of {date}',
  'next.nothing': 'nothing to test next as of {date}: {why}',
  'next.score': 'score {score}',
  'next.planHint': 'Plan a test: hypo next --plan <id> [--method <method>]',
  'next.md.nothing': 'Nothing to test next: {why}.',
  'next.md.planHint': 'Plan a test: `hypo next --plan <id> [--method <method>]`.',
  'next.md.suggested': 'Next: **{method}**, {why}',

  // Why a hypothesis ranks where it does. The evidence reason is made of its parts:
  // `{importance}, {evidence}{source}{last}`, the last two empty when they do not apply.
  'next.reason.evidence': '{importance}, {evidence}{source}{last}',
  'next.importance.stated': '{importance} importance',
  'next.importance.unstated': 'importance not stated (ranked as medium)',
  'next.evidence.none': 'no evidence',
  'next.evidence.only': 'only {evidence} evidence',
  'next.source.stated': ' (stated in the record)',
  'next.source.experiments': { one: ' from {n} done experiment', other: ' from {n} done experiments' },
  'next.last.inconclusive': ', and its last test was inconclusive',
  'next.reason.untested': 'open and untested for {days} days (stale after {staleAfter})',
  'next.reason.reviewDue': 'its review was due {day}',
  'next.reason.overdue': '"{id}" is still {status} {days} days after its end {end}',
  'next.reason.notStarted': '"{id}" is planned and has not started',
  'next.reason.guessing': 'the journey stage "{stage}" is still a guess: nothing there is tested',
  'next.reason.code': { one: '{n} tracked file rests on it (code: {code})', other: '{n} tracked files rest on it (code: {code})' },
  'next.reason.undecided': { one: 'an insight about it with no decision yet: {insights}', other: '{n} insights about it with no decision yet: {insights}' },

  // Why the method: the cheapest step up, made of its parts; the planned test; the one asked for.
  'next.why.cheapest': 'the cheapest way {from} to {to}: {observes}, cost {cost} of 5, about {duration}{sample}',
  'next.from.none': 'from no evidence',
  'next.from.level': 'from {evidence} evidence',
  'next.observes.does': 'what customers do',
  'next.observes.says': 'what customers say',
  'next.days': { one: '{n} day', other: '{n} days' },
  'next.sample': ', with at least {n} participants',
  'next.why.runPlanned': '"{id}" is planned already: run it',
  'next.why.asked': 'the method asked for',

  // hypo next --plan: the plan it writes into the experiment, and what it says on stderr.
  'next.plan.text': 'To verify that, we will {action}',
  'next.planned': 'planned {method} for {id}: {why}',
  ...METHOD_DESCRIPTIONS,
} as const satisfies Catalogue<string> & Record<NextMessageKey, Message>;
