// Hands a file built by the main process to the user as a download: a Blob behind an <a download>,
// which both a browser and Electron's renderer save without any Node API.
import type { ExportFile } from '../../../shared/contract';

/** Long enough for the browser to start reading the Blob; the URL only frees memory after. */
const REVOKE_AFTER_MS = 10_000;

export function saveFile(file: Pick<ExportFile, 'fileName' | 'mimeType' | 'content'>): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
