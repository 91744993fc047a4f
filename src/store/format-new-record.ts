// The text of a new record file: the editor's schema line, then the fields, with short
// id lists in flow style (`tests: [a, b]`) and long text never folded.
import { Document, isScalar, visit } from 'yaml';

const FLOW_LIST_MAX = 80;

export function formatNewRecord(data: Record<string, unknown>, schemaPath: string): string {
  const doc = new Document(data);
  visit(doc, {
    Seq(_, node) {
      const items = node.items.map((item) => (isScalar(item) ? String(item.value) : ''));
      if (items.every((item) => item !== '' && !item.includes(',')) && items.join(', ').length <= FLOW_LIST_MAX) node.flow = true;
    },
  });
  return `# yaml-language-server: $schema=${schemaPath}\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}
