// Entry of the core host process. In the desktop app Electron starts it as a utilityProcess and
// talks over its parentPort; tests and benchmarks start it with child_process.fork and talk over
// Node's IPC channel. Either way the same messages (./protocol) flow. When the client goes away
// without closing, the workspace is closed as on a normal close (runs paused, writes flushed).
import { serveCore } from './host';
import type { FromHost, MessageEnd, ToHost } from './protocol';

/** What Electron puts on `process` in a utilityProcess. */
interface ParentPort {
  on(event: 'message', listener: (message: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

function clientEnd(): MessageEnd<ToHost, FromHost> {
  const parentPort = (process as { parentPort?: ParentPort }).parentPort;
  if (parentPort) {
    return {
      post: (message) => parentPort.postMessage(message),
      onMessage: (listener) => parentPort.on('message', ({ data }) => listener(data as ToHost)),
    };
  }
  if (!process.send) throw new Error('The core host must be started by Electron or with child_process.fork.');
  return {
    post: (message) => process.connected && process.send!(message),
    onMessage(listener) {
      process.on('message', (message) => listener(message as ToHost));
      process.once('disconnect', () => listener({ type: 'close' }));
    },
  };
}

await serveCore(clientEnd());
process.exit(0);
