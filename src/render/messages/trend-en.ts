// The English messages of hypo trend: its text, markdown and page.
import type { Catalogue } from './catalogue.js';

export const EN_TREND = {
  // Titles and the line under them
  'trend.title': 'Learning loop trend',
  'trend.eyebrow': 'Learning-loop trend',
  'trend.pageTitle': 'Learning loop trend · {heading}',
  'trend.noPeriods': 'No periods',
  'trend.sprints': { one: '{n} sprint', other: '{n} sprints' },
  'trend.periods': { one: '{n} period', other: '{n} periods' },
  'trend.eachAsOfItsEnd': '{count}, each as of its own end · made {day}',
  'trend.footer': 'Made by hypo trend · {heading} · as of {day}',

  // Sections and empty states
  'trend.sprintBySprint': 'Sprint by sprint',
  'trend.periodByPeriod': 'Period by period',
  'trend.overTime': 'Over time',
  'trend.noPeriodsToShow': 'No periods to show.',
  'trend.noPeriodsToCompare': 'no periods to compare',

  // The tables: the first column, the columns the report has no heading for, and the terminal's short row labels
  'trend.col.sprint': 'Sprint',
  'trend.col.stale': 'Stale',
  'trend.col.customerShare': 'Customer share',
  'trend.col.daysToTesting': 'Days to testing',
  'trend.col.daysToOutcome': 'Days to outcome',
  'trend.col.daysToCommit': 'Days to commit',
  'trend.col.daysToCode': 'Days to code',
  'trend.row.notActedOn': 'not acted on',
  'trend.row.noEvidence': 'no evidence',
  'trend.row.shortened': 'No evidence: decided without evidence.',
  'trend.row.until': 'to {day}',

  // What the columns count
  'trend.note.columns.sprint':
    'Tested, learned, decided and opened count what happened in each sprint; not acted on, decided without evidence, stale and customer share are as of its end. ' +
    'The days are medians from a hypothesis entering the repository to its first test and to its first outcome, over everything up to the sprint’s end.',
  'trend.note.columns.period':
    'Tested, learned, decided and opened count what happened in each period; not acted on, decided without evidence, stale and customer share are as of its end. ' +
    'The days are medians from a hypothesis entering the repository to its first test and to its first outcome, over everything up to the period’s end.',
  'trend.note.acted.sprint':
    'Acted, overdue and code remains count the decisions taken in each sprint by what the code did by its end, as hypo acted judges them. ' +
    'Days to commit and days to code are medians from a decision to the first commit about it and from a hypothesis to the first commit touching its code, over everything up to the sprint’s end.',
  'trend.note.acted.period':
    'Acted, overdue and code remains count the decisions taken in each period by what the code did by its end, as hypo acted judges them. ' +
    'Days to commit and days to code are medians from a decision to the first commit about it and from a hypothesis to the first commit touching its code, over everything up to the period’s end.',
  'trend.note.unfinished.sprint': 'The last sprint has not ended: {name} is shown as of {day}.',
  'trend.note.unfinished.period': 'The last period has not ended: {name} is shown as of {day}.',

  // The charts
  'trend.word.sprint': 'sprint',
  'trend.word.period': 'period',
  'trend.chart.loop': 'Tested, learned and decided per {word}',
  'trend.chart.perWord': 'Per {word}',
  'trend.chart.three': '{first}, {second} and {third}',
  'trend.chart.color.blue': 'blue',
  'trend.chart.color.green': 'green',
  'trend.chart.color.amber': 'amber',
  'trend.chart.cycleCaption': 'Median days to testing and to an outcome',
  'trend.chart.cycleLabel': 'Median days from a hypothesis to testing and to an outcome',
  'trend.chart.cycleScope': 'Over everything up to each {word}’s end.',
  'trend.chart.toTesting': 'To testing',
  'trend.chart.toOutcome': 'To outcome',
  'trend.chart.noneYet': 'none yet',
} as const satisfies Catalogue<string>;
