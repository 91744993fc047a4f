import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { applyTextEdits, type TextEdit, type YamlValue } from '../../src/store/edit-yaml-text.js';

// Copies of records in examples/transit-app/learning/: a `>` block at the top level and nested,
// trailing comments, a comment line, a flow list, block lists and å ä ö.
const EXPERIMENT = `# yaml-language-server: $schema=../../../../schemas/experiment.schema.json
kind: experiment
title: A/B-test – Swish först i kassan
tests:
  - swish-forst-i-kassan-okar-konverteringen
method: ab-test
status: done
start: 2026-09-14
end: 2026-10-04   # three full weeks, to cover the first-of-month periodkort peak
sample: 38412      # started checkouts, split 50/50
plan: >
  To verify that, we will show half of the started checkouts (iOS and
  Android) the payment step with Swish pre-selected at the top, and the other
  half today's step with card first, for three weeks.
measure: Checkout conversion per variant, time from payment step to receipt, failed payments.
result:
  summary: >
    Conversion 64.9 % with Swish first against 61.8 % with card first
    (+3.1 percentage points, 95 % interval +2.1 to +4.1). Median time to
    receipt fell from 48 to 31 seconds. Failed payments unchanged at 1.9 %.
  outcome: supports
owner: Sara Öberg
created: 2026-09-01
tags: [kassan, betalning, swish, ab-test]
# Team extensions: ignored by hypo, used by our own dashboards.
x-feature-flag: checkout.swish_first
x-jira: APP-1182
`;

const HYPOTHESIS = `# yaml-language-server: $schema=../../../../schemas/hypothesis.schema.json
kind: hypothesis
title: Färjeresenärer vill se färjan i realtid
statement: >
  Vi tror att färjeresenärer i skärgården vill se var färjan är just nu,
  eftersom avgångarna från Storö och Lillö ofta flyttas några minuter av
  väder och bilköer, och tidtabellen då inte räcker för att veta när de
  ska gå hemifrån.
status: supported
segment: färjeresenärer (pendlare på Storö- och Lillölinjerna)
journey: resa
metric: Minuter resenären väntar på bryggan (självrapporterat), andel som öppnar realtidsvyn före avresa
metric_type: customer
success: We are right if at least 10 of 14 interviewed ferry travellers describe checking the ferry's position as part of their routine, and the panel ranks it among its top three wishes.
importance: high
evidence: strong
owner: Elin Lindqvist
created: 2026-07-06
tags: [färja, realtid, skärgård]
# The realtime view and the ferry AIS feed rest on this belief.
code:
  - src/realtime/**
  - src/ferry/**
`;

const INSIGHT = `# yaml-language-server: $schema=../../../../schemas/insight.schema.json
kind: insight
title: Swish först gav tre procentenheter högre konvertering
observed: >
  Conversion 64.9 % against 61.8 % over 38 412 started checkouts
  (+3.1 pp, 95 % interval +2.1 to +4.1); median time to receipt 31 s
  instead of 48 s.
from:
  - ab-test-swish-forst-i-kassan
evidence: quantitative
date: 2026-10-07
decision:
  action: persevere
  summary: Therefore we will roll Swish first out to all users in release 4.12 and keep the flag for two more sprints.
  date: 2026-10-08
  owner: Sara Öberg
owner: Sara Öberg
tags: [kassan, betalning, swish]
`;

const set = (path: string, value: YamlValue): TextEdit => ({ path: path.split('.'), value });
const remove = (path: string): TextEdit => ({ path: path.split('.'), value: undefined });
const edit = (text: string, ...edits: TextEdit[]) => applyTextEdits(text, edits);
const data = (text: string): unknown => parse(text, { schema: 'core' });

/** The lines that differ: where they start, the old ones and the new ones (one changed stretch). */
function lineDiff(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  let tail = 0;
  while (tail < a.length - at && tail < b.length - at && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { at, removed: a.slice(at, a.length - tail), added: b.slice(at, b.length - tail) };
}

const lineIndex = (text: string, line: string) => {
  const index = text.split('\n').indexOf(line);
  if (index < 0) throw new Error(`no line ${line}`);
  return index;
};

/** Checks the exact result and that only `oldLines` → `newLines` changed, starting at `oldLines[0]` (or after `anchor`). */
function expectLines(before: string, after: string, oldLines: string[], newLines: string[], anchor?: string) {
  const at = anchor === undefined ? lineIndex(before, oldLines[0]!) : lineIndex(before, anchor) + 1;
  expect(lineDiff(before, after)).toEqual({ at, removed: oldLines, added: newLines });
  const lines = before.split('\n');
  lines.splice(at, oldLines.length, ...newLines);
  expect(after).toBe(lines.join('\n'));
}

describe('applyTextEdits: replacing scalars', () => {
  it('changes only the value of a plain scalar', () => {
    expectLines(EXPERIMENT, edit(EXPERIMENT, set('status', 'testing')), ['status: done'], ['status: testing']);
  });

  it('keeps the trailing comment and its spacing', () => {
    const out = edit(EXPERIMENT, set('end', '2026-10-11'), set('sample', 40120));
    expect(lineDiff(EXPERIMENT, out)).toEqual({
      at: lineIndex(EXPERIMENT, 'end: 2026-10-04   # three full weeks, to cover the first-of-month periodkort peak'),
      removed: ['end: 2026-10-04   # three full weeks, to cover the first-of-month periodkort peak', 'sample: 38412      # started checkouts, split 50/50'],
      added: ['end: 2026-10-11   # three full weeks, to cover the first-of-month periodkort peak', 'sample: 40120      # started checkouts, split 50/50'],
    });
  });

  it('keeps double and single quotes, escaping with the quote style', () => {
    const text = HYPOTHESIS.replace('title: Färjeresenärer vill se färjan i realtid', 'title: "Färjeresenärer vill se färjan i realtid"').replace(
      'journey: resa',
      "journey: 'resa'",
    );
    const out = edit(text, set('title', 'Färjan i realtid: "var är den?"'), set('journey', "resenärens väg, it's"));
    expect(out).toBe(
      text
        .replace('title: "Färjeresenärer vill se färjan i realtid"', 'title: "Färjan i realtid: \\"var är den?\\""')
        .replace("journey: 'resa'", "journey: 'resenärens väg, it''s'"),
    );
  });

  it.each([
    ['yes', 'status: "yes"'],
    ['123', 'status: "123"'],
    ['true', 'status: "true"'],
    ['a: b', 'status: "a: b"'],
    ['#x', 'status: "#x"'],
    [' leading space', 'status: " leading space"'],
    ['', 'status: ""'],
  ])('quotes %j where the plain original cannot hold it', (value, line) => {
    const out = edit(EXPERIMENT, set('status', value));
    expectLines(EXPERIMENT, out, ['status: done'], [line]);
    expect((data(out) as Record<string, unknown>).status).toBe(value);
  });

  it('keeps dates and Swedish text plain', () => {
    expectLines(
      EXPERIMENT,
      edit(EXPERIMENT, set('owner', 'Åsa Öström'), set('created', '2026-09-02')),
      ['owner: Sara Öberg', 'created: 2026-09-01'],
      ['owner: Åsa Öström', 'created: 2026-09-02'],
    );
  });

  it('writes a multi-line string as a block literal, two spaces deeper than its key', () => {
    const measure = 'measure: Checkout conversion per variant, time from payment step to receipt, failed payments.';
    expectLines(
      EXPERIMENT,
      edit(EXPERIMENT, set('measure', 'Konvertering per variant.\nMisslyckade betalningar.')),
      [measure],
      ['measure: |-', '  Konvertering per variant.', '  Misslyckade betalningar.'],
    );
    expectLines(
      EXPERIMENT,
      edit(EXPERIMENT, set('measure', 'Konvertering.\nTid till kvitto.\n')),
      [measure],
      ['measure: |', '  Konvertering.', '  Tid till kvitto.'],
    );
    expectLines(EXPERIMENT, edit(EXPERIMENT, set('result.outcome', 'ett\ntvå')), ['  outcome: supports'], ['  outcome: |-', '    ett', '    två']);
    const sample = 'sample: 38412      # started checkouts, split 50/50';
    expectLines(EXPERIMENT, edit(EXPERIMENT, set('sample', 'ett\ntvå')), [sample], ['sample: |-      # started checkouts, split 50/50', '  ett', '  två']);
  });

  it('turns a block scalar set to one line into a scalar on the key line', () => {
    const plan = lineIndex(EXPERIMENT, 'plan: >');
    const oldPlan = EXPERIMENT.split('\n').slice(plan, plan + 4);
    expectLines(EXPERIMENT, edit(EXPERIMENT, set('plan', 'Hälften får Swish först i tre veckor.')), oldPlan, ['plan: Hälften får Swish först i tre veckor.']);
    const summary = lineIndex(EXPERIMENT, '  summary: >');
    const oldSummary = EXPERIMENT.split('\n').slice(summary, summary + 4);
    expectLines(EXPERIMENT, edit(EXPERIMENT, set('result.summary', '+3,1 procentenheter')), oldSummary, ['  summary: +3,1 procentenheter']);
  });

  it('keeps a comment after a block header', () => {
    const text = 'kind: hypothesis\nstatement: >  # rewrite before the review\n  Vi tror\n  att.\nstatus: open\n';
    expect(edit(text, set('statement', 'Vi tror att.'))).toBe('kind: hypothesis\nstatement: Vi tror att.  # rewrite before the review\nstatus: open\n');
  });

  it('leaves the text alone when the value is already there', () => {
    expect(edit(EXPERIMENT, set('status', 'done'), set('tags', ['kassan', 'betalning', 'swish', 'ab-test']))).toBe(EXPERIMENT);
  });
});

describe('applyTextEdits: lists', () => {
  it('appends to a flow list on the same line, in its spacing', () => {
    const tags = 'tags: [kassan, betalning, swish, ab-test]';
    expectLines(
      EXPERIMENT,
      edit(EXPERIMENT, set('tags', ['kassan', 'betalning', 'swish', 'ab-test', 'app'])),
      [tags],
      ['tags: [kassan, betalning, swish, ab-test, app]'],
    );
    const padded = EXPERIMENT.replace(tags, 'tags: [ kassan, "betalning" ]');
    expectLines(
      padded,
      edit(padded, set('tags', ['kassan', 'betalning', 'ny vy'])),
      ['tags: [ kassan, "betalning" ]'],
      ['tags: [ kassan, "betalning", ny vy ]'],
    );
  });

  it('replaces a flow list, quoting what a flow list cannot hold plain', () => {
    expectLines(
      HYPOTHESIS,
      edit(HYPOTHESIS, set('tags', ['färja', 'a, b', 'skärgård'])),
      ['tags: [färja, realtid, skärgård]'],
      ['tags: [färja, "a, b", skärgård]'],
    );
  });

  it('appends to a block list with one added line', () => {
    const out = edit(HYPOTHESIS, set('code', ['src/realtime/**', 'src/ferry/**', 'src/map/**']));
    expectLines(HYPOTHESIS, out, [], ['  - src/map/**'], '  - src/ferry/**');
    const atKeyColumn = 'tests:\n- a\n- b\nstatus: open\n';
    expect(edit(atKeyColumn, set('tests', ['a', 'b', 'c']))).toBe('tests:\n- a\n- b\n- c\nstatus: open\n');
  });

  it('replaces block list items in place, keeping the other lines and comments', () => {
    const out = edit(EXPERIMENT, set('tests', ['swish-forst-okar-konverteringen']));
    expectLines(EXPERIMENT, out, ['  - swish-forst-i-kassan-okar-konverteringen'], ['  - swish-forst-okar-konverteringen']);
    const text = 'tests:\n    - a   # the first one\n    - b\n    - "c"\nstatus: open\n';
    expect(edit(text, set('tests', ['a', 'renamed', 'c']))).toBe('tests:\n    - a   # the first one\n    - renamed\n    - "c"\nstatus: open\n');
    expect(edit(text, set('tests', ['z', 'a', 'b', 'c']))).toBe('tests:\n    - z\n    - a   # the first one\n    - b\n    - "c"\nstatus: open\n');
  });

  it('writes an empty list as []', () => {
    expectLines(EXPERIMENT, edit(EXPERIMENT, set('tags', [])), ['tags: [kassan, betalning, swish, ab-test]'], ['tags: []']);
    expectLines(HYPOTHESIS, edit(HYPOTHESIS, set('code', [])), ['code:', '  - src/realtime/**', '  - src/ferry/**'], ['code: []']);
  });

  it('fills an empty list in the file’s flow spacing', () => {
    expect(edit('tags: []\ncode: [ a ]\n', set('tags', ['båt', 'buss']))).toBe('tags: [ båt, buss ]\ncode: [ a ]\n');
  });
});

describe('applyTextEdits: adding keys', () => {
  it('adds a top-level key after the last entry', () => {
    expectLines(EXPERIMENT, edit(EXPERIMENT, set('x-owner-team', 'Kassan')), [], ['x-owner-team: Kassan'], 'x-jira: APP-1182');
  });

  it('adds a key after a last entry that is a block list', () => {
    expectLines(HYPOTHESIS, edit(HYPOTHESIS, set('x-jira', 'APP-77')), [], ['x-jira: APP-77'], '  - src/ferry/**');
  });

  it('adds a nested key to an existing mapping, with its indentation', () => {
    expectLines(
      EXPERIMENT,
      edit(EXPERIMENT, set('result.x-note', 'Gäller iOS och Android.')),
      [],
      ['  x-note: Gäller iOS och Android.'],
      '  outcome: supports',
    );
    const text = 'result:\n  outcome: supports\n  summary: >\n    Längre\n    text.\nowner: Sara\n';
    expect(edit(text, set('result.x-note', 'ny'))).toBe('result:\n  outcome: supports\n  summary: >\n    Längre\n    text.\n  x-note: ny\nowner: Sara\n');
  });

  it('creates a missing parent mapping with its keys', () => {
    const out = edit(EXPERIMENT, set('decision.action', 'pivot'), set('decision.summary', 'Vi byter till kort först: Swish kostar mer.'));
    expectLines(EXPERIMENT, out, [], ['decision:', '  action: pivot', '  summary: "Vi byter till kort först: Swish kostar mer."'], 'x-jira: APP-1182');
  });

  it('fills an empty parent', () => {
    expect(edit('kind: insight\ndecision:\nowner: Sara\n', set('decision.action', 'pivot'))).toBe('kind: insight\ndecision:\n  action: pivot\nowner: Sara\n');
  });

  it('writes fresh lists of short items in flow style, others as blocks, and objects as blocks', () => {
    const ten = ['kassan-ett', 'kassan-två', 'kassan-tre', 'kassan-fyr', 'kassan-fem', 'kassan-sex', 'kassan-sju'];
    const out = edit(
      INSIGHT,
      set('hypotheses', ['swish-forst-i-kassan-okar-konverteringen']),
      set('x-long', ['farjeresenarer-koper-hellre-biljett-ombord']),
      set('x-many', ten),
      set('x-meta', { a: 1, b: ['x'] }),
    );
    expectLines(
      INSIGHT,
      out,
      [],
      [
        'hypotheses: [swish-forst-i-kassan-okar-konverteringen]',
        'x-long:',
        '  - farjeresenarer-koper-hellre-biljett-ombord',
        'x-many:',
        ...ten.map((item) => `  - ${item}`),
        'x-meta:',
        '  a: 1',
        '  b: [x]',
      ],
      'tags: [kassan, betalning, swish]',
    );
  });
});

describe('applyTextEdits: removing keys', () => {
  it('removes a top-level key with its block scalar', () => {
    const plan = lineIndex(EXPERIMENT, 'plan: >');
    expectLines(EXPERIMENT, edit(EXPERIMENT, remove('plan')), EXPERIMENT.split('\n').slice(plan, plan + 4), []);
  });

  it('removes a block list but leaves the comment line above it', () => {
    expectLines(HYPOTHESIS, edit(HYPOTHESIS, remove('code')), ['code:', '  - src/realtime/**', '  - src/ferry/**'], []);
  });

  it('removes nested keys', () => {
    expectLines(EXPERIMENT, edit(EXPERIMENT, remove('result.outcome')), ['  outcome: supports'], []);
    const summary = lineIndex(EXPERIMENT, '  summary: >');
    expectLines(EXPERIMENT, edit(EXPERIMENT, remove('result.summary')), EXPERIMENT.split('\n').slice(summary, summary + 4), []);
  });

  it('writes {} for a nested mapping whose last key is removed', () => {
    expect(edit('decision:\n  action: pivot\nowner: Sara\n', remove('decision.action'))).toBe('decision: {}\nowner: Sara\n');
  });

  it('does nothing for a key that is not there', () => {
    expect(edit(EXPERIMENT, remove('decision'), remove('decision.next'), remove('result.x-none'))).toBe(EXPERIMENT);
  });
});

describe('applyTextEdits: line ends', () => {
  const edits = [
    set('status', 'testing'),
    set('tests', ['a', 'b']),
    remove('plan'),
    set('measure', 'x\ny'),
    set('decision.action', 'pivot'),
    set('end', '2026-10-05'),
  ];

  it('keeps a CRLF file CRLF on every line', () => {
    const crlf = EXPERIMENT.replace(/\n/g, '\r\n');
    const out = applyTextEdits(crlf, edits);
    expect(out).not.toMatch(/[^\r]\n/);
    expect(out).toBe(applyTextEdits(EXPERIMENT, edits).replace(/\n/g, '\r\n'));
    expect(out).toContain('end: 2026-10-05   # three full weeks, to cover the first-of-month periodkort peak\r\n');
  });

  it('puts a key added to a file without a final newline on its own line', () => {
    const text = 'kind: hypothesis\nstatus: open';
    expect(edit(text, set('owner', 'Elin'))).toBe('kind: hypothesis\nstatus: open\nowner: Elin');
    expect(edit(text, set('status', 'testing'))).toBe('kind: hypothesis\nstatus: testing');
    expect(edit(text, remove('status'))).toBe('kind: hypothesis');
    expect(edit('tests:\n  - a', set('tests', ['a', 'b']))).toBe('tests:\n  - a\n  - b');
  });
});

describe('applyTextEdits: the Document API fallback', () => {
  it('edits under a flow-mapping parent with the right data and the comments kept', () => {
    const text = 'kind: experiment\n# Keep this comment.\nstatus: done  # why\nresult: {summary: x}\n';
    const out = edit(text, set('result.outcome', 'supports'));
    expect(data(out)).toEqual({ kind: 'experiment', status: 'done', result: { summary: 'x', outcome: 'supports' } });
    expect(out).toContain('# Keep this comment.');
    expect(out).toContain('# why');
  });

  it('edits an anchored value without changing what its aliases show', () => {
    const text = 'kind: experiment\nowner: &owner Sara Öberg\nx-reviewer: *owner\n';
    expect(data(edit(text, set('owner', 'Elin')))).toEqual({ kind: 'experiment', owner: 'Elin', 'x-reviewer': 'Sara Öberg' });
    expect(data(edit(text, remove('owner')))).toEqual({ kind: 'experiment', 'x-reviewer': 'Sara Öberg' });
  });

  it('edits the first of several documents and keeps the others', () => {
    const out = edit('kind: experiment\n---\nother: 1\n', set('status', 'done'));
    expect(parseAllDocuments(out).map((doc) => doc.toJS())).toEqual([{ kind: 'experiment', status: 'done' }, { other: 1 }]);
  });

  it('throws on text that does not parse', () => {
    expect(() => edit('kind: [experiment\n', set('status', 'done'))).toThrow(/does not parse/);
  });
});

describe('applyTextEdits: several edits in one call', () => {
  it('applies them in order on the changing text', () => {
    const out = edit(
      INSIGHT,
      set('decision.action', 'pivot'),
      set('decision.summary', 'Vi ändrar kassan.\nKortet först igen.'),
      remove('decision.date'),
      set('from', ['ab-test-swish-forst-i-kassan', 'kundpanel-hosten-2026']),
      set('tags', ['kassan']),
      set('x-next', 'Ny enkät'),
    );
    expect(out).toBe(`# yaml-language-server: $schema=../../../../schemas/insight.schema.json
kind: insight
title: Swish först gav tre procentenheter högre konvertering
observed: >
  Conversion 64.9 % against 61.8 % over 38 412 started checkouts
  (+3.1 pp, 95 % interval +2.1 to +4.1); median time to receipt 31 s
  instead of 48 s.
from:
  - ab-test-swish-forst-i-kassan
  - kundpanel-hosten-2026
evidence: quantitative
date: 2026-10-07
decision:
  action: pivot
  summary: |-
    Vi ändrar kassan.
    Kortet först igen.
  owner: Sara Öberg
owner: Sara Öberg
tags: [kassan]
x-next: Ny enkät
`);
  });
});

describe('applyTextEdits: random edits of top-level scalars', () => {
  const VALUES: YamlValue[] = [
    'testing',
    'yes',
    'no',
    'on',
    '123',
    '1.5',
    '0o17',
    'a: b',
    '#x',
    'x #y',
    ' leading',
    'trailing ',
    "it's",
    '"quoted"',
    'Åsa Öberg',
    '',
    '- dash',
    '[x]',
    '{y}',
    '@at',
    '%pct',
    'null',
    '~',
    '2026-10-05',
    'two\nlines',
    'ends with a newline\n',
    '  indented\nfirst',
    'x'.repeat(120),
    42,
    0,
    -1.25,
    true,
    false,
    null,
  ];

  /** A small fixed-seed generator (mulberry32): the same edits on every run. */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  /** Each top-level entry's lines, by key; comment lines on their own are left out. */
  const entryLines = (text: string): Map<string, string[]> => {
    const entries = new Map<string, string[]>();
    let current: string[] | undefined;
    for (const line of text.split('\n')) {
      const key = /^([^\s#][^:]*):/.exec(line)?.[1];
      if (key !== undefined) {
        current = [];
        entries.set(key, current);
      }
      if (line.startsWith('#')) current = undefined;
      current?.push(line);
    }
    return entries;
  };

  it.each([1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987])('seed %i', (seed) => {
    const next = random(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    for (const text of [EXPERIMENT, HYPOTHESIS, INSIGHT]) {
      const keys = [...entryLines(text).keys()].filter((key) => key !== 'kind' && key !== 'tags' && key !== 'code' && key !== 'decision' && key !== 'result');
      const edits = Array.from({ length: 1 + Math.floor(next() * 5) }, () => {
        const key = pick([...keys, 'x-new', 'x-other']);
        return next() < 0.3 ? remove(key) : set(key, pick(VALUES));
      });
      const expected = data(text) as Record<string, unknown>;
      for (const { path, value } of edits) {
        if (value === undefined) delete expected[path[0]!];
        else expected[path[0]!] = value;
      }
      const out = applyTextEdits(text, edits);
      expect(data(out), JSON.stringify(edits)).toEqual(expected);
      const outLines = out.split('\n');
      for (const line of text.split('\n').filter((line) => line.trimStart().startsWith('#'))) expect(outLines).toContain(line);
      // Entries no edit touched keep every line as it was.
      const edited = new Set(edits.map(({ path }) => path[0]));
      for (const [key, lines] of entryLines(text)) if (!edited.has(key)) for (const line of lines) expect(outLines, key).toContain(line);
    }
  });
});
