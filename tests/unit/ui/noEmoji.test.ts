// Pictograms are inline SVG (src/ui/common/Pictogram.tsx), never emoji: where a browser has
// no emoji font (a bare kiosk, the packaged Chromium of the tests) an emoji is an empty box.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emojiPattern } from '../../support/emoji.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

describe('no emoji in src', () => {
  it('finds an emoji, its presentation selector and a pictograph, and leaves plain text alone', () => {
    for (const code of [0x1f6d2, 0x2615, 0x2709, 0x2705, 0x23f1, 0xfe0f, 0x1fa9c, 0x2b50]) {
      expect(String.fromCodePoint(code)).toMatch(emojiPattern);
    }
    expect('Vraag hulp · “Klaar” — 2 uur → ok é ü ©').not.toMatch(emojiPattern);
  });

  it('no file in src has one', () => {
    const found = filesUnder(join(root, 'src')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => {
          const emoji = line.match(emojiPattern);
          return emoji ? [`${relative(root, file)}:${index + 1} ${emoji[0]}`] : [];
        }),
    );
    expect(found).toEqual([]);
  });
});
