// A QR code as SVG text, the one way every page draws one. The encoder (qrcode, about
// 8 KiB gzipped) loads on the first code drawn, not with the page that may show one.
export async function qrSvg(text: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}
