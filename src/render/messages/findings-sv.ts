// The Swedish messages of hypo stale and hypo acted: what each finding says: exactly the keys of findings-en.ts.
// A decision is an ett-word (beslutet, försenat), an experiment too (klart, pågår).
import type { Catalogue } from './catalogue.js';
import type { EN_FINDINGS } from './findings-en.js';

export const SV_FINDINGS: Catalogue<keyof typeof EN_FINDINGS> = {
  'stale.untested': {
    one: 'öppen och otestad i {n} dag (inaktuell efter {limit}): testa den eller avskriv den',
    other: 'öppen och otestad i {n} dagar (inaktuell efter {limit}): testa den eller avskriv den',
  },
  'stale.reviewOverdue': { one: 'skulle granskas {date}, för {n} dag sedan', other: 'skulle granskas {date}, för {n} dagar sedan' },
  'stale.experimentOverdue': {
    one: 'pågår fortfarande {n} dag efter sitt slut {date}: avsluta det med ett resultat',
    other: 'pågår fortfarande {n} dagar efter sitt slut {date}: avsluta det med ett resultat',
  },
  'stale.testingWithoutExperiment': 'markerad som testas, men inget planerat eller pågående experiment testar den',
  'stale.withoutInsightSince': {
    one: 'klart sedan {date}, för {n} dag sedan (inaktuellt efter {limit}), och ingen insikt bygger på det: skriv ner vad ni lärde er',
    other: 'klart sedan {date}, för {n} dagar sedan (inaktuellt efter {limit}), och ingen insikt bygger på det: skriv ner vad ni lärde er',
  },
  'stale.withoutInsightAge': {
    one: 'klart, {n} dag gammalt (inaktuellt efter {limit}), och ingen insikt bygger på det: skriv ner vad ni lärde er',
    other: 'klart, {n} dagar gammalt (inaktuellt efter {limit}), och ingen insikt bygger på det: skriv ner vad ni lärde er',
  },
  'stale.nothing': 'ingenting inaktuellt per {date}',
  'stale.nothingAmongRead': 'ingenting inaktuellt bland de poster som gick att läsa, per {date}',
  'stale.count': { one: '{n} inaktuell post per {date}', other: '{n} inaktuella poster per {date}' },
  'stale.githubSummary': { one: '{n} inaktuell post per {date}', other: '{n} inaktuella poster per {date}' },

  'acted.title.overdue': 'Försenat',
  'acted.title.code-remains': 'Koden finns kvar',
  'acted.title.not-yet': 'Inte än',
  'acted.title.no-code-link': 'Ingen kodkoppling',
  'acted.title.acted': 'Genomfört',
  'acted.why.overdue': {
    one: 'ingen commit om beslutet under dagen efter det',
    other: 'ingen commit om beslutet under de {n} dagarna efter det',
  },
  'acted.why.code-remains': {
    one: 'stoppat eller pivoterat, koden spåras än efter {n} dag',
    other: 'stoppat eller pivoterat, koden spåras än efter {n} dagar',
  },
  'acted.why.not-yet': { one: 'ingen commit om det än, inom {n} dag', other: 'ingen commit om det än, inom {n} dagar' },
  'acted.why.no-code-link': 'inga code:-mönster, ingen Hypo:-trailer: hypo kan inte se',
  'acted.why.acted': 'en commit om det följde',
  'acted.noneToFollowUp': 'inga beslut att följa upp per {date}',
  'acted.heading': 'Besluten och koden, per {date}',
  'acted.ago': { one: 'för {n} dag sedan', other: 'för {n} dagar sedan' },
  'acted.firstCommit': { one: 'första commit {date} ({n} dag senare)', other: 'första commit {date} ({n} dagar senare)' },
  'acted.filesStillMatch': { one: '{n} spårad fil matchar fortfarande', other: '{n} spårade filer matchar fortfarande' },
  'acted.moreFiles': ', +{n} till',
  'acted.stateCount': '{state}: {n}',
  'acted.md.heading': 'Besluten och koden',
  'acted.md.lead': {
    one: 'Per {date}; ett beslut har {n} dag på sig att nå koden.',
    other: 'Per {date}; ett beslut har {n} dagar på sig att nå koden.',
  },
  'acted.md.none': 'Inga beslut att följa upp.',
  'acted.md.firstCommit': { one: 'första commit {date}, {n} dag senare', other: 'första commit {date}, {n} dagar senare' },
  'acted.md.stillTracked': 'spåras fortfarande: {files}',
  'acted.github.overdue': {
    one: '{action} {date}, och ingen commit om det under dagen sedan dess: genomför det, eller skriv i en commit varför inte (trailer Hypo: {id})',
    other: '{action} {date}, och ingen commit om det under de {n} dagarna sedan dess: genomför det, eller skriv i en commit varför inte (trailer Hypo: {id})',
  },
  'acted.github.codeRemains': {
    one: '{action} {date}, men {n} spårad fil matchar fortfarande dess kod: {files}',
    other: '{action} {date}, men {n} spårade filer matchar fortfarande dess kod: {files}',
  },
  'acted.github.summary': {
    one: '{flagged} av {n} beslut försenat eller med kod kvar per {date}',
    other: '{flagged} av {n} beslut försenade eller med kod kvar per {date}',
  },
};
