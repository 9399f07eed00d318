// The shape of a language's texts. Dutch names the keys; every other language gives a text
// for each of them, so a missing translation is a type error. A language comes in two parts:
// the texts every page shows (index.ts) and the office's (office.ts: the coordinator's, the
// kiosk's, the report's pages, the importer and a member's pages off the board), which only
// those pages load.
import type { messages as dutch } from './nl/index.ts';
import type { messages as dutchOffice } from './nl/office.ts';

export type MessageKey = keyof typeof dutch | keyof typeof dutchOffice;

/** All texts of one language. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/** Which part of a language's texts: what every page shows, or the office's. */
export type TextPart = 'everyday' | 'office';

/** The texts every page shows, in one language. */
export type EverydayTexts = Readonly<Record<keyof typeof dutch, string>>;

/** The office's texts, in one language. */
export type OfficeTexts = Readonly<Record<keyof typeof dutchOffice, string>>;

/** One area's texts in another language: each key of the Dutch area, and no other. */
export type Translation<DutchArea> = Readonly<Record<keyof DutchArea, string>>;
