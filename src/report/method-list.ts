// `hypo methods` as data: the catalogue as one repository sees it, each method marked as
// shipped with hypo or changed (or added) by the config.
import type { HypoConfig } from '../model/config-schema.js';
import { type MethodEntry, methodCatalogue } from '../model/method-catalogue.js';

export interface CatalogueMethod extends MethodEntry {
  /** default: as hypo ships it; config: changed or added by the config file. */
  source: 'default' | 'config';
}

export interface MethodList {
  /** The config file read, relative to the repository root; null when there is none. */
  configFile: string | null;
  methods: CatalogueMethod[];
}

export function methodList(config: Pick<HypoConfig, 'methods'>, configFile: string | null): MethodList {
  const changed = new Set(Object.keys(config.methods ?? {}));
  const methods = [...methodCatalogue(config.methods).values()].map((entry) => ({
    ...entry,
    source: changed.has(entry.method) ? ('config' as const) : ('default' as const),
  }));
  return { configFile, methods };
}
