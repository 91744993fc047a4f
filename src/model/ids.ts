// A record's id is its file name without extension. Slugs rather than sequence
// numbers, so two branches that each add a record never collide on merge.

export const ID_MAX_LENGTH = 80;
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidId(id: string): boolean {
  return id.length >= 1 && id.length <= ID_MAX_LENGTH && ID_PATTERN.test(id);
}

/** Why `id` is not a valid id, in words a person can act on; undefined when it is valid. */
export function explainInvalidId(id: string): string | undefined {
  if (id.length === 0) return 'the id is empty';
  if (id.length > ID_MAX_LENGTH) return `the id is ${id.length} characters long; at most ${ID_MAX_LENGTH} are allowed`;
  if (/[A-Z]/.test(id)) return 'the id has upper-case letters; use lower-case a–z, 0–9 and single hyphens';
  if (/--/.test(id)) return 'the id has a double hyphen; use single hyphens between words';
  if (/^-|-$/.test(id)) return 'the id starts or ends with a hyphen';
  if (!ID_PATTERN.test(id)) return 'the id may only hold lower-case a–z, 0–9 and single hyphens';
  return undefined;
}

/** The id a record file declares by its name: `learning/hypotheses/foo-bar.yaml` → `foo-bar`. */
export function idFromFileName(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  return base.replace(/\.ya?ml$/i, '');
}
