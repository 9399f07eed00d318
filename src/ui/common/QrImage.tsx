// A QR code as an image (an SVG data URL: the CSP allows images from data:).
import { createResource, Show } from 'solid-js';
import { qrSvg } from '../format/qrSvg.ts';

export function QrImage(props: { text: string; alt: string; size?: number }) {
  const [svg] = createResource(() => props.text, qrSvg);
  return (
    <Show when={svg()}>
      {(image) => (
        <img
          class="qr"
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(image())}`}
          alt={props.alt}
          width={props.size ?? 200}
          height={props.size ?? 200}
        />
      )}
    </Show>
  );
}
