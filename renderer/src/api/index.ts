// Picks the bridge this page runs behind: the Electron preload when present, else browser mode.
import { createElectronApi } from './electron-api';
import { createHttpApi } from './http-api';
import type { RendererApi } from './types';

export type { RendererApi } from './types';

/** The Electron preload's API, else browser mode's (signed in or not: `access.me` tells). */
export function connectApi(): RendererApi {
  return window.gavel ? createElectronApi(window.gavel, window.gavelFiles) : createHttpApi(window.location.origin);
}
