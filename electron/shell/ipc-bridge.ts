// Carries the API contract over Electron IPC: one ipcMain.handle per channel, each checking that
// the call comes from our own renderer frame, and core events forwarded to every window.
import { BrowserWindow, ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { CHANNELS, IPC_EVENT_CHANNEL, ipcChannel } from '../../shared/channels';
import type { GavelEvent } from '../../shared/contract';
import { fail } from '../../shared/result';
import type { CoreConnection } from '../core-host/client';

/** True when the frame that sent a message shows our renderer (not a foreign or navigated page). */
export type SenderCheck = (url: string) => boolean;

/** A menu command the renderer carries out (File > Import… with the chosen file, and so on). */
export interface MenuEvent {
  type: 'menu';
  command: 'import' | 'export' | 'settings';
  /** The file chosen in the native dialog, for import and export. */
  path?: string;
}

/** Sends an event to every window on the event channel the preload listens to. */
export function broadcast(event: GavelEvent | MenuEvent): void {
  for (const window of BrowserWindow.getAllWindows()) window.webContents.send(IPC_EVENT_CHANNEL, event);
}

export function registerIpcBridge(core: CoreConnection, isTrustedUrl: SenderCheck): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(ipcChannel(channel), (event: IpcMainInvokeEvent, input: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(url)) return fail('FORBIDDEN', `IPC from an untrusted frame (${url || 'unknown'}) refused.`);
      return core.call(channel, input);
    });
  }
  const unsubscribe = core.subscribe(broadcast);
  return () => {
    unsubscribe();
    for (const channel of CHANNELS) ipcMain.removeHandler(ipcChannel(channel));
  };
}
