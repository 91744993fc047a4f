// `hypo show <id>`: one record as a card with the records linked to it. A record that
// failed its schema has no card; its data and links are still there for JSON.
import { methodCatalogue } from '../model/method-catalogue.js';
import { buildRecordCard, type RecordCard, type RecordLinks, recordLinks } from '../report/record-card.js';
import type { Repository } from '../store/load-repository.js';
import type { LoadedFile } from '../store/read-record-file.js';
import { findRecordFile } from './find-record.js';

export interface ShownRecord {
  file: LoadedFile;
  /** Undefined when the record is not valid, or shares its id with another file. */
  card: RecordCard | undefined;
  links: RecordLinks;
}

export function showRecord(repository: Repository, input: string): ShownRecord {
  const file = findRecordFile(repository, input);
  // With two files of one id the graph keeps the first by path; show the file that was found.
  const card =
    file.record && repository.graph.records.get(file.id)?.file === file.file
      ? buildRecordCard(repository.graph, file.id, methodCatalogue(repository.config.methods))
      : undefined;
  return { file, card, links: recordLinks(repository.graph, file.id, file.kind, file.data) };
}
