// Shell words of a documented command line, so docs' command blocks can be run as tests.

/** Double quotes group (also inside a word: a="b c"), `#` starts a comment. */
export function shellWords(line: string): string[] {
  const out: string[] = [];
  const pattern = /"([^"]*)"|(#.*$)|(\S+?)(?:"([^"]*)")?(?=\s|$)/g;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    if (match[2] !== undefined) break;
    out.push(match[1] ?? `${match[3] ?? ''}${match[4] ?? ''}`);
  }
  return out;
}
