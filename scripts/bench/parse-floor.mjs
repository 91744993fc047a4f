// The parse floor: read every record file and parse it with yaml.parseDocument,
// single-threaded, nothing else. hypo check should not be slower than this.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

const root = process.argv[2];
let count = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (/\.ya?ml$/.test(entry.name)) {
      parseDocument(readFileSync(full, 'utf8'));
      count++;
    }
  }
};
walk(path.join(root, 'learning'));
if (count === 0) process.exit(1);
