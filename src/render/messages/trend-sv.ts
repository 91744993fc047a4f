// The Swedish messages of hypo trend: its text, markdown and page: exactly the keys of trend-en.ts.
import type { Catalogue } from './catalogue.js';
import type { EN_TREND } from './trend-en.js';

export const SV_TREND: Catalogue<keyof typeof EN_TREND> = {
  // Titles and the line under them
  'trend.title': 'Lärloopens trend',
  'trend.eyebrow': 'Lärloopens trend',
  'trend.pageTitle': 'Lärloopens trend · {heading}',
  'trend.noPeriods': 'Inga perioder',
  'trend.sprints': { one: '{n} sprint', other: '{n} sprintar' },
  'trend.periods': { one: '{n} period', other: '{n} perioder' },
  'trend.eachAsOfItsEnd': '{count}, var och en per sitt slut · skapad {day}',
  'trend.footer': 'Skapad av hypo trend · {heading} · per {day}',

  // Sections and empty states
  'trend.sprintBySprint': 'Sprint för sprint',
  'trend.periodByPeriod': 'Period för period',
  'trend.overTime': 'Över tid',
  'trend.noPeriodsToShow': 'Inga perioder att visa.',
  'trend.noPeriodsToCompare': 'inga perioder att jämföra',

  // The tables: the first column, the columns the report has no heading for, and the terminal's short row labels
  'trend.col.sprint': 'Sprint',
  'trend.col.stale': 'Inaktuella',
  'trend.col.customerShare': 'Kundandel',
  'trend.col.daysToTesting': 'Dagar till test',
  'trend.col.daysToOutcome': 'Dagar till utfall',
  'trend.col.daysToCommit': 'Dagar till commit',
  'trend.col.daysToCode': 'Dagar till kod',
  'trend.row.notActedOn': 'ej omsatt',
  'trend.row.noEvidence': 'utan belägg',
  'trend.row.shortened': 'Ej omsatt: inte omsatt i handling. Utan belägg: beslutat utan belägg.',
  'trend.row.until': '– {day}',

  // What the columns count
  'trend.note.columns.sprint':
    'Testat, lärt, beslutat och öppnat räknar det som hände under varje sprint; inte omsatt i handling, beslutat utan belägg, inaktuella och kundandel gäller vid sprintens slut. ' +
    'Dagarna är medianer från att en hypotes kom in i repot till dess första test och till dess första utfall, över allt till och med sprintens slut.',
  'trend.note.columns.period':
    'Testat, lärt, beslutat och öppnat räknar det som hände under varje period; inte omsatt i handling, beslutat utan belägg, inaktuella och kundandel gäller vid periodens slut. ' +
    'Dagarna är medianer från att en hypotes kom in i repot till dess första test och till dess första utfall, över allt till och med periodens slut.',
  'trend.note.acted.sprint':
    'Genomfört, försenat och koden finns kvar delar in besluten från varje sprint efter vad koden hade gjort vid sprintens slut, så som hypo acted bedömer dem. ' +
    'Dagar till commit och dagar till kod är medianer från ett beslut till den första commiten om det och från en hypotes till den första commiten som rör dess kod, över allt till och med sprintens slut.',
  'trend.note.acted.period':
    'Genomfört, försenat och koden finns kvar delar in besluten från varje period efter vad koden hade gjort vid periodens slut, så som hypo acted bedömer dem. ' +
    'Dagar till commit och dagar till kod är medianer från ett beslut till den första commiten om det och från en hypotes till den första commiten som rör dess kod, över allt till och med periodens slut.',
  'trend.note.unfinished.sprint': 'Den sista sprinten har inte tagit slut: {name} visas per {day}.',
  'trend.note.unfinished.period': 'Den sista perioden har inte tagit slut: {name} visas per {day}.',

  // The charts
  'trend.word.sprint': 'sprint',
  'trend.word.period': 'period',
  'trend.chart.loop': 'Testat, lärt och beslutat per {word}',
  'trend.chart.perWord': 'Per {word}',
  'trend.chart.three': '{first}, {second} och {third}',
  'trend.chart.color.blue': 'blå',
  'trend.chart.color.green': 'grön',
  'trend.chart.color.amber': 'gul',
  'trend.chart.cycleCaption': 'Median i dagar till test och till utfall',
  'trend.chart.cycleLabel': 'Median i dagar från en hypotes till test och till utfall',
  'trend.chart.cycleScope': 'Över allt till och med slutet av varje {word}.',
  'trend.chart.toTesting': 'Till test',
  'trend.chart.toOutcome': 'Till utfall',
  'trend.chart.noneYet': 'inget än',
};
