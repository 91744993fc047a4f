import { describe, expect, it } from 'vitest';
import { pathKey } from '../../src/model/source-map.js';
import { parseYamlMapping } from '../../src/store/parse-yaml.js';

const TEXT = 'kind: hypothesis\ntitle: Hi\ntags:\n  - a\n  - bb\nresult:\n  summary: x\nempty:\n';
const rules = (text: string) => parseYamlMapping(text, 'f.yaml').problems.map((problem) => problem.rule);

describe('parseYamlMapping: data and source map', () => {
  const parsed = parseYamlMapping(TEXT, 'f.yaml');
  const value = (...path: (string | number)[]) => parsed.sourceMap!.values[pathKey(path)];
  const key = (...path: (string | number)[]) => parsed.sourceMap!.keys[pathKey(path)];

  it('gives the data with no problems', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual({ kind: 'hypothesis', title: 'Hi', tags: ['a', 'bb'], result: { summary: 'x' }, empty: null });
  });

  it('maps scalars, from their first character to just past their last', () => {
    expect(value('kind')).toEqual([1, 7, 1, 17]);
    expect(value('title')).toEqual([2, 8, 2, 10]);
    expect(key('title')).toEqual([2, 1, 2, 6]);
  });

  it('maps list items', () => {
    expect(value('tags', 0)).toEqual([4, 5, 4, 6]);
    expect(value('tags', 1)).toEqual([5, 5, 5, 7]);
    expect(key('tags')).toEqual([3, 1, 3, 5]);
  });

  it('maps nested keys and values', () => {
    expect(key('result', 'summary')).toEqual([7, 3, 7, 10]);
    expect(value('result', 'summary')).toEqual([7, 12, 7, 13]);
  });

  it('maps a field with no value on its own line', () => {
    expect(key('empty')).toEqual([8, 1, 8, 6]);
    expect(value('empty')).toEqual([8, 1, 8, 6]);
  });

  it('gives CRLF text the same lines and columns as LF text', () => {
    const crlf = parseYamlMapping(TEXT.replace(/\n/g, '\r\n'), 'f.yaml');
    expect(crlf.data).toEqual(parsed.data);
    for (const path of [['kind'], ['title'], ['tags', 1], ['result', 'summary']]) {
      const lf = parsed.sourceMap!.values[pathKey(path)]!;
      const other = crlf.sourceMap!.values[pathKey(path)]!;
      expect(other.slice(0, 2), path.join('.')).toEqual(lf.slice(0, 2));
    }
    expect(crlf.sourceMap!.keys[pathKey(['result', 'summary'])]).toEqual(key('result', 'summary'));
  });

  it('keeps dates as text', () => {
    expect(parseYamlMapping('created: 2026-03-01\n', 'f.yaml').data).toEqual({ created: '2026-03-01' });
  });
});

describe('parseYamlMapping: conflicts and YAML problems', () => {
  it('reports every merge-conflict marker on its line', () => {
    const { problems, data } = parseYamlMapping('a: 1\n<<<<<<< HEAD\nb: 2\n=======\nb: 3\n>>>>>>> branch\n', 'f.yaml');
    expect(data).toBeUndefined();
    expect(problems.map((p) => [p.rule, p.line, p.column])).toEqual([
      ['merge-conflict', 2, 1],
      ['merge-conflict', 4, 1],
      ['merge-conflict', 6, 1],
    ]);
    expect(problems[0]!.message).toContain('"<<<<<<<"');
  });

  it('finds conflict markers in CRLF text too', () => {
    expect(rules('a: 1\r\n<<<<<<< HEAD\r\nb: 2\r\n=======\r\nb: 3\r\n>>>>>>> x\r\n')).toEqual(['merge-conflict', 'merge-conflict', 'merge-conflict']);
  });

  it('turns an unknown tag (a YAML warning) into an error', () => {
    const { problems } = parseYamlMapping('a: !include other.yaml\n', 'f.yaml');
    expect(problems).toEqual([expect.objectContaining({ rule: 'unknown-tag', severity: 'error', line: 1, column: 4 })]);
    expect(problems[0]!.message).toContain('!include');
  });

  it('reports a duplicate key at its second appearance', () => {
    const { problems, data } = parseYamlMapping('a: 1\nb: 2\na: 3\n', 'f.yaml');
    expect(data).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ rule: 'duplicate-key', line: 3, column: 1, endColumn: 2 })]);
  });

  it('reports a duplicate key in a nested mapping, and allows the same key in two mappings', () => {
    expect(parseYamlMapping('a:\n  x: 1\n  x: 2\n', 'f.yaml').problems).toEqual([expect.objectContaining({ rule: 'duplicate-key', line: 3, column: 3 })]);
    expect(rules('a:\n  x: 1\nb:\n  x: 2\n')).toEqual([]);
  });

  it('stops at data nested far too deep, with one problem', () => {
    const deep = parseYamlMapping(`a: ${'['.repeat(70)}${']'.repeat(70)}\n`, 'f.yaml');
    expect(deep.data).toBeUndefined();
    expect(deep.problems).toEqual([expect.objectContaining({ rule: 'too-deep', line: 1 })]);
    expect(rules(`a: ${'['.repeat(60)}${']'.repeat(60)}\n`)).toEqual([]);
  });

  it('reports several documents', () => {
    const { problems } = parseYamlMapping('a: 1\n---\nb: 2\n', 'f.yaml');
    expect(problems).toEqual([expect.objectContaining({ rule: 'multiple-documents', line: 2, column: 1 })]);
  });

  it('reports tabs used for indentation', () => {
    const { problems } = parseYamlMapping('a:\n\tb: 1\n', 'f.yaml');
    expect(problems[0]).toMatchObject({ rule: 'yaml-syntax', line: 2 });
    expect(problems[0]!.message).toMatch(/tabs/);
  });

  it('stops an alias bomb with a yaml-alias problem at the first alias', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
      '',
    ].join('\n');
    const { problems, data } = parseYamlMapping(bomb, 'f.yaml');
    expect(data).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ rule: 'yaml-alias', line: 2, column: 8 })]);
    expect(problems[0]!.message).toMatch(/aliases expand too far/);
  });

  it('resolves a few ordinary aliases', () => {
    expect(parseYamlMapping('a: &x hello\nb: *x\n', 'f.yaml').data).toEqual({ a: 'hello', b: 'hello' });
  });
});

describe('parseYamlMapping: the shape of the file', () => {
  it('rejects keys that are not text', () => {
    expect(parseYamlMapping('1: a\n', 'f.yaml').problems).toEqual([expect.objectContaining({ rule: 'non-text-key', line: 1, column: 1 })]);
    expect(rules('? [a, b]\n: x\n')).toEqual(['non-text-key']);
    expect(rules('a:\n  true: x\n')).toEqual(['non-text-key']);
  });

  it.each(['', '# only a comment\n', '\n\n'])('reports an empty file for %j', (text) => {
    expect(parseYamlMapping(text, 'f.yaml').problems).toEqual([expect.objectContaining({ rule: 'empty-file', line: 1, column: 1 })]);
  });

  it('rejects a single value', () => {
    const { problems } = parseYamlMapping('just text\n', 'f.yaml');
    expect(problems).toEqual([expect.objectContaining({ rule: 'not-a-mapping', line: 1, column: 1 })]);
    expect(problems[0]!.message).toMatch(/found a single value$/);
  });

  it('rejects a list', () => {
    const { problems } = parseYamlMapping('- a\n- b\n', 'f.yaml');
    expect(problems).toEqual([expect.objectContaining({ rule: 'not-a-mapping', line: 1, column: 1 })]);
    expect(problems[0]!.message).toMatch(/found a list$/);
  });

  it('names the file in every problem', () => {
    expect(parseYamlMapping('- a\n', 'learning/x.yaml').problems[0]!.file).toBe('learning/x.yaml');
  });
});

describe('parseYamlMapping: merge keys, as YAML 1.1 and editors read them', () => {
  const text = 'x-d: &d {owner: Åsa, status: open}\nkind: hypothesis\nstatus: testing\n<<: *d\n';

  it('brings in the merged fields, the mapping’s own winning, placed at the << line', () => {
    const parsed = parseYamlMapping(text, 'f.yaml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toMatchObject({ kind: 'hypothesis', status: 'testing', owner: 'Åsa' });
    expect(parsed.sourceMap!.values[pathKey(['owner'])]).toEqual([4, 5, 4, 7]);
    expect(parsed.sourceMap!.values[pathKey(['status'])]).toEqual([3, 9, 3, 16]);
  });

  it('refuses a merge of something that is not a mapping, at its value', () => {
    const [problem] = parseYamlMapping('kind: hypothesis\n<<: [a, b]\n', 'f.yaml').problems;
    expect(problem).toMatchObject({ rule: 'yaml-merge', line: 2, column: 5 });
  });
});
