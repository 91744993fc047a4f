import { describe, expect, it } from 'vitest';
import { csvField, renderCsv } from '../../src/render/csv.js';
import { parseCsvText } from '../../src/store/parse-csv.js';

describe('CSV per RFC 4180', () => {
  it('quotes fields holding a comma, a quote, CR or LF, doubling the quotes inside', () => {
    expect(csvField('plain text; with semicolons')).toBe('plain text; with semicolons');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('she said "yes"')).toBe('"she said ""yes"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(csvField('')).toBe('');
  });

  it('ends every record with CRLF, and starts with a BOM only when asked', () => {
    expect(renderCsv(['a', 'b'], [['1', '2,3']])).toBe('a,b\r\n1,"2,3"\r\n');
    expect(renderCsv(['å'], [], { bom: true })).toBe('\uFEFFå\r\n');
  });

  it('reads back what it writes', () => {
    const rows = [
      ['Färja, "realtid"', 'two\nlines', ''],
      ['x', 'y;z', ' spaced '],
    ];
    const parsed = parseCsvText(renderCsv(['a', 'b', 'c'], rows, { bom: true }), 't.csv');
    expect(parsed.header).toEqual(['a', 'b', 'c']);
    expect(parsed.rows).toEqual(rows.map((cells, index) => ({ row: index + 2, cells })));
  });
});

describe('CSV for spreadsheets', () => {
  it('writes a cell a spreadsheet would evaluate with a leading quote, on a terminal too', () => {
    const rows = [['=1+1', '+cmd', '-5', '@SUM(A1)', '\t=1+1', 'a=b']];
    expect(renderCsv(['a', 'b', 'c', 'd', 'e', 'f'], rows)).toBe("a,b,c,d,e,f\r\n'=1+1,'+cmd,'-5,'@SUM(A1),'\t=1+1,a=b\r\n");
    expect(renderCsv(['a'], [['=HYPERLINK("x","y")'], ['\r=1']], { forTerminal: true })).toBe('a\n"\'=HYPERLINK(""x"",""y"")"\n\'\\x0d=1\n');
  });
});
