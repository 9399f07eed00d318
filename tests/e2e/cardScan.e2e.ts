// Logging in at the kiosk by showing the member card to the camera: Chromium's fake video
// capture plays a video made here from the card's QR code (a .y4m file: raw YUV frames
// behind a one-line header), and the kiosk's scanner (BarcodeDetector where the browser
// has it, else jsQR) reads it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import QRCode from 'qrcode';
import { chromiumArgs } from '../../playwright.config.ts';
import { chromiumExecutable } from '../browser/chromiumExecutable.ts';
import { expect, test } from './fixtures.ts';
import { enrolCard, setUpKiosk, typePin } from './kiosk.ts';

const width = 640;
const height = 480;

/** A few seconds of video showing `text` as a QR code, black on white, in the middle. */
function qrVideo(text: string): Buffer {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const scale = Math.floor((height - 80) / (size + 8));
  const left = Math.floor((width - size * scale) / 2);
  const top = Math.floor((height - size * scale) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!qr.modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++)
        luma.fill(
          16,
          (top + row * scale + y) * width + left + col * scale,
          (top + row * scale + y) * width + left + (col + 1) * scale,
        );
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`);
  return Buffer.concat([header, ...Array.from({ length: 10 }, () => frame)]);
}

test('the card shown to the camera logs in (a generated QR code as the fake camera)', async ({
  site,
  network,
  devices,
}) => {
  test.setTimeout(240_000);
  const { coordinator } = await network([]);
  // The card comes first, then the kiosk: the kiosk's enrolment seals every card's share to it too.
  const code = await enrolCard(coordinator.page, 'Gerrit', '4821');
  await coordinator.page.getByRole('button', { name: 'Kaart is afgedrukt' }).click();

  const folder = mkdtempSync(join(tmpdir(), 'buurtruil-camera-'));
  const video = join(folder, 'card.y4m');
  writeFileSync(video, qrVideo(code));
  const camera = await chromium.launch({
    executablePath: await chromiumExecutable(),
    // The fake UI answers the camera prompt (headless Chromium refuses the camera without it).
    args: [
      ...chromiumArgs,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const kiosk = await setUpKiosk(camera, site.url, coordinator.page);
    devices.push(kiosk);
    await kiosk.page.getByRole('button', { name: 'Inloggen met je ledenkaart' }).click();
    await kiosk.page.getByRole('button', { name: 'Kaart scannen' }).click();
    await expect(kiosk.page.getByRole('heading', { name: 'Typ je pincode' })).toBeVisible({ timeout: 30_000 });
    await typePin(kiosk.page, '4821');
    await expect(kiosk.page.getByRole('heading', { name: 'Hallo Gerrit!' })).toBeVisible();
    await kiosk.page.getByRole('button', { name: 'Klaar' }).click();
    await expect(kiosk.page.getByTestId('kiosk-board')).toBeVisible();
    await kiosk.context.close();
  } finally {
    await camera.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
