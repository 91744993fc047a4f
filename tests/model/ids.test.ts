import { describe, expect, it } from 'vitest';
import { explainInvalidId, ID_MAX_LENGTH, idFromFileName, isValidId } from '../../src/model/ids.js';

describe('isValidId', () => {
  it.each(['riders-want-realtime', 'a', 'abc123', '2026-q1-panel', '42'])('accepts %s', (id) => {
    expect(isValidId(id)).toBe(true);
  });

  it.each([
    ['upper case', 'Riders-want'],
    ['a space', 'riders want'],
    ['two dots', 'a..b'],
    ['a slash', 'a/b'],
    ['a double hyphen', 'riders--want'],
    ['a leading hyphen', '-riders'],
    ['a trailing hyphen', 'riders-'],
    ['an underscore', 'riders_want'],
    ['a Swedish letter', 'åka-buss'],
    ['nothing', ''],
  ])('rejects an id with %s', (_, id) => {
    expect(isValidId(id)).toBe(false);
  });

  it('accepts 80 characters and rejects 81', () => {
    expect(ID_MAX_LENGTH).toBe(80);
    expect(isValidId('a'.repeat(80))).toBe(true);
    expect(isValidId('a'.repeat(81))).toBe(false);
  });
});

describe('explainInvalidId', () => {
  it('is undefined for a valid id', () => {
    expect(explainInvalidId('riders-want-realtime')).toBeUndefined();
    expect(explainInvalidId('a'.repeat(80))).toBeUndefined();
  });

  it('names an empty id', () => {
    expect(explainInvalidId('')).toBe('the id is empty');
  });

  it('gives the length of a long id', () => {
    expect(explainInvalidId('a'.repeat(81))).toBe('the id is 81 characters long; at most 80 are allowed');
  });

  it('names upper-case letters', () => {
    expect(explainInvalidId('Riders')).toMatch(/^the id has upper-case letters/);
  });

  it('names a double hyphen', () => {
    expect(explainInvalidId('riders--want')).toBe('the id has a double hyphen; use single hyphens between words');
  });

  it('names a leading or trailing hyphen', () => {
    expect(explainInvalidId('-riders')).toBe('the id starts or ends with a hyphen');
    expect(explainInvalidId('riders-')).toBe('the id starts or ends with a hyphen');
  });

  it.each(['riders want', 'a..b', 'a/b', 'riders_want'])('names the allowed characters for %j', (id) => {
    expect(explainInvalidId(id)).toBe('the id may only hold lower-case a–z, 0–9 and single hyphens');
  });
});

describe('idFromFileName', () => {
  it('drops .yaml and .yml', () => {
    expect(idFromFileName('riders-want.yaml')).toBe('riders-want');
    expect(idFromFileName('riders-want.yml')).toBe('riders-want');
  });

  it('drops the extension whatever its case', () => {
    expect(idFromFileName('riders-want.YAML')).toBe('riders-want');
  });

  it('drops the folders of a path', () => {
    expect(idFromFileName('learning/hypotheses/riders-want.yaml')).toBe('riders-want');
  });

  it('drops only the last extension, and only a YAML one', () => {
    expect(idFromFileName('a.yaml.yaml')).toBe('a.yaml');
    expect(idFromFileName('notes.txt')).toBe('notes.txt');
  });
});
