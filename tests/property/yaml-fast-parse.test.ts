// The fast YAML path (src/store/yaml-fast-parse.ts) against the Document path it stands in
// for: on generated record texts, whenever the fast path answers, its data, source map and
// problems are exactly the Document path's; it answers for the records hypo and the benchmark
// write, so the time it saves is real; and it leaves what it does not cover to the Document path.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRecords } from '../../scripts/bench/generate-repo.js';
import { KINDS } from '../../src/model/vocabulary.js';
import { formatNewRecord } from '../../src/store/format-new-record.js';
import { parseYamlMapping, parseYamlMappingByDocument } from '../../src/store/parse-yaml.js';
import { parseYamlMappingFast } from '../../src/store/yaml-fast-parse.js';
import { placeOf, record, SEED } from './arbitraries.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/transit-app/', import.meta.url));

/** Plain text, Swedish included, and text YAML reads as something else: numbers, dates, booleans, nulls. */
const WORD = fc.constantFrom(
  'hypotes',
  'färjan',
  'Åsa',
  'köer',
  'öppen',
  'x-team',
  'a b',
  '12',
  '-7',
  '+3',
  '0',
  '-0',
  '007',
  '3.14',
  '1.',
  '.5',
  '-.5',
  '1e3',
  '2E-2',
  '0x1F',
  '0o17',
  '0b11',
  '.inf',
  '-.Inf',
  '.nan',
  '.NaN',
  'true',
  'False',
  'TRUE',
  'yes',
  'no',
  'on',
  'null',
  'Null',
  'NULL',
  '~',
  '2026-03-01',
  '2026-03-01T10:00:00Z',
  '12:30',
  '1_000',
  '99999999999999999999',
  'a:b',
  'http://x.se/a#b',
  'C#',
  'e-post',
  '50 %',
  '🚆',
  '<<',
);

/** A piece of a scalar that needs care: comment starts, indicators, quotes, escapes, spaces. */
const ODD = fc.constantFrom(
  ' #',
  ' # not text',
  ': ',
  ':',
  '- ',
  '"',
  "'",
  '\\',
  '  ',
  ' ',
  '\t',
  '@',
  '`',
  '%',
  '!',
  '&',
  '*',
  '|',
  '>',
  ',',
  '[',
  ']',
  '{',
  '}',
  '?',
);

/**
 * Clean texts are records as people write them, so that the fast path answers often enough to be
 * compared; noisy ones mix in now and then what it leaves alone (odd keys, anchors, tags, flow
 * mappings, lines out of place, document markers) and what is wrong, which it must decline.
 */
type Noise = 'clean' | 'noisy';

/** `usual`, or in a noisy text now and then `odd`. */
function mix<T>(noise: Noise, usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return noise === 'clean' ? usual : fc.oneof({ weight: 8, arbitrary: usual }, { weight: 1, arbitrary: odd });
}

/** Plain text: in a clean text the odd pieces only after a first word, where most of them stay text. */
const plainTextOf = (noise: Noise) =>
  fc
    .tuple(mix(noise, WORD, ODD), fc.array(fc.oneof({ weight: 6, arbitrary: WORD }, { weight: 1, arbitrary: ODD }), { maxLength: 3 }))
    .map(([first, rest]) => [first, ...rest].join(''));

const keyOf = (noise: Noise) =>
  mix(
    noise,
    fc.constantFrom('kind', 'title', 'status', 'tags', 'result', 'summary', 'färg', 'x-ägare', 'decision', 'next', 'a b', 'constructor', 'toString'),
    fc.constantFrom('true', '1', 'null', '~', '<<', '__proto__', '"quoted"', "'single'", '? x', '&a k', '!t k', ''),
  );

const spaces = fc.constantFrom('', ' ', '  ');
const comment = (noise: Noise) => mix(noise, fc.constantFrom('', '', ' # kommentar', '  #', ' #å'), fc.constant('#nope'));

type Gen = (indent: number, depth: number, noise: Noise) => fc.Arbitrary<string>;

function escapeDouble(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** `key: value` where the value fits on the key's line (the text after `: `, up to and including its line end). */
const inlineValue = (indent: number, noise: Noise): fc.Arbitrary<string> => {
  const pad = ' '.repeat(indent + 2);
  const plainText = plainTextOf(noise);
  const unusual = fc.oneof(
    fc.constantFrom('[a, [b]]\n', '{a: 1}\n', '[a: 1]\n', '[a,]\n', '[a, # c\n  b]\n', '[a,\n  b]\n', '[,a]\n'),
    // Anchors, aliases and tags.
    fc.constantFrom('&a x\n', '*a\n', '!!str 12\n', '!tag x\n', '!!binary aGk=\n'),
  );
  const usual = fc.oneof(
    fc.tuple(plainText, spaces, comment(noise)).map(([text, space, note]) => `${text}${space}${note}\n`),
    // Multi-line plain text, with blank lines between its lines.
    fc
      .tuple(plainText, fc.array(fc.tuple(fc.constantFrom('', '\n'), plainText), { minLength: 1, maxLength: 3 }))
      .map(([first, rest]) => `${first}\n${rest.map(([blank, text]) => `${blank}${pad}${text}`).join('\n')}\n`),
    fc.tuple(plainText, comment(noise)).map(([text, note]) => `'${text.replace(/'/g, "''")}'${note}\n`),
    fc.tuple(plainText, plainText).map(([a, b]) => `'${a.replace(/'/g, "''")}\n${pad}${b.replace(/'/g, "''")}'\n`),
    fc.tuple(plainText, comment(noise)).map(([text, note]) => `"${escapeDouble(text)}"${note}\n`),
    fc
      .array(fc.oneof(plainText.map(escapeDouble), fc.constantFrom('\\n', '\\t', '\\"', '\\\\', '\\x41', '\\u00e5', '\\U0001F686', '\\e', '\\q', '\\u12')), {
        minLength: 1,
        maxLength: 4,
      })
      .map((parts) => `"${parts.join('')}"\n`),
    fc.tuple(plainText, plainText).map(([a, b]) => `"${escapeDouble(a)}\n${pad}${escapeDouble(b)}\\\n${pad}end"\n`),
    // Flow lists: one-line lists of scalars, and the kinds the fast path leaves alone.
    fc
      .array(
        fc.oneof(
          WORD.filter((word) => !/[:#,[\]{}]/.test(word)),
          fc.constantFrom('"a, b"', "'c'"),
        ),
        { maxLength: 4 },
      )
      .chain((items) => fc.constantFrom(`[${items.join(', ')}]`, `[ ${items.join(' , ')} ]`, `[${items.join(',')}]`))
      .chain((list) => comment(noise).map((note) => `${list}${note}\n`)),
    fc.constant('[]\n'),
  );
  return mix(noise, usual, unusual);
};

/** A block scalar: `|` or `>`, any chomping, an indentation indicator or none, lines more and less indented, blank lines. */
const blockScalar = (indent: number, noise: Noise): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom('|', '>'),
      fc.constantFrom('', '-', '+'),
      fc.constantFrom('', '', '2', '1'),
      comment(noise),
      fc.array(fc.tuple(fc.constantFrom(0, 0, 0, 1, 2, -1), fc.oneof(plainTextOf(noise), fc.constant(''))), { minLength: 1, maxLength: 5 }),
      fc.constantFrom('', '\n', '\n\n', '  \n'),
    )
    .map(([mode, chomp, digit, note, lines, trailing]) => {
      const base = indent + 2;
      const body = lines.map(([more, text]) => (text === '' ? '' : `${' '.repeat(Math.max(0, base + more))}${text}`)).join('\n');
      return `${mode}${chomp}${digit}${note}\n${body}\n${trailing}`;
    });

/** The lines after `key:` when the value starts on the next line: a list, a mapping, a block scalar, or nothing. */
const blockValue: Gen = (indent, depth, noise) => {
  const pad = ' '.repeat(indent);
  const inner = ' '.repeat(indent + 2);
  const options: fc.Arbitrary<string>[] = [
    blockScalar(indent, noise).map((text) => ` ${text}`),
    comment(noise).map((note) => `${note}\n`),
    // A list of scalars, at the key's indentation or deeper, with comments and empty items.
    fc
      .tuple(
        fc.constantFrom(pad, inner),
        fc.array(fc.oneof({ weight: 6, arbitrary: inlineValue(indent + 2, noise).map((value) => ` ${value}`) }, { weight: 1, arbitrary: fc.constant('\n') }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.constantFrom('', '', `${pad}# mellan\n`, '\n'),
      )
      .map(([at, items, between]) => `\n${items.map((item) => `${at}-${item}`).join(between)}`),
  ];
  if (depth < 3) {
    // A nested mapping, and a list of mappings.
    options.push(mapping(indent + 2, depth + 1, noise).map((text) => `\n${text}`));
    options.push(
      fc
        .array(mapping(indent + 4, depth + 1, noise), { minLength: 1, maxLength: 3 })
        .map(
          (maps) =>
            `\n${maps.map((text) => (text.startsWith(`${inner}  `) && text[indent + 4] !== ' ' ? `${inner}- ${text.slice(indent + 4)}` : `${inner}-\n${text}`)).join('')}`,
        ),
    );
  }
  return fc.oneof(...options);
};

/** A mapping's lines at `indent`: fields, comment lines, blank lines, trailing spaces, now and then a line out of place. */
function mapping(indent: number, depth: number, noise: Noise): fc.Arbitrary<string> {
  const pad = ' '.repeat(indent);
  const field = fc.tuple(
    keyOf(noise),
    fc.oneof(
      inlineValue(indent, noise).map((value) => `: ${value}`),
      blockValue(indent, depth, noise).map((value) => `:${value}`),
    ),
  );
  const entry = fc.oneof(
    { weight: 10, arbitrary: field },
    {
      weight: 1,
      arbitrary: mix(
        noise,
        fc.constantFrom('# bara en kommentar\n', '\n', '   \n', '#\n'),
        fc.constantFrom(' misplaced: 1\n', '\tkey: tab\n', 'key:value\n', '- item\n', 'no colon\n'),
      ).map((line) => ['', line] as const),
    },
  );
  return fc.array(entry, { minLength: 1, maxLength: 6 }).map((entries) => {
    // A clean mapping names each field once; a noisy one may repeat one.
    const seen = new Set<string>();
    return entries
      .map(([key, rest], index) => {
        if (key === '') return rest;
        const name = noise === 'clean' && seen.has(key) ? `${key}${index}` : key;
        seen.add(name);
        return `${pad}${name}${rest}`;
      })
      .join('');
  });
}

/** A whole record's text: a mapping, with what may stand around it, in LF or CRLF. */
const recordText = fc
  .constantFrom<Noise>('clean', 'noisy')
  .chain((noise) =>
    fc.tuple(
      mix(
        noise,
        fc.constantFrom('', '# yaml-language-server: $schema=../../schemas/hypothesis.schema.json\n', '\n'),
        fc.constantFrom('---\n', '%YAML 1.2\n---\n', '\ufeff'),
      ),
      mapping(0, 0, noise),
      mix(noise, fc.constantFrom('', '# edited\n', '\n\n', '   '), fc.constantFrom('...\n', '---\nb: 2\n')),
      fc.constantFrom('\n', '\n', '\r\n'),
    ),
  )
  .map(([head, body, tail, newline]) => `${head}${body}${tail}`.replace(/\n/g, newline));

/** The fast path's answer, or undefined; and when it answers, whether it is exactly the Document path's. */
function compare(text: string): { answered: boolean; same: boolean } {
  const fast = parseYamlMappingFast(text);
  if (!fast) return { answered: false, same: true };
  const slow = parseYamlMappingByDocument(text, 'f.yaml');
  return { answered: true, same: isDeepStrictEqual(fast, slow) };
}

describe('the fast YAML path', () => {
  it('gives exactly the Document path’s data, source map and problems wherever it answers, on generated record texts', () => {
    let answered = 0;
    let declined = 0;
    fc.assert(
      fc.property(recordText, (text) => {
        const { answered: fast, same } = compare(text);
        if (fast) answered++;
        else declined++;
        if (!same) {
          // The difference itself, to read in the failure.
          expect({ text, fast: parseYamlMappingFast(text) }).toEqual({ text, fast: parseYamlMappingByDocument(text, 'f.yaml') });
        }
        return same;
      }),
      { seed: SEED, numRuns: 2000 },
    );
    // Both ways are exercised: the comparison is not empty, and the generator does reach what the fast path leaves alone.
    expect(answered).toBeGreaterThan(600);
    expect(declined).toBeGreaterThan(600);
  });

  it('gives the Document path’s answer for valid records of every kind as hypo new writes them, and answers for most', () => {
    let answered = 0;
    let runs = 0;
    for (const kind of KINDS) {
      fc.assert(
        fc.property(record(kind), (data) => {
          const text = formatNewRecord(data, placeOf(kind).schema);
          const { answered: fast, same } = compare(text);
          runs++;
          if (fast) answered++;
          return same;
        }),
        { seed: SEED, numRuns: 300 },
      );
    }
    expect(answered).toBeGreaterThan(runs / 2);
  });

  it('gives the same whole answer through parseYamlMapping as through the Document path, problems included', () => {
    fc.assert(
      fc.property(recordText, (text) => isDeepStrictEqual(parseYamlMapping(text, 'f.yaml'), parseYamlMappingByDocument(text, 'f.yaml'))),
      { seed: SEED + 1, numRuns: 1000 },
    );
  });

  it('gives the Document path’s answer for real records with text inserted, deleted or repeated anywhere', () => {
    const texts = generateRecords(40).map((generated) => generated.text);
    const piece = fc.constantFrom(
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\n\n',
      '#',
      ' # c',
      ':',
      ': ',
      '- ',
      '-',
      '"',
      "'",
      '\\',
      '|',
      '>',
      '[',
      ']',
      ',',
      '{',
      '&a ',
      '*a',
      '!x ',
      '?',
      'å',
      '0',
      '.5',
      'true',
      '~',
    );
    const edit = fc.oneof(
      fc.record({ at: fc.nat(), insert: piece }),
      fc.record({ at: fc.nat(), remove: fc.integer({ min: 1, max: 6 }) }),
      fc.record({ at: fc.nat(), repeat: fc.integer({ min: 1, max: 40 }) }),
    );
    let answered = 0;
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 3 }), (original, edits) => {
        let text = original;
        for (const change of edits) {
          const at = change.at % (text.length + 1);
          if ('insert' in change) text = text.slice(0, at) + change.insert + text.slice(at);
          else if ('remove' in change) text = text.slice(0, at) + text.slice(at + change.remove);
          else text = text.slice(0, at) + text.slice(at, at + change.repeat) + text.slice(at);
        }
        const { answered: fast, same } = compare(text);
        if (fast) answered++;
        return same;
      }),
      { seed: SEED, numRuns: 2000 },
    );
    expect(answered).toBeGreaterThan(400);
  });

  it('answers for every record of the bundled example and of the benchmark', () => {
    const files = readdirSync(path.join(EXAMPLE, 'learning'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml'));
    const texts = [
      ...files.map((file) => readFileSync(path.join(EXAMPLE, 'learning', file), 'utf8')),
      readFileSync(path.join(EXAMPLE, 'hypo.config.yaml'), 'utf8'),
      ...generateRecords(300).map((generated) => generated.text),
    ];
    expect(files.length).toBeGreaterThan(20);
    for (const text of texts) {
      const fast = parseYamlMappingFast(text);
      expect(fast, text).toBeDefined();
      expect(fast).toStrictEqual(parseYamlMappingByDocument(text, 'f.yaml'));
    }
  });

  it('leaves anchors, aliases, tags, flow mappings and nested or commented flow lists to the Document path', () => {
    for (const text of [
      'a: &x hello\nb: *x\n',
      'a: !!str 12\n',
      'a: !include other.yaml\n',
      'a: {b: 1}\n',
      'a: [b, [c]]\n',
      'a: [b, # c\n  d]\n',
      'a: [b,\n  c]\n',
      '%YAML 1.2\n---\na: 1\n',
      '---\na: 1\n',
      'a: 1\n---\nb: 2\n',
      '"a": 1\n',
      '1: a\n',
      '<<: {b: 1}\n',
      'a: 1\na: 2\n',
      '__proto__: 1\n',
      '? a\n: 1\n',
    ]) {
      expect(parseYamlMappingFast(text), text).toBeUndefined();
    }
  });

  it('leaves texts with problems to the Document path, which finds and words them', () => {
    for (const text of ['', '# only a comment\n', '- a\n', 'just text\n', 'a:\n\tb: 1\n', 'a: "\\q"\n', 'a: |\nno indent\n', 'a: b: c\n']) {
      expect(parseYamlMappingFast(text), text).toBeUndefined();
      expect(parseYamlMapping(text, 'f.yaml').problems.length, text).toBeGreaterThan(0);
    }
  });
});
