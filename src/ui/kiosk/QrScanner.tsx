// Reads a member card's QR code with the camera. The browser's BarcodeDetector where it
// has one (Chromium on Android, ChromeOS and macOS); elsewhere jsQR, a small pure-JavaScript
// decoder: no WebAssembly and no worker, so the site's strict CSP needs nothing new. jsQR
// loads only once the camera is on and the browser has no detector of its own.
import { createSignal, onCleanup, Show } from 'solid-js';
import { logFailure } from '../app/logFailure.ts';
import { Pictogram } from '../common/Pictogram.tsx';
import { t } from '../i18n.ts';

const everyMs = 250;

interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}

async function nativeDetector(): Promise<Detector | null> {
  const Native = (
    globalThis as { BarcodeDetector?: { new (o: object): Detector; getSupportedFormats(): Promise<string[]> } }
  ).BarcodeDetector;
  if (!Native) return null;
  try {
    return (await Native.getSupportedFormats()).includes('qr_code') ? new Native({ formats: ['qr_code'] }) : null;
  } catch (error) {
    // The browser's detector is there but will not run: jsQR reads the picture instead.
    console.warn('the built-in QR detector failed, reading with jsQR:', error);
    return null;
  }
}

export function QrScanner(props: { onCode: (text: string) => void }) {
  const [state, setState] = createSignal<'off' | 'starting' | 'on' | 'no-camera'>('off');
  let video: HTMLVideoElement | undefined;
  let stream: MediaStream | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const canvas = document.createElement('canvas');

  const stop = () => {
    clearTimeout(timer);
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
    if (video) video.srcObject = null;
  };
  onCleanup(stop);

  const start = async () => {
    setState('starting');
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 }, audio: false });
    } catch (error) {
      // No camera, or no permission: the screen says so and the code can be typed.
      console.warn('no camera:', error);
      setState('no-camera');
      return;
    }
    setState('on');
    if (!video) return;
    video.srcObject = stream;
    await video.play().catch(logFailure('the camera picture did not play', undefined));
    const detector = await nativeDetector();
    const decode = detector ? null : (await import('jsqr')).default;
    const look = async () => {
      const found = video && stream ? await read(video, detector, decode) : null;
      if (found) {
        stop();
        setState('off');
        props.onCode(found);
      } else if (stream) timer = setTimeout(() => void look(), everyMs);
    };
    void look();
  };

  const read = async (
    source: HTMLVideoElement,
    detector: Detector | null,
    decode: typeof import('jsqr').default | null,
  ): Promise<string | null> => {
    if (source.readyState < 2 || source.videoWidth === 0) return null;
    if (detector) {
      const [code] = await detector.detect(source).catch(logFailure('reading a QR code failed', []));
      return code?.rawValue ?? null;
    }
    if (!decode) return null;
    canvas.width = source.videoWidth;
    canvas.height = source.videoHeight;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return null;
    context.drawImage(source, 0, 0);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return decode(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
  };

  return (
    <div class="scanner">
      <Show when={state() === 'off' || state() === 'no-camera'}>
        <button type="button" class="button kiosk-big" onClick={() => void start()}>
          <Pictogram name="scan" /> {t('card.scan')}
        </button>
      </Show>
      <Show when={state() === 'no-camera'}>
        <p class="problem" role="alert">
          {t('card.noCamera')}
        </p>
      </Show>
      <Show when={state() === 'starting' || state() === 'on'}>
        <p role="status">{t('card.scanning')}</p>
      </Show>
      <video
        ref={video}
        class="scanner-video"
        classList={{ shown: state() === 'on' }}
        muted
        playsinline
        aria-label={t('card.cameraView')}
      />
      <Show when={state() === 'on'}>
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            stop();
            setState('off');
          }}
        >
          {t('card.scanStop')}
        </button>
      </Show>
    </div>
  );
}
