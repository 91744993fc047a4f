// What a catalogue of messages is: per key either one text, or plural forms chosen by the
// count `{n}`. Placeholders are `{name}`, filled from the translator's params.

/** One message: a text, or the forms Intl.PluralRules picks between by `{n}`. */
export type Message = string | { readonly one: string; readonly other: string };

export type Catalogue<Key extends string> = { readonly [K in Key]: Message };
