import type { CallOptions } from '../../call-options.js';
import { ZohoError, ZohoResponseError } from '../../errors.js';
import { firstPage, iteratePages, type IterateOptions, type Page } from '../../page.js';
import { safeFileName } from '../../upload/safe-file-name.js';
import { isUploadSource, uploadBody, type UploadOptions, type UploadSource } from '../../upload/upload-body.js';
import { ATTACHMENT_LIMIT_BYTES, attachmentOf, DEFAULT_ATTACHMENT_FIELDS, describeDownload, type Attachment, type AttachmentData, type FileDownload } from './attachment.js';
import { fileNameFromDisposition } from './content-disposition.js';
import { inChunks } from '../in-chunks.js';
import { batch, onlyItem, type ItemResult } from '../item-result.js';
import { pageByNumber } from '../crm-page.js';
import type { CrmRecord } from '../records/record.js';
import { savedId } from '../records/record-id.js';
import { isWebUrl } from './web-url.js';

/** Options of `record.attachments.list()`: the page (from 1), its size (≤ 200), the fields, which attachments. */
export interface AttachmentListOptions extends CallOptions {
  page?: number;
  perPage?: number;
  fields?: readonly string[];
  ids?: readonly string[];
}

/** The result of one upload of `uploadMany()`: on success, the attachment as a list would show it. */
export type AttachmentResult = ItemResult<{ attachment: Attachment }>;

/** A link to attach instead of a file (CRM's `attachmentUrl`); the 20 MB limit does not apply. */
export interface LinkSource {
  url: string;
}

/**
 * A record's attachments: list, upload (a path, bytes, a Blob, a stream or a link), download
 * as a stream, delete. The 20 MB limit is checked before anything is sent: a file over it
 * throws ZohoFileTooLargeError, and a stream is cut off (and the upload abandoned) the moment
 * it passes the limit.
 */
export class Attachments {
  constructor(readonly record: CrmRecord) {}

  /**
   * One page of the record's attachments (empty when it has none), in the same shape as
   * `upload()` returns.
   * Wraps `GET /crm/v8/{module}/{id}/Attachments`.
   *
   * @example
   * const page = await lead.attachments.list();
   * for (const file of page.items) console.log(file.fileName, file.size);
   */
  async list(options: AttachmentListOptions = {}): Promise<Page<Attachment>> {
    return firstPage(this.#pages(options), { ...options, ...(options.page !== undefined ? { cursor: { page: options.page } } : {}) });
  }

  /**
   * Every attachment of the record, page after page (by page number: the first 2,000).
   *
   * @example
   * for await (const file of lead.attachments.iterate({ limit: 50 })) console.log(file.fileName);
   */
  iterate(options: IterateOptions & Omit<AttachmentListOptions, 'page'> = {}): AsyncGenerator<Attachment, void, undefined> {
    return iteratePages(this.#pages(options), options);
  }

  /**
   * Attaches a file (multipart, in the part named `file`) or a link (`{ url }`), and returns
   * the attachment in the same shape as `list()` shows it.
   * Wraps `POST /crm/v8/{module}/{id}/Attachments`.
   *
   * @example
   * const file = await lead.attachments.upload('./quote.pdf');
   * const link = await lead.attachments.upload({ url: 'https://example.com/spec' }, { title: 'Spec' });
   * @throws ZohoFileTooLargeError when the file is over 20 MB (nothing is sent).
   */
  async upload(source: UploadSource | LinkSource, options: UploadOptions & { title?: string } = {}): Promise<Attachment> {
    const { path, what } = this.#where('uploading an attachment');
    const api = this.record.module.crm.api;
    if (isLink(source)) {
      if (!isWebUrl(source.url)) {
        throw new ZohoError('crm: an attachment link must be an http(s) URL', { product: 'crm', code: 'INVALID_URL_PATTERN' });
      }
      const title = options.title ?? options.fileName;
      const { data, response } = await api.POST('/crm/v8/{module_api_name}/{record_id}/Attachments', {
        params: { path, query: { attachmentUrl: source.url, ...(title !== undefined ? { title } : {}) } },
        signal: options.signal ?? null,
      });
      const created = onlyItem(data?.data, `attaching a link to ${what}`, response.status);
      return this.#created(created, response, { File_Name: title ?? source.url, $link_url: source.url, $type: 'Link URL' });
    }
    const { form, file } = await uploadBody('file', source, options, { limit: ATTACHMENT_LIMIT_BYTES, what: 'attachment', product: 'crm' });
    const { data, response } = await api.POST('/crm/v8/{module_api_name}/{record_id}/Attachments', {
      params: { path },
      // The spec types the `file` part as binary (a string to openapi-typescript); what is
      // sent is the FormData above, with the real Blob in it.
      body: { file: '' },
      bodySerializer: () => form,
      signal: options.signal ?? null,
    });
    const created = onlyItem(data?.data, `uploading "${file.fileName}" to ${what}`, response.status);
    return this.#created(created, response, { File_Name: file.fileName, Size: String(file.size), $type: 'Attachment' });
  }

  /**
   * Uploads several files or links, one after another; one result per source, in order,
   * failures as data (a file over 20 MB fails alone, without being sent).
   *
   * @example
   * const results = await lead.attachments.uploadMany(['./a.pdf', './b.pdf']);
   * for (const r of results) if (!r.ok) console.error(r.error.code, r.error.message);
   */
  async uploadMany(sources: readonly (UploadSource | LinkSource)[], options: CallOptions = {}): Promise<AttachmentResult[]> {
    const results: AttachmentResult[] = [];
    for (const source of sources) {
      try {
        const attachment = await this.upload(source, options);
        results.push({ ok: true, applied: true, id: attachment.id, message: 'attachment uploaded', raw: attachment.raw, attachment });
      } catch (error) {
        // Only Zoho's own errors are per-item outcomes; anything else (a bug, an abort) stops the batch.
        if (!(error instanceof ZohoError)) throw error;
        results.push({ ok: false, applied: error.maybeApplied ? 'unknown' : false, id: undefined, error: { code: String(error.code ?? error.name), message: error.message, field: undefined, jsonPath: undefined, details: error.details, cause: error }, raw: undefined });
      }
    }
    return results;
  }

  /**
   * Downloads an attachment as a stream, with its name, size and type.
   * Wraps `GET /crm/v8/{module}/{id}/Attachments/{attachment_id}`.
   *
   * @example
   * import { createWriteStream } from 'node:fs';
   * import { Writable } from 'node:stream';
   * const file = await lead.attachments.download(attachmentId);
   * await file.stream.pipeTo(Writable.toWeb(createWriteStream(file.fileName ?? 'download')));
   */
  async download(attachmentId: string, options: CallOptions = {}): Promise<FileDownload> {
    const { path, what } = this.#where('downloading an attachment');
    const { data, response } = await this.record.module.crm.api.GET('/crm/v8/{module_api_name}/{record_id}/Attachments/{attachment_id}', {
      params: { path: { ...path, attachment_id: attachmentId } },
      parseAs: 'stream',
      // Whatever the file's type, hand it over as it comes.
      headers: { Accept: '*/*' },
      signal: options.signal ?? null,
    });
    if (!data) throw new ZohoResponseError(`crm: attachment ${attachmentId} of ${what} came back empty (HTTP ${response.status})`, { product: 'crm', status: response.status });
    const original = fileNameFromDisposition(response.headers.get('content-disposition'));
    return describeDownload(data as ReadableStream<Uint8Array>, response, original, original === undefined ? undefined : safeFileName(original, 'download'));
  }

  /**
   * Deletes one attachment.
   * Wraps `DELETE /crm/v8/{module}/{id}/Attachments/{attachment_id}`.
   *
   * @example
   * await lead.attachments.delete(attachmentId);
   */
  async delete(attachmentId: string, options: CallOptions = {}): Promise<void> {
    const { path, what } = this.#where('deleting an attachment');
    const { data, response } = await this.record.module.crm.api.DELETE('/crm/v8/{module_api_name}/{record_id}/Attachments/{attachment_id}', {
      params: { path: { ...path, attachment_id: attachmentId } },
      signal: options.signal ?? null,
    });
    onlyItem(data?.data, `deleting attachment ${attachmentId} of ${what}`, response.status);
  }

  /**
   * Deletes many attachments; one result per id, failures as data.
   * Wraps `DELETE /crm/v8/{module}/{id}/Attachments?ids=...`.
   *
   * @example
   * const results = await lead.attachments.deleteMany([id1, id2]);
   */
  async deleteMany(attachmentIds: readonly string[], options: CallOptions = {}): Promise<ItemResult[]> {
    const { path } = this.#where('deleting attachments');
    return await inChunks(attachmentIds, (chunk) =>
      batch(async () => {
        const { data } = await this.record.module.crm.api.DELETE('/crm/v8/{module_api_name}/{record_id}/Attachments', {
          params: { path, query: { ids: chunk.join(',') } },
          signal: options.signal ?? null,
        });
        return data?.data;
      }, chunk),
    );
  }

  /** An uploaded attachment: what was sent plus what CRM answered (id, times, creator). */
  #created(created: { id: string | undefined; details: Record<string, unknown> }, response: Response, sent: AttachmentData): Attachment {
    if (created.id === undefined) throw new ZohoResponseError('crm: the attachment was created but CRM returned no id', { product: 'crm', status: response.status });
    return attachmentOf({ ...sent, ...created.details, id: created.id } as AttachmentData);
  }

  #pages(options: Omit<AttachmentListOptions, 'page'>) {
    const { path } = this.#where('listing attachments');
    return pageByNumber(
      (query, call) =>
        this.record.module.crm.api.GET('/crm/v8/{module_api_name}/{record_id}/Attachments', {
          params: {
            path,
            query: {
              fields: (options.fields ?? DEFAULT_ATTACHMENT_FIELDS).join(','),
              ...query,
              ...(options.ids !== undefined ? { ids: options.ids.join(',') } : {}),
            },
          },
          signal: call.signal ?? null,
        }),
      attachmentOf,
      options.perPage,
    );
  }

  #where(action: string): { path: { module_api_name: string; record_id: string }; what: string } {
    const id = savedId(this.record, action);
    const module = this.record.module.apiName;
    return { path: { module_api_name: module, record_id: id }, what: `${module} ${id}` };
  }
}

function isLink(source: UploadSource | LinkSource): source is LinkSource {
  return !isUploadSource(source) && typeof (source as { url?: unknown }).url === 'string';
}
