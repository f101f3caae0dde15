import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONNECTION_RESET, type SimAnswer } from './faults.js';
import { jsonText } from './products.js';

// JSON, text and HTML answers are small and already whole in memory.
const BUFFERED = /json|text|html|xml/i;

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
export async function serveHttp(handle: (request: Request, arrivedAt: number) => Promise<SimAnswer>, port = 0): Promise<ListeningServer> {
  const http = await import('node:http');

  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    const arrivedAt = performance.now();
    void (async () => {
      const request = await toRequest(req);
      const answer = await handle(request, arrivedAt);
      if (answer === CONNECTION_RESET) {
        req.socket.destroy();
        return;
      }
      const headers = Object.fromEntries(answer.headers);
      // Small documents go out in one write; binary answers (ZIPs, files) stream, so a
      // big bulk result never sits whole in memory and backpressure reaches the producer.
      if (!answer.body || BUFFERED.test(answer.headers.get('content-type') ?? '')) {
        let body: Buffer;
        try {
          const text = jsonText(answer);
          body = text === undefined ? Buffer.from(await answer.arrayBuffer()) : Buffer.from(text);
        } catch {
          // A body that fails midway (the 'body-reset' fault) reaches the client as a cut connection.
          res.socket?.destroy();
          return;
        }
        res.writeHead(answer.status, { ...headers, 'content-length': String(body.length) });
        res.end(body);
        return;
      }
      res.writeHead(answer.status, headers);
      try {
        for await (const chunk of answer.body as unknown as AsyncIterable<Uint8Array>) {
          if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
        }
        res.end();
      } catch {
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

/** The incoming message as a fetch Request, its body read into memory (requests are small). */
async function toRequest(req: IncomingMessage): Promise<Request> {
  const url = `http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`;
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else if (value !== undefined) headers.set(key, value);
  }
  if (req.method === 'GET' || req.method === 'HEAD') return new Request(url, { method: req.method, headers });
  const body = await new Promise<Buffer<ArrayBuffer>>((resolve, reject) => {
    const chunks: Buffer<ArrayBuffer>[] = [];
    req.on('data', (chunk: Buffer<ArrayBuffer>) => chunks.push(chunk));
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.once('error', reject);
  });
  return new Request(url, { method: req.method ?? 'POST', headers, body });
}
