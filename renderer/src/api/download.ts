/**
 * Hands a file to the person: in browser mode a download, in the desktop app
 * Electron's own save dialog (it handles the download the same way).
 */
export function saveFile(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ZIP_TYPE = 'application/zip';

/** Files come from the core as base64 (both transports carry JSON): back to bytes. */
function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Word documents come from the core as base64 (both transports carry JSON). */
export function saveWordFile(file: { fileName: string; base64: string }): void {
  saveFile(file.fileName, base64Bytes(file.base64), DOCX_TYPE);
}

/** A zip of several files (browser mode's export for filing: a folder of Word documents), from base64. */
export function saveZipFile(file: { fileName: string; base64: string }): void {
  saveFile(file.fileName, base64Bytes(file.base64), ZIP_TYPE);
}
