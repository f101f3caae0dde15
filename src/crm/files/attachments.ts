import { ZohoError, ZohoResponseError } from '../../errors.js';
import { ATTACHMENT_LIMIT_BYTES, DEFAULT_ATTACHMENT_FIELDS, describeDownload, type Attachment, type FileDownload, type UploadedAttachment } from './attachment.js';
import { fileNameFromDisposition } from './content-disposition.js';
import { safeFileName } from './file-name.js';
import { inChunks } from '../in-chunks.js';
import { batch, onlyItem, type ItemResult } from '../item-result.js';
import type { IterateOptions, Page } from '../../page.js';
import { crmIterate, crmPage, type CrmFetch, type CrmPageOptions } from '../crm-page.js';
import type { CrmRecord } from '../records/record.js';
import { savedId } from '../records/record-id.js';
import { prepareFile, type UploadOptions, type UploadSource } from './upload-source.js';
import { isWebUrl } from './web-url.js';

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

  /** One page of the record's attachments (empty when it has none). */
  list(options: CrmPageOptions & { fields?: string[]; ids?: string[] } = {}): Promise<Page<Attachment>> {
    return crmPage(this.#lister(options), options);
  }

  /** Every attachment of the record, page after page. */
  iterate(options: IterateOptions & { fields?: string[] } = {}): AsyncGenerator<Attachment, void, undefined> {
    return crmIterate(this.#lister(options), options);
  }

  #lister(options: { fields?: string[]; ids?: string[] }): CrmFetch<Attachment> {
    return async (paging, call) => {
      const { path } = this.#where('listing attachments');
      const { data, response } = await this.record.module.crm.api.GET('/crm/v8/{module_api_name}/{record_id}/Attachments', {
        params: {
          path,
          query: {
            fields: (options.fields ?? DEFAULT_ATTACHMENT_FIELDS).join(','),
            ...paging,
            ...(options.ids !== undefined ? { ids: options.ids.join(',') } : {}),
          },
        },
        signal: call.signal ?? null,
      });
      return { items: data?.data, info: data?.info, response };
    };
  }

  /**
   * Attaches a file (multipart, in the part named `file`) or a link (`{ url }`), and returns
   * what was created.
   *
   * @throws ZohoFileTooLargeError when the file is over 20 MB (nothing is sent).
   */
  async upload(source: UploadSource | LinkSource, options: UploadOptions & { title?: string } = {}): Promise<UploadedAttachment> {
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
      return { id: createdId(onlyItem(data?.data, `attaching a link to ${what}`, response.status).id, response), fileName: title ?? source.url, size: undefined, url: source.url };
    }
    const file = await prepareFile(source, options, { limit: ATTACHMENT_LIMIT_BYTES, what: 'attachment' });
    const form = new FormData();
    form.append('file', file.blob, file.fileName);
    const { data, response } = await api.POST('/crm/v8/{module_api_name}/{record_id}/Attachments', {
      params: { path },
      // The spec types the `file` part as binary (a string to openapi-typescript); what is
      // sent is the FormData above, with the real Blob in it.
      body: { file: '' },
      bodySerializer: () => form,
      signal: options.signal ?? null,
    });
    return { id: createdId(onlyItem(data?.data, `uploading "${file.fileName}" to ${what}`, response.status).id, response), fileName: file.fileName, size: file.size, url: undefined };
  }

  /** Downloads an attachment as a stream, with its name, size and type. */
  async download(attachmentId: string, options: { signal?: AbortSignal | undefined } = {}): Promise<FileDownload> {
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

  /** Deletes one attachment. */
  async delete(attachmentId: string, options: { signal?: AbortSignal | undefined } = {}): Promise<void> {
    const { path, what } = this.#where('deleting an attachment');
    const { data, response } = await this.record.module.crm.api.DELETE('/crm/v8/{module_api_name}/{record_id}/Attachments/{attachment_id}', {
      params: { path: { ...path, attachment_id: attachmentId } },
      signal: options.signal ?? null,
    });
    onlyItem(data?.data, `deleting attachment ${attachmentId} of ${what}`, response.status);
  }

  /** Deletes many attachments; one result per id, failures as data. */
  async deleteMany(attachmentIds: readonly string[], options: { signal?: AbortSignal | undefined } = {}): Promise<ItemResult[]> {
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

  #where(action: string): { path: { module_api_name: string; record_id: string }; what: string } {
    const id = savedId(this.record, action);
    const module = this.record.module.apiName;
    return { path: { module_api_name: module, record_id: id }, what: `${module} ${id}` };
  }
}

function isLink(source: UploadSource | LinkSource): source is LinkSource {
  return (
    typeof source === 'object' &&
    !(source instanceof Blob) &&
    !(source instanceof ReadableStream) &&
    !ArrayBuffer.isView(source) &&
    !(source instanceof ArrayBuffer) &&
    !(Symbol.asyncIterator in source) &&
    typeof (source as { url?: unknown }).url === 'string'
  );
}

function createdId(id: string | undefined, response: Response): string {
  if (id === undefined) throw new ZohoResponseError('crm: the attachment was created but CRM returned no id', { product: 'crm', status: response.status });
  return id;
}
