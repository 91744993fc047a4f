// CSV per RFC 4180: fields holding a comma, a quote, CR or LF are quoted, quotes inside
// doubled, records ended by CRLF. UTF-8; with `bom`, a byte-order mark first, which
// Excel needs to read the file as UTF-8 rather than the system's code page.

export function renderCsv(header: readonly string[], rows: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  const lines = [header, ...rows].map((cells) => `${cells.map(csvField).join(',')}\r\n`);
  return `${options.bom ? '\uFEFF' : ''}${lines.join('')}`;
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
