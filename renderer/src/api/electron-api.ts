// Electron mode: the preload already exposes the typed API; files are imported from their path on disk.
import type { GavelApi } from '../../../shared/contract';
import { fail, ok } from '../../../shared/result';
import type { GavelFiles, RendererApi } from './types';

export function createElectronApi(gavel: GavelApi, files: GavelFiles | undefined): RendererApi {
  return {
    ...gavel,
    linkFor: (token) => `/?token=${token}`,
    async sourceForFile(file) {
      // Files not backed by a disk file (e.g. dragged out of another app's memory) have no path.
      const path = files?.pathFor(file) ?? '';
      return path
        ? ok({ kind: 'path', path })
        : fail('INVALID_INPUT', `${file.name} is not a file on disk; save it first, then import it.`);
    },
  };
}
