// Which requests may reach browser mode at all: they must name this server in Host (DNS-rebinding
// defence) and, when a browser sends one, in Origin (CSRF defence). Who the caller is comes after,
// from the link cookie (link-auth.ts).
import type { IncomingMessage } from 'node:http';
import os from 'node:os';

export interface Guard {
  /** Null when the request may proceed, else the reason it may not. */
  refuse(request: IncomingMessage): string | null;
}

export function createGuard(host: string, port: number): Guard {
  const allowedHosts = new Set(hostNames(host).map((name) => `${name}:${port}`));

  return {
    refuse(request) {
      const hostHeader = (request.headers.host ?? '').toLowerCase();
      if (!allowedHosts.has(hostHeader)) return `Host "${hostHeader}" is not this server.`;
      const origin = request.headers.origin;
      if (origin !== undefined) {
        let originHost: string;
        try {
          originHost = new URL(origin).host.toLowerCase();
        } catch {
          return `Origin "${origin}" is not this server.`;
        }
        if (!allowedHosts.has(originHost)) return `Origin "${origin}" is not this server.`;
      }
      return null;
    },
  };
}

/** Names a browser may use for this server: loopback always, plus the interface addresses when bound wider. */
function hostNames(host: string): string[] {
  const names = ['127.0.0.1', 'localhost', '[::1]'];
  if (host === '0.0.0.0' || host === '::') {
    for (const addresses of Object.values(os.networkInterfaces())) {
      for (const address of addresses ?? []) {
        names.push(address.family === 'IPv6' ? `[${address.address}]` : address.address);
      }
    }
    names.push(os.hostname().toLowerCase());
  } else {
    names.push(host.includes(':') ? `[${host}]` : host.toLowerCase());
  }
  return names;
}
