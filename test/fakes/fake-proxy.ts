// A forward proxy on 127.0.0.1, as a corporate proxy would be: CONNECT tunnels (what the openai
// SDK's undici ProxyAgent and https-proxy-agent open, for http:// targets too) and absolute-URI
// forwarding of plain HTTP requests. It counts what it relays and the hosts it was asked for.
import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';

export interface FakeProxy {
  /** http://127.0.0.1:PORT, for HTTP_PROXY / HTTPS_PROXY. */
  url: string;
  /** Tunnels opened plus requests forwarded. */
  relayed: number;
  /** host:port of every relayed target, in order. */
  targets: string[];
  close(): Promise<void>;
}

export async function startFakeProxy(): Promise<FakeProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const server = http.createServer((req, res) => {
    // Absolute-form request line: GET http://host:port/path HTTP/1.1
    const target = new URL(req.url ?? '');
    proxy.relayed++;
    proxy.targets.push(target.host);
    const upstream = http.request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connection', track);
  server.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
    const [host = '', port = '443'] = (req.url ?? '').split(':');
    proxy.relayed++;
    proxy.targets.push(`${host}:${port}`);
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const proxy: FakeProxy = {
    url: `http://127.0.0.1:${port}`,
    relayed: 0,
    targets: [],
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
