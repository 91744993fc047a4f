// The yaml library's errors in hypo's words: a rule name for each code, and a message
// that says what to do rather than how the parser failed.

const YAML_ERROR_RULES: Record<string, string> = {
  MULTIPLE_DOCS: 'multiple-documents',
  DUPLICATE_KEY: 'duplicate-key',
  TAG_RESOLVE_FAILED: 'unknown-tag',
  BAD_COLLECTION_TYPE: 'unknown-tag',
  // The composer ran out of stack on deep nesting: the same mistake as the walk's depth limit finds.
  RESOURCE_EXHAUSTION: 'too-deep',
};

export function yamlErrorRule(code: string): string {
  return YAML_ERROR_RULES[code] ?? 'yaml-syntax';
}

export function describeYamlError(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'tabs are not allowed for indentation in YAML: indent with spaces';
    case 'DUPLICATE_KEY':
      return 'this field appears twice in the mapping: keep one';
    case 'MULTIPLE_DOCS':
      return 'the file holds several YAML documents (`---`): a record file holds exactly one';
    case 'TAG_RESOLVE_FAILED':
      return `${first.replace(/^Unresolved tag/, 'unknown tag').replace('tag:yaml.org,2002:', '!!')}: records hold plain values, without custom tags`;
    case 'BAD_COLLECTION_TYPE':
      return `${first.replace('tag:yaml.org,2002:', '!!')}: records hold plain values, without custom tags`;
    default:
      if (/call stack/i.test(first)) return 'the data nests too deeply to read: a record is a flat mapping';
      return first.charAt(0).toLowerCase() + first.slice(1);
  }
}
