// YAML text → plain data plus a source map of every node, and the problems of
// the text itself (syntax, duplicate keys, conflict markers, alias bombs).
// Takes a string, never a path: reading and decoding happen in read-record-file.ts.
// Record text is untrusted data: nothing here runs it, resolves a tag to a JavaScript
// object, follows an alias into itself, or lets a key reach an object's prototype.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLError } from 'yaml';
import { limitProblems, type Problem } from '../model/problem.js';
import type { SourceMap, Span } from '../model/source-map.js';
import { explainCompactMappingError } from './yaml-compact-mapping.js';
import { describeYamlError, yamlErrorRule } from './yaml-errors.js';
import { parseYamlMappingFast } from './yaml-fast-parse.js';
import { YAML_READ_OPTIONS } from './yaml-options.js';
import { prescanYamlText } from './yaml-prescan.js';
import { mapSource } from './yaml-source-map.js';

export interface ParsedYaml {
  /** The mapping's data; undefined when the text has problems that make it unusable. */
  data?: Record<string, unknown>;
  sourceMap?: SourceMap;
  problems: Problem[];
}

/** The yaml library's codes for an unquoted `: ` in a value and for a key indented under a value. */
const COMPACT_MAPPING_ERRORS = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);

/** One slip can raise several of the yaml library's errors: each is told once. */
function uniqueProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((found) => {
    const key = `${found.line}:${found.column}:${found.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Enough for any real record; an alias bomb stops here instead of eating memory. */
const MAX_ALIAS_COUNT = 100;

/**
 * Plain records take the fast path (yaml-fast-parse.ts), straight from the parser's tokens; a text
 * it does not cover, problems included, goes through the yaml library's Document, which gives the
 * same data and spans and finds and words every problem.
 */
export function parseYamlMapping(text: string, file: string): ParsedYaml {
  const prescanned = prescanYamlText(text, file);
  if (prescanned.length > 0) return { problems: prescanned };
  return parseYamlMappingFast(text) ?? composeYamlMapping(text, file);
}

/** The Document path alone, never the fast one: what the fast path must give exactly, where it answers. */
export function parseYamlMappingByDocument(text: string, file: string): ParsedYaml {
  const prescanned = prescanYamlText(text, file);
  if (prescanned.length > 0) return { problems: prescanned };
  return composeYamlMapping(text, file);
}

function composeYamlMapping(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  // resolveKnownTags: false, so `!!binary`, `!!timestamp`, `!!set` and `!!omap` are unknown tags like any
  // other, instead of turning into a Uint8Array, Date, Set or Map that no field expects.
  // Duplicate keys are found in the source-map walk: the parser's own check is quadratic in the number of keys.
  const doc = parseDocument(text, { ...YAML_READ_OPTIONS, lineCounter, uniqueKeys: false, resolveKnownTags: false });
  const spanOf = (start: number, end: number): Span => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(start, end));
    return [from.line, from.col, to.line, to.col];
  };
  const problem = (span: Span, rule: string, message: string): Problem => ({
    file,
    line: span[0],
    column: span[1],
    endLine: span[2],
    endColumn: span[3],
    severity: 'error',
    rule,
    message,
  });

  // Warnings count as errors: an unresolved tag (`!include`, `!!js/function`) in a record is a mistake.
  const yamlProblems = uniqueProblems(
    [...doc.errors, ...doc.warnings].map((error: YAMLError) => {
      // Where the yaml library's words would mislead, the slip itself, at its own place.
      const slip = COMPACT_MAPPING_ERRORS.has(error.code) ? explainCompactMappingError(text, error.pos[0]) : undefined;
      if (slip) return problem(spanOf(slip.start, slip.end), 'yaml-syntax', slip.message);
      return problem(spanOf(error.pos[0], error.pos[1]), yamlErrorRule(error.code), describeYamlError(error.code, error.message));
    }),
  );
  if (yamlProblems.length > 0) return { problems: limitProblems(yamlProblems) };

  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null && contents.range[0] === contents.range[1])) {
    return { problems: [problem([1, 1, 1, 1], 'empty-file', 'the file is empty: a record is a mapping of fields, starting with `kind:`')] };
  }
  if (!isMap(contents)) {
    const found = isSeq(contents) ? 'a list' : isAlias(contents) ? 'an alias' : 'a single value';
    const [start, end] = contents.range ?? [0, 0];
    return {
      problems: [problem(spanOf(start, end), 'not-a-mapping', `the file must hold one mapping of fields (kind: …, title: …) — found ${found}`)],
    };
  }

  const mapped = mapSource(contents, spanOf, problem);
  if (mapped.problems.length > 0) return { problems: limitProblems(mapped.problems) };

  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
    return { data, sourceMap: mapped.sourceMap, problems: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = /excessive alias/i.test(reason)
      ? `aliases expand too far (more than ${MAX_ALIAS_COUNT} uses): write the values out instead`
      : `an alias cannot be resolved: ${reason}`;
    return { problems: [problem(mapped.firstAlias ?? [1, 1, 1, 1], 'yaml-alias', message)] };
  }
}
