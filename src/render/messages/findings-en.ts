// The English messages of hypo stale and hypo acted: what each finding says.
// A stale finding's message here is exactly the one src/rules/stale.ts writes into the
// JSON (its `message`): the same words, the same "days" where the rule always says days.
import type { Catalogue } from './catalogue.js';

export const EN_FINDINGS = {
  // hypo stale: each finding, by its reason
  'stale.untested': {
    one: 'open and untested for {n} days (stale after {limit}): test it, or retire it',
    other: 'open and untested for {n} days (stale after {limit}): test it, or retire it',
  },
  'stale.reviewOverdue': { one: 'review was due {date}, {n} day ago', other: 'review was due {date}, {n} days ago' },
  'stale.experimentOverdue': {
    one: 'still running {n} days after its end {date}: finish it with a result',
    other: 'still running {n} days after its end {date}: finish it with a result',
  },
  'stale.testingWithoutExperiment': 'marked testing, but no planned or running experiment tests it',
  'stale.withoutInsightSince': {
    one: 'done since {date}, {n} days ago (stale after {limit}), and no insight draws on it: write down what was learned',
    other: 'done since {date}, {n} days ago (stale after {limit}), and no insight draws on it: write down what was learned',
  },
  'stale.withoutInsightAge': {
    one: 'done, {n} days old (stale after {limit}), and no insight draws on it: write down what was learned',
    other: 'done, {n} days old (stale after {limit}), and no insight draws on it: write down what was learned',
  },
  // hypo stale: the summary line
  'stale.nothing': 'nothing stale as of {date}',
  'stale.nothingAmongRead': 'nothing stale among the records that could be read as of {date}',
  'stale.count': { one: '{n} stale record as of {date}', other: '{n} stale records as of {date}' },
  'stale.githubSummary': { one: '{n} stale record(s) as of {date}', other: '{n} stale record(s) as of {date}' },

  // hypo acted: the states, as headings and what each means
  'acted.title.overdue': 'Overdue',
  'acted.title.code-remains': 'Code remains',
  'acted.title.not-yet': 'Not yet',
  'acted.title.no-code-link': 'No code link',
  'acted.title.acted': 'Acted',
  'acted.why.overdue': {
    one: 'no commit about the decision in the {n} days after it',
    other: 'no commit about the decision in the {n} days after it',
  },
  'acted.why.code-remains': {
    one: 'stopped or pivoted, its code still tracked after {n} days',
    other: 'stopped or pivoted, its code still tracked after {n} days',
  },
  'acted.why.not-yet': { one: 'no commit about it yet, within {n} days', other: 'no commit about it yet, within {n} days' },
  'acted.why.no-code-link': 'no code globs and no Hypo: trailer: hypo cannot tell',
  'acted.why.acted': 'a commit about it followed',
  // hypo acted, text
  'acted.noneToFollowUp': 'no decisions to follow up as of {date}',
  'acted.heading': 'Decisions and the code, as of {date}',
  'acted.ago': { one: '{n} day ago', other: '{n} days ago' },
  'acted.firstCommit': { one: 'first commit {date} ({n} day later)', other: 'first commit {date} ({n} days later)' },
  'acted.filesStillMatch': { one: '{n} tracked file still matches', other: '{n} tracked files still match' },
  'acted.moreFiles': ', +{n} more',
  'acted.stateCount': '{n} {state}',
  // hypo acted, markdown
  'acted.md.heading': 'Decisions and the code',
  'acted.md.lead': {
    one: 'As of {date}; a decision has {n} days to reach the code.',
    other: 'As of {date}; a decision has {n} days to reach the code.',
  },
  'acted.md.none': 'No decisions to follow up.',
  'acted.md.firstCommit': { one: 'first commit {date}, {n} day later', other: 'first commit {date}, {n} days later' },
  'acted.md.stillTracked': 'still tracked: {files}',
  // hypo acted, GitHub annotations
  'acted.github.overdue': {
    one: '{action} on {date}, and no commit about it in the {n} days since: carry it out, or say in a commit why not (trailer Hypo: {id})',
    other: '{action} on {date}, and no commit about it in the {n} days since: carry it out, or say in a commit why not (trailer Hypo: {id})',
  },
  'acted.github.codeRemains': {
    one: '{action} on {date}, yet {n} tracked file still matches its code: {files}',
    other: '{action} on {date}, yet {n} tracked files still match its code: {files}',
  },
  'acted.github.summary': {
    one: '{flagged} of {n} decision(s) overdue or with code remaining as of {date}',
    other: '{flagged} of {n} decision(s) overdue or with code remaining as of {date}',
  },
} as const satisfies Catalogue<string>;
