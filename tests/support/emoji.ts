// What counts as an emoji for the "pictograms are SVG" checks (unit: no file in src has
// one; e2e: no page shows one): the emoji blocks, the symbols that browsers draw as emoji
// (a stopwatch, an hourglass), every character shown as emoji by default, and the
// selector that asks for emoji presentation. Plain arrows, dashes and quotes are text.
export const emojiPattern =
  /[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u{2B00}-\u{2BFF}\u{231A}\u{231B}\u{23E9}-\u{23FA}\p{Emoji_Presentation}]|\u{FE0F}|\u{20E3}/u;
