// The one parser of a number with an optional unit: YAML numbers, Swedish thousands and
// decimal commas, signs, free units; refusals say what is wrong.
import { describe, expect, it } from 'vitest';
import { compareProblems } from '../../src/model/problem.js';
import { formatQuantity, parseQuantity, QUANTITY_PATTERN } from '../../src/model/quantity.js';
import { parseRecordText } from '../../src/store/read-record-file.js';

describe('parseQuantity', () => {
  it.each([
    [58, 58, null],
    [4.5, 4.5, null],
    [-2, -2, null],
    ['58', 58, null],
    ['58 %', 58, '%'],
    ['58%', 58, '%'],
    ['4 min', 4, 'min'],
    ['120 kr', 120, 'kr'],
    ['1 200 kr', 1200, 'kr'],
    ['1\u00a0200 kr', 1200, 'kr'],
    ['12 345 678 kr', 12345678, 'kr'],
    ['3,5 min', 3.5, 'min'],
    ['3.5 min', 3.5, 'min'],
    ['0,125', 0.125, null],
    ['1 200,50 kr', 1200.5, 'kr'],
    ['-2 pp', -2, 'pp'],
    ['\u22122 pp', -2, 'pp'],
    ['+5 %', 5, '%'],
    ['30 kr/mån', 30, 'kr/mån'],
    ['4 min per resa', 4, 'min per resa'],
    ['  64 %  ', 64, '%'],
  ])('%j → %j %j', (input, value, unit) => {
    expect(parseQuantity(input)).toEqual({ ok: true, quantity: { value, unit } });
    if (typeof input === 'string') expect(QUANTITY_PATTERN.test(input.trim())).toBe(true);
  });

  const EXAMPLES = '(e.g. 58, 58 %, 4 min, 1 200 kr, 3,5 min, -2 pp)';
  it.each([
    [
      '58 % → 70 %',
      `"58 % → 70 %" is not a number with an optional unit ${EXAMPLES}: a unit holds letters, %, ‰ or a currency sign, never a digit or a second number (got "% → 70 %")`,
    ],
    ['ungefär 60 %', `"ungefär 60 %" is not a number with an optional unit ${EXAMPLES}: start with the number`],
    [
      '5 m2',
      `"5 m2" is not a number with an optional unit ${EXAMPLES}: a unit holds letters, %, ‰ or a currency sign, never a digit or a second number (got "m2")`,
    ],
    ['', `"" is not a number with an optional unit ${EXAMPLES}`],
    ['1,200 kr', '"1,200 kr" could mean a decimal or thousands: write 1 200 kr for thousands, or 1,2 kr for a decimal'],
    ['1.000', '"1.000" could mean a decimal or thousands: write 1 000 for thousands, or 1 for a decimal'],
    [Number.POSITIVE_INFINITY, `Infinity is not a number with an optional unit ${EXAMPLES}`],
    [true, `true is not a number with an optional unit ${EXAMPLES}`],
    [[58], `a list is not a number with an optional unit ${EXAMPLES}`],
  ])('refuses %j', (input, problem) => {
    expect(parseQuantity(input)).toEqual({ ok: false, problem });
    if (typeof input === 'string') expect(QUANTITY_PATTERN.test(input)).toBe(false);
  });

  it('formats as written, spaces tidied', () => {
    expect(formatQuantity(' 1\u00a0200   kr ')).toBe('1 200 kr');
    expect(formatQuantity(4.5)).toBe('4.5');
  });
});

describe('baseline, target and result.value in the schema', () => {
  it('reports a value that is no quantity at its line and column, in the parser’s words', () => {
    const text = 'kind: hypothesis\ntitle: T\nstatement: s\nstatus: open\nbaseline: 58 % → 70 %\ntarget: [70]\ncpi: tid\n';
    const problems = parseRecordText(text, 'h.yaml').problems.sort(compareProblems);
    expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.rule} ${problem.message}`)).toEqual([
      '5:11 invalid-value baseline: "58 % → 70 %" is not a number with an optional unit (e.g. 58, 58 %, 4 min, 1 200 kr, 3,5 min, -2 pp): a unit holds letters, %, ‰ or a currency sign, never a digit or a second number (got "% → 70 %")',
      '6:9 wrong-type target must be a number or a text — got a list',
      '7:6 invalid-value cpi must be one of time, convenience, alternatives, money, achievement — got "tid" (did you mean "time"?)',
    ]);
  });

  it('takes an experiment’s result.value, and refuses an ambiguous one', () => {
    const experiment = (value: string) =>
      `kind: experiment\ntitle: E\ntests: [h]\nmethod: survey\nstatus: done\nresult:\n  summary: s\n  outcome: supports\n  value: ${value}\n`;
    expect(parseRecordText(experiment('64 %'), 'e.yaml').problems).toEqual([]);
    expect(parseRecordText(experiment('1,500 kr'), 'e.yaml').problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toEqual([
      '9:10 result.value: "1,500 kr" could mean a decimal or thousands: write 1 500 kr for thousands, or 1,5 kr for a decimal',
    ]);
  });
});
