import { ZohoError, ZohoFileTooLargeError } from '../../errors.js';
import { nodeBuiltin } from '../../node-builtin.js';
import { safeFileName } from './file-name.js';

/**
 * What a file upload can read from:
 * - a file path (Node only: read lazily from disk, never loaded whole into memory),
 * - bytes: a Buffer, Uint8Array or ArrayBuffer,
 * - a Blob or File,
 * - a web ReadableStream, a Node Readable, or any async iterable of bytes (or strings).
 *
 * Streams have no length up front: their bytes are counted as they arrive and reading stops
 * as soon as the limit is passed, so an oversized stream fails before any request is sent.
 */
export type UploadSource = string | Uint8Array | ArrayBuffer | Blob | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>;

/** How to name and type an uploaded file. */
export interface UploadOptions {
  /**
   * The name CRM shows. Defaults to the path's or File's name, else `file`. Only its last
   * path segment is sent, without control characters (see safeFileName).
   */
  fileName?: string;
  /** Defaults to the Blob's type, else a guess from the name's extension, else octet-stream. */
  contentType?: string;
  signal?: AbortSignal | undefined;
}

/** A file ready for a multipart part: within the limit, named and typed. */
export interface PreparedFile {
  blob: Blob;
  fileName: string;
  size: number;
}

/** Reads `source` into a Blob no larger than `limit`, or throws ZohoFileTooLargeError without sending anything. */
export async function prepareFile(source: UploadSource, options: UploadOptions, rule: { limit: number; what: string }): Promise<PreparedFile> {
  options.signal?.throwIfAborted();
  const named = options.fileName ?? nameOf(source);
  const fileName = safeFileName(named ?? '', 'file');
  const type = options.contentType ?? (source instanceof Blob && source.type !== '' ? source.type : guessType(fileName));
  const tooLarge = (size: number, sizeKnown: boolean): ZohoFileTooLargeError =>
    new ZohoFileTooLargeError({ fileName, size, limit: rule.limit, sizeKnown, what: rule.what });

  if (typeof source === 'string') {
    const blob = await blobFromPath(source, type, rule.limit, tooLarge);
    return { blob, fileName, size: blob.size };
  }
  if (source instanceof Blob) {
    if (source.size > rule.limit) throw tooLarge(source.size, true);
    // slice() retypes without copying.
    return { blob: source.slice(0, source.size, type), fileName, size: source.size };
  }
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    const bytes = source instanceof ArrayBuffer ? new Uint8Array(source) : source;
    if (bytes.byteLength > rule.limit) throw tooLarge(bytes.byteLength, true);
    return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), fileName, size: bytes.byteLength };
  }
  const chunks = await readCapped(source, rule.limit, options.signal, (read) => tooLarge(read, false));
  const blob = new Blob(chunks, { type });
  return { blob, fileName, size: blob.size };
}

/** The name a source carries: a path's last segment, a File's name, an fs.ReadStream's path. */
function nameOf(source: UploadSource): string | undefined {
  if (typeof source === 'string') return source;
  if (typeof File !== 'undefined' && source instanceof File) return source.name;
  const path = (source as { path?: unknown }).path;
  return typeof path === 'string' ? path : undefined;
}

async function blobFromPath(path: string, type: string, limit: number, tooLarge: (size: number, known: boolean) => Error): Promise<Blob> {
  // Node only, and loaded only here, so the core keeps running on any fetch runtime.
  const fs = await nodeBuiltin('fs', 'upload from a file path', 'pass a Blob, bytes or a stream instead');
  let size: number;
  try {
    const stat = await fs.promises.stat(path);
    if (!stat.isFile()) throw new ZohoError(`crm: cannot upload "${path}": it is not a file`, { product: 'crm' });
    size = stat.size;
  } catch (error) {
    if (error instanceof ZohoError) throw error;
    const code = (error as { code?: unknown }).code;
    throw new ZohoError(`crm: cannot read the file "${path}": ${typeof code === 'string' ? code : 'unreadable'}`, { product: 'crm', cause: error });
  }
  if (size > limit) throw tooLarge(size, true);
  // A file-backed Blob: its bytes are read from disk while the request is sent.
  return (await fs.openAsBlob(path, { type })) as Blob;
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

const TYPES: Record<string, string> = {
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
