import { describe, expect, it } from 'vitest';
import { cellText, columnSourceMap, exportColumns, fieldColumns, recordFromCells } from '../../src/model/record-columns.js';
import { locate } from '../../src/model/source-map.js';

describe('records as table rows', () => {
  it('has a column per field, nested fields dotted, in the schema’s order', () => {
    expect(fieldColumns('experiment')).toEqual([
      'title',
      'tests',
      'method',
      'status',
      'start',
      'end',
      'sample',
      'journey',
      'touchpoint',
      'plan',
      'measure',
      'result.summary',
      'result.outcome',
      'result.value',
      'owner',
      'created',
      'review_by',
      'tags',
      'code',
    ]);
    expect(exportColumns(['insight', 'hypothesis'], ['x-b', 'x-a']).slice(0, 6)).toEqual(['id', 'kind', 'file', 'title', 'statement', 'status']);
    expect(exportColumns(['insight'], ['x-b', 'x-a']).slice(-2)).toEqual(['x-a', 'x-b']);
  });

  it('writes lists joined by "; " and nothing as an empty cell', () => {
    expect(cellText(['a', 'b'])).toBe('a; b');
    expect(cellText(12)).toBe('12');
    expect(cellText(undefined)).toBe('');
  });

  it('reads a row into a record in the schema’s order, with hypo new’s default status and no created', () => {
    const data = recordFromCells('experiment', {
      'result.outcome': 'supports',
      id: 'x',
      title: ' Panel ',
      tests: 'a; b ;',
      sample: '12',
      'result.summary': 'Åtta av tio',
      'x-jira': 'APP-1',
      code: '',
    });
    expect(data).toEqual({
      kind: 'experiment',
      title: 'Panel',
      tests: ['a', 'b'],
      status: 'planned',
      sample: 12,
      result: { summary: 'Åtta av tio', outcome: 'supports' },
      'x-jira': 'APP-1',
    });
    expect(Object.keys(data)).toEqual(['kind', 'title', 'tests', 'status', 'sample', 'result', 'x-jira']);
    expect(Object.keys(data.result as object)).toEqual(['summary', 'outcome']);
  });

  it('gives every column a line of its own, present or not, so problems point back at cells', () => {
    const { sourceMap, columnAt } = columnSourceMap('experiment');
    expect(columnAt(locate(sourceMap, ['tests', 3])[0])).toBe('tests');
    expect(columnAt(locate(sourceMap, ['result', 'outcome'])[0])).toBe('result.outcome');
    expect(columnAt(locate(sourceMap, ['plan'])[0])).toBe('plan');
    expect(columnAt(locate(sourceMap, [])[0])).toBeUndefined();
  });
});
