// The Swedish messages of hypo next and the Test next reasons: why a hypothesis ranks where it does, and what to run: exactly the keys of next-en.ts.
import type { Catalogue } from './catalogue.js';
import type { EN_NEXT } from './next-en.js';

export const SV_NEXT: Catalogue<keyof typeof EN_NEXT> = {
  // hypo next's list
  'next.heading': 'Testa härnäst, per {date}',
  'next.nothing': 'inget att testa härnäst per {date}: {why}',
  'next.score': 'poäng {score}',
  'next.planHint': 'Planera ett test: hypo next --plan <id> [--method <metod>]',
  'next.md.nothing': 'Inget att testa härnäst: {why}.',
  'next.md.planHint': 'Planera ett test: `hypo next --plan <id> [--method <metod>]`.',
  'next.md.suggested': 'Nästa: **{method}**, {why}',

  // Why a hypothesis ranks where it does
  'next.reason.evidence': '{importance}, {evidence}{source}{last}',
  'next.importance.stated': 'vikt: {importance}',
  'next.importance.unstated': 'vikt inte angiven (räknas som medel)',
  'next.evidence.none': 'inga belägg',
  'next.evidence.only': 'bara belägg på nivån {evidence}',
  'next.source.stated': ' (enligt posten)',
  'next.source.experiments': { one: ' från {n} avslutat experiment', other: ' från {n} avslutade experiment' },
  'next.last.inconclusive': ', och det senaste testet blev oavgjort',
  'next.reason.untested': 'öppen och otestad i {days} dagar (inaktuell efter {staleAfter})',
  'next.reason.reviewDue': 'den skulle ha granskats senast {day}',
  'next.reason.overdue': '"{id}" har fortfarande status {status} {days} dagar efter slutdatumet {end}',
  'next.reason.notStarted': '"{id}" är planerat men har inte startat',
  'next.reason.guessing': 'kundresesteget "{stage}" är fortfarande en gissning: inget där är testat',
  'next.reason.code': { one: '{n} spårad fil bygger på den (kod: {code})', other: '{n} spårade filer bygger på den (kod: {code})' },
  'next.reason.undecided': { one: 'en insikt om den saknar beslut: {insights}', other: '{n} insikter om den saknar beslut: {insights}' },

  // Why the method
  'next.why.cheapest': 'billigaste vägen {from} till nivån {to}: {observes}, kostnad {cost} av 5, cirka {duration}{sample}',
  'next.from.none': 'från inga belägg',
  'next.from.level': 'från nivån {evidence}',
  'next.observes.does': 'vad kunder gör',
  'next.observes.says': 'vad kunder säger',
  'next.days': { one: '{n} dag', other: '{n} dagar' },
  'next.sample': ', med minst {n} deltagare',
  'next.why.runPlanned': '"{id}" är redan planerat: kör det',
  'next.why.asked': 'metoden du bad om',

  // hypo next --plan. The methods' descriptions are infinitives: the plan reads on from "ska vi …".
  'next.plan.text': 'För att pröva det ska vi {action}',
  'next.planned': 'planerade {method} för {id}: {why}',
  'next.method.interview': 'Prata med kunder en och en om deras jobb, problem och vinster.',
  'next.method.survey': 'Ställa samma frågor till många kunder.',
  'next.method.panel': 'Fråga en fast grupp kunder, återkommande över tid.',
  'next.method.usability-test': 'Se kunder försöka lösa en uppgift i produkten eller i en prototyp.',
  'next.method.prototype': 'Låta kunder använda en klickbar prototyp eller en pappersprototyp.',
  'next.method.ab-test': 'Visa två versioner för jämförbara kunder och jämföra vad de gör.',
  'next.method.fake-door': 'Erbjuda något som inte finns än och räkna hur många som försöker ta det.',
  'next.method.concierge': 'Leverera värdet för hand till några få kunder och se om de fortsätter att använda och betala.',
  'next.method.analytics': 'Läsa vad kunderna redan gör i produktens data.',
  'next.method.focus-group': 'Diskutera med en grupp kunder tillsammans.',
  'next.method.eye-tracking': 'Mäta var kunderna tittar på en sida eller skärm.',
  'next.method.other': 'En metod som katalogen inte namnger.',
};
