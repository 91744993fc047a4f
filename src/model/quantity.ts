// A number with an optional unit, as a hypothesis' baseline and target and an experiment's
// measured result.value are written: a YAML number (58, 4.5) or text such as "58 %", "4 min",
// "1 200 kr" (Swedish thousands, with a space or a no-break space), "3,5 min" (a decimal comma)
// or "-2 pp". The one parser for the schema, the check rules and the renderers; free of zod, as
// a cached `hypo check` runs the rules without loading it.

export interface Quantity {
  value: number;
  /** As written ("%", "min", "kr"), or null for a bare number. */
  unit: string | null;
}

export type QuantityParse = { ok: true; quantity: Quantity } | { ok: false; problem: string };

// Thousands grouped by a space, a no-break space or a narrow no-break space, else plain digits;
// then a decimal point or comma.
const NUMBER = String.raw`[+\-\u2212]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?`;
// A unit is words of letters, %, ‰, ° or a currency sign (and / . ² ³ inside): never a digit, so
// "58 % → 70 %" (two numbers in one field) is no unit.
const UNIT_CHAR = String.raw`\p{L}\p{M}%‰‱°$€£¥/.²³`;
const UNIT = String.raw`[\p{L}%‰‱°$€£¥][${UNIT_CHAR}]*(?:[ \u00a0\u202f][${UNIT_CHAR}]+)*`;
// "1,200" or "1.200" reads as 1.2 in Swedish and 1200 in English (or 1200 in German for the point):
// refused, so the number never means something the writer did not.
const AMBIGUOUS = String.raw`[+\-\u2212]?[1-9]\d{0,2}[.,]\d{3}(?!\d)`;

/** The whole text of a valid quantity; also the JSON Schema's pattern, so editors agree with check. */
export const QUANTITY_PATTERN = new RegExp(String.raw`^(?!${AMBIGUOUS})(${NUMBER})[ \u00a0\u202f]*(${UNIT})?$`, 'u');

/** Said wherever a quantity is explained: the schema's description, editors and messages. */
export const QUANTITY_EXAMPLES = '58, 58 %, 4 min, 1 200 kr, 3,5 min, -2 pp';

const NOT_A_QUANTITY = `is not a number with an optional unit (e.g. ${QUANTITY_EXAMPLES})`;

export function parseQuantity(input: unknown): QuantityParse {
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { ok: true, quantity: { value: input, unit: null } } : { ok: false, problem: `${String(input)} ${NOT_A_QUANTITY}` };
  }
  if (typeof input !== 'string')
    return {
      ok: false,
      problem: `${Array.isArray(input) ? 'a list' : typeof input === 'object' && input !== null ? 'a mapping' : String(input)} ${NOT_A_QUANTITY}`,
    };
  const text = input.trim();
  const match = QUANTITY_PATTERN.exec(text);
  if (match) return { ok: true, quantity: { value: numberOf(match[1]!), unit: match[2] ?? null } };
  return { ok: false, problem: whyNot(text) };
}

/** The measured text as the renderers print it: as written, spaces tidied; a bare number as is. */
export function formatQuantity(input: unknown): string {
  if (typeof input === 'number') return String(input);
  return typeof input === 'string' ? input.trim().replace(/\s+/g, ' ') : '';
}

/** The parsed quantity, or undefined when the value is absent or not one (check reports that). */
export function quantityOf(input: unknown): Quantity | undefined {
  const parsed = parseQuantity(input);
  return parsed.ok ? parsed.quantity : undefined;
}

function numberOf(written: string): number {
  const plain = written
    .replace(/[ \u00a0\u202f]/g, '')
    .replace('\u2212', '-')
    .replace(',', '.');
  return Number(plain);
}

function whyNot(text: string): string {
  const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);
  if (text === '') return `"" ${NOT_A_QUANTITY}`;
  const ambiguous = new RegExp(`^${AMBIGUOUS}`, 'u').exec(text);
  if (ambiguous) {
    const [whole, fraction] = ambiguous[0].split(/[.,]/) as [string, string];
    const rest = text.slice(ambiguous[0].length);
    const decimal = fraction.replace(/0+$/, '');
    const asDecimal = `${whole},${decimal === fraction ? `${fraction}0` : decimal}`.replace(/,$/, '');
    return `${shown} could mean a decimal or thousands: write ${whole} ${fraction}${rest} for thousands, or ${asDecimal}${rest} for a decimal`;
  }
  const number = new RegExp(`^${NUMBER}`, 'u').exec(text);
  if (!number) return `${shown} ${NOT_A_QUANTITY}: start with the number`;
  const unit = text.slice(number[0].length).trim();
  return `${shown} ${NOT_A_QUANTITY}: a unit holds letters, %, ‰ or a currency sign, never a digit or a second number (got ${JSON.stringify(unit)})`;
}
