// Values typed on a command line: lists split at the commas outside a glob's braces.
import { describe, expect, it } from 'vitest';
import { parseFieldValue, splitListItems } from '../../src/model/field-types.js';

describe('splitListItems', () => {
  it('splits at the commas outside braces, nested braces included', () => {
    expect(splitListItems('src/{a,b}/**,lib/{x,{y,z}}.ts,docs')).toEqual(['src/{a,b}/**', 'lib/{x,{y,z}}.ts', 'docs']);
    expect(splitListItems('färja,realtid')).toEqual(['färja', 'realtid']);
  });

  it('splits at every comma when the braces do not pair up, as no glob would have them', () => {
    expect(splitListItems('a{,b')).toEqual(['a{', 'b']);
    expect(splitListItems('a},b{')).toEqual(['a}', 'b{']);
  });
});

describe('parseFieldValue', () => {
  it('trims the items of a list and drops empty ones', () => {
    expect(parseFieldValue('list', ' src/{a,b}/** , ,lib/**')).toEqual(['src/{a,b}/**', 'lib/**']);
  });
});
