// Saving a file the page made (an export, a spreadsheet) through the browser's own
// download: nothing leaves the device.
export function download(name: string, data: Uint8Array | string, type: string): void {
  const parts: BlobPart[] = [typeof data === 'string' ? data : new Uint8Array(data)];
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A CSV as a spreadsheet opens it: UTF-8 with a byte-order mark (Excel needs it for accents). */
export function downloadCsv(name: string, text: string): void {
  download(name, `\ufeff${text}`, 'text/csv;charset=utf-8');
}
