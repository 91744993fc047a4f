// `hypo methods --format text`: the catalogue as a table in its own order, the built-ins
// first, then the methods the config adds.
import type { MethodList } from '../report/method-list.js';
import type { Painter } from './painter.js';
import { alignedRows, type Part, wrapText } from './text-layout.js';

export function renderMethodsText(list: MethodList, paint: Painter): string {
  const header: Part[] = ['METHOD', 'OBSERVES', 'COST', 'DAYS', 'STRENGTH', 'SAMPLE'].map((text) => ({ text, paint: paint.dim }));
  const rows: Part[][] = list.methods.map((entry) => [
    { text: entry.source === 'config' ? `${entry.method} *` : entry.method },
    { text: entry.observes },
    { text: String(entry.cost) },
    { text: String(entry.days) },
    { text: entry.strength, paint: entry.strength === 'strong' ? paint.ok : entry.strength === 'weak' ? paint.dim : undefined },
    { text: entry.sample ? `${entry.sample.min}–${entry.sample.full}` : '–' },
  ]);
  const notes = [
    'Says: what people say; does: what they do. Cost 1 (cheap) to 5. Strength: the most the method can show. Sample a–b: weak under a participants, one step less under b.',
    ...(list.methods.some((entry) => entry.source === 'config') ? [`* changed or added in ${list.configFile ?? 'the config'}`] : []),
  ];
  return `${[...alignedRows([header, ...rows], '', { right: [2, 3] }), '', ...notes.flatMap((note) => wrapText(note, '')).map(paint.dim)].join('\n')}\n`;
}
