/**
 * The one upload path of every product: CRM attachments and photos, CRM bulk-write files and
 * Analytics imports all turn their source into a sized multipart part here, with the
 * product's size limit checked before any byte is sent.
 *
 * Runs on any runtime with `fetch`: `node:fs` is loaded only for a path or a `file:` URL.
 */
import type { CallOptions } from '../call-options.js';
import { ZohoError, ZohoFileTooLargeError, type ZohoProduct } from '../errors.js';
import { nodeBuiltin } from '../node-builtin.js';
import { safeFileName } from './safe-file-name.js';

/**
 * What an upload can read from:
 * - a file path or a `file:` URL (Node only: read lazily from disk, never loaded whole),
 * - an `http(s):` URL (fetched without credentials, its body streamed against the limit),
 * - bytes: a Buffer, Uint8Array or ArrayBuffer,
 * - a Blob or File,
 * - a web ReadableStream, a Node Readable, or any async iterable of bytes (or strings).
 *
 * Streams have no length up front: their bytes are counted as they arrive and reading stops
 * as soon as the limit is passed, so an oversized stream fails before any request is sent.
 */
export type UploadSource = string | URL | Uint8Array | ArrayBuffer | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>;

/** How to name and type an uploaded file. */
export interface UploadOptions extends CallOptions {
  /**
   * The name Zoho shows. Defaults to the path's, URL's or File's name, else `file`. Only its
   * last path segment is sent, without control characters (see safeFileName).
   */
  fileName?: string;
  /** Defaults to the Blob's type, else a guess from the name's extension, else octet-stream. */
  contentType?: string;
}

/** The limit a product sets for one upload, and how its error names the file. */
export interface UploadRule {
  /** Bytes at most (CRM attachment 20 MB, photo 10 MB, bulk write 25 MB, Analytics sync import 20 MB). */
  limit: number;
  /** What the file is, for the error message: `attachment`, `photo`, `bulk write file`... */
  what: string;
  product: ZohoProduct;
}

/** A file ready for a multipart part: within the limit, named and typed. */
export interface PreparedFile {
  blob: Blob;
  fileName: string;
  size: number;
}

/** A multipart body holding one file part, and the file it holds. */
export interface UploadBody {
  form: FormData;
  file: PreparedFile;
}

/**
 * A FormData with `source` as the part named `part` (CRM: `file`, Analytics: `FILE`).
 *
 * @throws ZohoFileTooLargeError when the source is over `rule.limit` (nothing is sent).
 */
export async function uploadBody(part: string, source: UploadSource, options: UploadOptions, rule: UploadRule): Promise<UploadBody> {
  const file = await prepareFile(source, options, rule);
  const form = new FormData();
  form.append(part, file.blob, file.fileName);
  return { form, file };
}

/** Reads `source` into a Blob no larger than `rule.limit`, or throws ZohoFileTooLargeError without sending anything. */
export async function prepareFile(source: UploadSource, options: UploadOptions, rule: UploadRule): Promise<PreparedFile> {
  options.signal?.throwIfAborted();
  const named = options.fileName ?? nameOf(source);
  const fileName = safeFileName(named ?? '', 'file');
  const type = options.contentType ?? (source instanceof Blob && source.type !== '' ? source.type : guessType(fileName));
  const tooLarge = (size: number, sizeKnown: boolean): ZohoFileTooLargeError =>
    new ZohoFileTooLargeError({ fileName, size, limit: rule.limit, sizeKnown, what: rule.what, product: rule.product });
  const sized = (blob: Blob): PreparedFile => ({ blob, fileName, size: blob.size });

  if (typeof source === 'string' || (source instanceof URL && source.protocol === 'file:')) {
    return sized(await blobFromPath(source, type, rule, tooLarge));
  }
  if (source instanceof URL) return sized(await blobFromUrl(source, type, rule, options.signal, tooLarge));
  if (source instanceof Blob) {
    if (source.size > rule.limit) throw tooLarge(source.size, true);
    // slice() retypes without copying.
    return sized(source.slice(0, source.size, type));
  }
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    const bytes = source instanceof ArrayBuffer ? new Uint8Array(source) : source;
    if (bytes.byteLength > rule.limit) throw tooLarge(bytes.byteLength, true);
    return sized(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  }
  return sized(new Blob(await readCapped(source, rule.limit, options.signal, (read) => tooLarge(read, false)), { type }));
}

/** Whether a value is one of the sources above (and not, say, a `{ url }` link object). */
export function isUploadSource(value: unknown): value is UploadSource {
  return (
    typeof value === 'string' ||
    value instanceof URL ||
    value instanceof Blob ||
    value instanceof ReadableStream ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    (typeof value === 'object' && value !== null && Symbol.asyncIterator in value)
  );
}

/** The name a source carries: a path's or URL's last segment, a File's name, an fs.ReadStream's path. */
function nameOf(source: UploadSource): string | undefined {
  if (typeof source === 'string') return source;
  if (source instanceof URL) return decodeURIComponent(source.pathname);
  if (typeof File !== 'undefined' && source instanceof File) return source.name;
  const path = (source as { path?: unknown }).path;
  return typeof path === 'string' ? path : undefined;
}

async function blobFromPath(path: string | URL, type: string, rule: UploadRule, tooLarge: (size: number, known: boolean) => Error): Promise<Blob> {
  // Node only, and loaded only here, so the core keeps running on any fetch runtime.
  const fs = await nodeBuiltin('fs', 'upload from a file path', 'pass a Blob, bytes or a stream instead');
  const shown = String(path);
  let size: number;
  try {
    const stat = await fs.promises.stat(path);
    if (!stat.isFile()) throw new ZohoError(`${rule.product}: cannot upload "${shown}": it is not a file`, { product: rule.product });
    size = stat.size;
  } catch (error) {
    if (error instanceof ZohoError) throw error;
    const code = (error as { code?: unknown }).code;
    throw new ZohoError(`${rule.product}: cannot read the file "${shown}": ${typeof code === 'string' ? code : 'unreadable'}`, { product: rule.product, cause: error });
  }
  if (size > rule.limit) throw tooLarge(size, true);
  // A file-backed Blob: its bytes are read from disk while the request is sent.
  return (await fs.openAsBlob(path, { type })) as Blob;
}

/**
 * An `http(s):` URL's body. It is fetched with the runtime's own fetch and no credentials
 * (never the Zoho transport: the user's token must not go to a third-party host). A
 * Content-Length over the limit fails before the body is read; otherwise the body is counted.
 */
async function blobFromUrl(url: URL, type: string, rule: UploadRule, signal: AbortSignal | undefined, tooLarge: (size: number, known: boolean) => Error): Promise<Blob> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ZohoError(`${rule.product}: cannot upload from a ${url.protocol} URL; use a file path, a file: or http(s): URL, bytes, a Blob or a stream`, { product: rule.product });
  }
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ZohoError(`${rule.product}: cannot fetch ${url.origin}${url.pathname} to upload it`, { product: rule.product, cause: error });
  }
  if (!response.ok || response.body === null) {
    await response.body?.cancel();
    throw new ZohoError(`${rule.product}: fetching ${url.origin}${url.pathname} to upload it answered HTTP ${response.status}`, { product: rule.product, status: response.status });
  }
  const length = response.headers.get('content-length');
  if (length !== null && /^\d+$/.test(length) && Number(length) > rule.limit) {
    await response.body.cancel();
    throw tooLarge(Number(length), true);
  }
  return new Blob(await readCapped(response.body, rule.limit, signal, (read) => tooLarge(read, false)), { type: type === 'application/octet-stream' ? (response.headers.get('content-type') ?? type) : type });
}

/** Reads a stream to its end, counting bytes; stops and cancels it as soon as it passes `limit`. */
async function readCapped(
  source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>,
  limit: number,
  signal: AbortSignal | undefined,
  tooLarge: (read: number) => Error,
): Promise<Uint8Array<ArrayBuffer>[]> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let read = 0;
  const take = (chunk: Uint8Array | string): void => {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : new Uint8Array(chunk);
    read += bytes.byteLength;
    if (read > limit) throw tooLarge(read);
    chunks.push(bytes);
  };
  if (source instanceof ReadableStream) {
    // A reader rather than async iteration: not every runtime iterates web streams.
    const reader = source.getReader();
    try {
      for (;;) {
        signal?.throwIfAborted();
        const { done, value } = await reader.read();
        if (done) break;
        take(value);
      }
    } catch (error) {
      // Tell the producer to stop; the error that made us stop is the one worth reporting.
      await reader.cancel(error).catch((cancelError: unknown) => void cancelError);
      throw error;
    } finally {
      reader.releaseLock();
    }
    return chunks;
  }
  // Leaving the loop early (limit, abort) calls the iterator's return(): a Node Readable is destroyed.
  for await (const chunk of source) {
    signal?.throwIfAborted();
    take(chunk);
  }
  return chunks;
}

const TYPES: { readonly [extension: string]: string } = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp', webp: 'image/webp', tif: 'image/tiff', tiff: 'image/tiff',
  pdf: 'application/pdf', txt: 'text/plain', csv: 'text/csv', json: 'application/json', zip: 'application/zip', xml: 'application/xml',
  doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint', pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

function guessType(fileName: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return (extension && TYPES[extension]) || 'application/octet-stream';
}
