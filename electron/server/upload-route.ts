// POST /api/upload: the file's bytes streamed to disk, within the server's size limit. A refused
// upload is answered 413 and its connection closed without reading the rest.
import type http from 'node:http';
import { fail, ok } from '../../shared/result';
import { UploadAbortedError, UploadTooLargeError, type UploadStore } from '../core/uploads';
import { sendResult } from './http-replies';

export async function handleUpload(uploads: UploadStore, request: http.IncomingMessage, response: http.ServerResponse) {
  const name = request.headers['x-file-name'];
  if (typeof name !== 'string' || name.length === 0) {
    return sendResult(response, 400, fail('INVALID_INPUT', 'Upload needs an X-File-Name header.'));
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > uploads.maxBytes) return refuseTooLarge(response, new UploadTooLargeError(uploads.maxBytes));
  try {
    const id = await uploads.save(decodeURIComponent(name), request);
    sendResult(response, 200, ok({ id }));
  } catch (error) {
    if (error instanceof UploadTooLargeError) return refuseTooLarge(response, error);
    // Nobody is left to read an answer to a cut-off upload.
    if (error instanceof UploadAbortedError) return void response.destroy();
    sendResult(response, 500, fail('INTERNAL', `Upload failed: ${(error as Error).message}`));
  }
}

function refuseTooLarge(response: http.ServerResponse, error: UploadTooLargeError) {
  response.once('finish', () => response.socket?.destroy());
  sendResult(response, 413, fail('INVALID_INPUT', error.message), { Connection: 'close' });
}
