// The renderer's only door to the main process: one named function per API channel and an event
// subscription that returns its unsubscribe. ipcRenderer itself is never exposed.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { CHANNELS, IPC_EVENT_CHANNEL, ipcChannel } from '../shared/channels';
import type { GavelApi, GavelEvent } from '../shared/contract';

const calls = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(ipcChannel(channel), input)]),
);

const api = {
  ...calls,
  onEvent(listener: (event: GavelEvent) => void) {
    const forward = (_event: IpcRendererEvent, payload: GavelEvent) => listener(payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
} as GavelApi;

contextBridge.exposeInMainWorld('gavel', api);
contextBridge.exposeInMainWorld('gavelFiles', {
  /** Path of a file the user chose or dropped, so the main process can stream it from disk. */
  pathFor: (file: File) => webUtils.getPathForFile(file),
});
