// A TCP proxy in front of PostgreSQL or Redis that a test can cut (every connection dropped,
// new ones refused) and restore, to see what the server does while a dependency is down.
import { connect, createServer, type Server, type Socket } from 'node:net';

/** A proxy on 127.0.0.1 to `upstream`. */
export interface TcpProxy {
  readonly port: number;
  /** Drops every connection and refuses new ones. */
  cut(): Promise<void>;
  /** Accepts connections again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a proxy to `host:port`. */
export async function startTcpProxy(host: string, port: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const make = (): Server =>
    createServer((client) => {
      const upstream = connect(port, host);
      sockets.add(client).add(upstream);
      const drop = () => {
        client.destroy();
        upstream.destroy();
        sockets.delete(client);
        sockets.delete(upstream);
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      client.pipe(upstream);
      upstream.pipe(client);
    });
  const listen = (server: Server, on: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(on, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
    });
  let server: Server | undefined = make();
  const proxyPort = await listen(server, 0);
  const stop = async () => {
    const s = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    if (s !== undefined) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  return {
    port: proxyPort,
    cut: stop,
    async restore() {
      if (server !== undefined) return;
      server = make();
      await listen(server, proxyPort);
    },
    close: stop,
  };
}
