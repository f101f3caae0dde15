import { ZohoError } from '../../errors.js';

/**
 * A file over Zoho's size limit (20 MB for an attachment, 10 MB for a record photo),
 * caught before anything was sent. The code is CRM's own, `FILE_SIZE_MORE_THAN_ALLOWED_SIZE`,
 * so one check catches this and CRM's 413 alike.
 */
export class ZohoFileTooLargeError extends ZohoError {
  override name = 'ZohoFileTooLargeError';
  /** The file's size in bytes; for a stream of unknown length, the bytes read before stopping. */
  readonly size: number;
  /** The limit in bytes. */
  readonly limit: number;
  /** False when the source was a stream: `size` is then how far it got, not its length. */
  readonly sizeKnown: boolean;
  readonly fileName: string;

  constructor(options: { fileName: string; size: number; limit: number; sizeKnown: boolean; what: string }) {
    const { fileName, size, limit } = options;
    const over = options.sizeKnown
      ? `is ${megabytes(size)} (${grouped(size)} bytes)`
      : `ran past ${megabytes(limit)} (${grouped(size)} bytes read before stopping)`;
    super(`crm: the ${options.what} "${fileName}" ${over}, over Zoho CRM's ${megabytes(limit)} limit (${grouped(limit)} bytes); nothing was uploaded`, {
      product: 'crm',
      code: 'FILE_SIZE_MORE_THAN_ALLOWED_SIZE',
      details: { size, limit, sizeKnown: options.sizeKnown },
    });
    this.size = size;
    this.limit = limit;
    this.sizeKnown = options.sizeKnown;
    this.fileName = fileName;
  }
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
