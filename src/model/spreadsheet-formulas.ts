// Record text in a spreadsheet cell must stay text. Excel, LibreOffice Calc and Google Sheets
// evaluate a cell that starts with =, +, - or @ (and, in some of them, with a tab or a carriage
// return before one) as a formula: `=HYPERLINK(…)` becomes a link that sends the sheet's data
// elsewhere, `=1+1` becomes 2, and a DDE formula can start a program. OWASP's guidance on CSV
// injection is to put a single quote before such a cell, which the spreadsheet shows as text.
//
// The quote is hypo's, not the record's: an import takes it off again, so that a record comes
// back exactly as it was. For that to hold for every text, a cell that already starts with
// quotes before one of those characters gets one quote more, and an import takes exactly one off:
// `=1+1` ⇄ `'=1+1`, `'=1+1` ⇄ `''=1+1`. A quote before anything else (`'til`) is left alone.

/** The first characters that make a spreadsheet evaluate a cell. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A cell's text as a spreadsheet will show it, never run it. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text a cell written by neutraliseFormula stood for: the inverse, for every text. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}
