// The shape of a language's texts. Dutch names the keys; every other language gives a text
// for each of them, so a missing translation is a type error.
import type { messages as dutch } from './nl/index.ts';

export type MessageKey = keyof typeof dutch;

/** All texts of one language. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/** One area's texts in another language: each key of the Dutch area, and no other. */
export type Translation<DutchArea> = Readonly<Record<keyof DutchArea, string>>;
