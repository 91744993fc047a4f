// The text of a new record file: the editor's schema line, then the fields, with short
// id lists in flow style (`tests: [a, b]`) and long text never folded.
import { Document, isScalar, Scalar, visit } from 'yaml';

const FLOW_LIST_MAX = 80;

export function formatNewRecord(data: Record<string, unknown>, schemaPath: string): string {
  const doc = new Document(data);
  visit(doc, {
    Seq(_, node) {
      const items = node.items.map((item) => (isScalar(item) ? String(item.value) : ''));
      // Flow style only for short one-line items: a line break inside `[…]` would read back as something else.
      const simple = items.every((item) => item !== '' && !item.includes(',') && !/[\r\n]/.test(item));
      if (simple && items.join(', ').length <= FLOW_LIST_MAX) node.flow = true;
    },
    Scalar(_, node) {
      // Text of only blanks and line breaks cannot survive a block scalar (it reads back without
      // its spaces): quote it, where every character is kept.
      if (typeof node.value === 'string' && /\n/.test(node.value) && node.value.trim() === '') node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return `# yaml-language-server: $schema=${schemaPath}\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}
