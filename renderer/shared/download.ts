import type { ExportedFile } from '../../core/api/contract';

/** Hands an exported file to the user: a download in the browser, a save dialog in Electron. */
export function downloadFile(file: ExportedFile): void {
  const blob = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
