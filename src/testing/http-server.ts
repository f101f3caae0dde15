import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONNECTION_RESET, type SimAnswer } from './faults.js';

export interface ListeningServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves a fetch-style handler over real HTTP on localhost, so programs that cannot take an
 * injected fetch (other SDKs, other languages) can talk to the simulator.
 * node:http is imported here, lazily, so zohokit/testing stays loadable without it.
 */
export async function serveHttp(handle: (request: Request) => Promise<SimAnswer>, port = 0): Promise<ListeningServer> {
  const http = await import('node:http');
  const { Readable } = await import('node:stream');

  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const request = toRequest(req, Readable);
      const answer = await handle(request);
      if (answer === CONNECTION_RESET) {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      if (!answer.body) {
        res.end();
        return;
      }
      try {
        for await (const chunk of answer.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
        res.end();
      } catch {
        // A body that fails midway (the 'body-reset' fault) must reach the client as a cut
        // connection, which is exactly what destroying the socket does.
        res.socket?.destroy();
      }
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(`simulator error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function toRequest(req: IncomingMessage, Readable: typeof import('node:stream').Readable): Request {
  const url = `http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`;
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else if (value !== undefined) headers.set(key, value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method ?? 'GET',
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}
