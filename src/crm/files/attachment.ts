import type { components } from '../../../generated/crm.js';
import { auditFieldsOf, type AuditFields } from '../audit-fields.js';

/** An attachment as CRM lists it: `File_Name`, `Size` (bytes, as a string), `$type`, `$link_url`... */
export type AttachmentData = components['schemas']['Attachment'];

/** Zoho CRM's limit for one attachment: 20 MB. Checked before any byte is sent. */
export const ATTACHMENT_LIMIT_BYTES = 20 * 1024 * 1024;

/** The fields an attachment list asks for when none are given. */
export const DEFAULT_ATTACHMENT_FIELDS = ['File_Name', 'Size', 'Parent_Id', 'Owner', 'Created_Time', 'Modified_Time', 'Created_By', 'Modified_By'];

/**
 * An attachment, the same whether listed or just uploaded: its name, size in bytes (a
 * number), the link for a link attachment, and CRM's own object as `raw`. An uploaded one
 * holds what was sent plus what CRM answered (id, times, creator).
 */
export interface Attachment extends AuditFields {
  id: string;
  /** The file's name (for a link, its title or URL). */
  fileName: string;
  /** Bytes; undefined for a link (and when the list was not asked for `Size`). */
  size: number | undefined;
  /** The URL, for a link attachment; undefined for a file. */
  url: string | undefined;
  /** The record it is attached to. */
  parent: { id: string | undefined; name: string | undefined } | undefined;
  /** CRM's attachment, as sent (or, for an upload, the fields sent and CRM's answer). */
  raw: AttachmentData;
}

/** The Attachment of CRM's attachment object. */
export function attachmentOf(raw: AttachmentData): Attachment {
  const url = typeof raw.$link_url === 'string' && raw.$link_url !== '' ? raw.$link_url : undefined;
  // Zoho sends a link's Size as "0" (or none): a link has no size.
  const size = url === undefined && typeof raw.Size === 'string' && /^\d+$/.test(raw.Size) ? Number(raw.Size) : undefined;
  return {
    id: raw.id ?? '',
    fileName: raw.File_Name ?? url ?? '',
    size,
    url,
    parent: raw.Parent_Id ? { id: raw.Parent_Id.id, name: raw.Parent_Id.name } : undefined,
    ...auditFieldsOf(raw),
    raw,
  };
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
