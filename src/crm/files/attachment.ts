import type { components } from '../../../generated/crm.js';

/** An attachment as CRM lists it: `File_Name`, `Size` (bytes, as a string), `$type`, `$link_url`... */
export type Attachment = components['schemas']['Attachment'];

/** Zoho CRM's limit for one attachment: 20 MB. Checked before any byte is sent. */
export const ATTACHMENT_LIMIT_BYTES = 20 * 1024 * 1024;

/** The fields an attachment list asks for when none are given. */
export const DEFAULT_ATTACHMENT_FIELDS = ['File_Name', 'Size', 'Parent_Id', 'Owner', 'Created_Time', 'Modified_Time', 'Created_By', 'Modified_By'];

/** What an upload created. */
export interface UploadedAttachment {
  id: string;
  /** The name sent (for a link, its title or URL). */
  fileName: string;
  /** Bytes sent; undefined for a link. */
  size: number | undefined;
  /** The URL, for a link attachment. */
  url: string | undefined;
}

/** A downloaded file: a stream of its bytes and what the answer said about it. */
export interface FileDownload {
  /** The bytes, streamed: read it once (or pipe it), it is not buffered. */
  stream: ReadableStream<Uint8Array>;
  /**
   * The file name, made safe to write to disk (last path segment, no control characters);
   * undefined when the answer named no file.
   */
  fileName: string | undefined;
  /** The name exactly as CRM sent it. */
  originalFileName: string | undefined;
  /** Content-Length, when the answer had one. */
  size: number | undefined;
  contentType: string;
}

/** The download metadata of an answer. */
export function describeDownload(stream: ReadableStream<Uint8Array>, response: Response, original: string | undefined, safe: string | undefined): FileDownload {
  const length = response.headers.get('content-length');
  return {
    stream,
    fileName: safe,
    originalFileName: original,
    size: length !== null && /^\d+$/.test(length) ? Number(length) : undefined,
    contentType: response.headers.get('content-type') ?? 'application/octet-stream',
  };
}
