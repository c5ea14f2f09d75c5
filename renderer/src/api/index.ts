// Picks the bridge this page runs behind: the Electron preload when present, else browser mode.
import { createElectronApi } from './electron-api';
import { createHttpApi } from './http-api';
import { takeSessionToken } from './session-token';
import type { RendererApi } from './types';

export type { RendererApi } from './types';

/** The API, or null in browser mode when the page was opened without its access token. */
export function connectApi(): RendererApi | null {
  if (window.gavel) return createElectronApi(window.gavel, window.gavelFiles);
  const token = takeSessionToken();
  return token ? createHttpApi(token) : null;
}
