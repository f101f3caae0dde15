import type { CallOptions } from '../../call-options.js';
import { describeDownload, type FileDownload } from './attachment.js';
import { itemError } from '../item-result.js';
import type { CrmRecord } from '../records/record.js';
import { savedId } from '../records/record-id.js';
import { uploadBody, type UploadOptions, type UploadSource } from '../../upload/upload-body.js';

/** Zoho CRM's limit for a record photo: 10 MB. Checked before any byte is sent. */
export const PHOTO_LIMIT_BYTES = 10 * 1024 * 1024;

/**
 * A record's photo (Leads, Contacts, Accounts, Products, Vendors and custom modules with
 * an image field): upload from the same sources as attachments, download as a stream,
 * delete.
 */
export class Photo {
  constructor(readonly record: CrmRecord) {}

  /**
   * Sets the record's photo (an image: JPEG, PNG, GIF, BMP, TIFF, WEBP) from any upload
   * source (a path, a file: or http(s) URL, bytes, a Blob or a stream).
   * Wraps `POST /crm/v8/{module}/{id}/photo`.
   *
   * @example
   * await contact.photo.upload('./portrait.jpg');
   *
   * @throws ZohoFileTooLargeError when the image is over 10 MB (nothing is sent).
   */
  async upload(source: UploadSource, options: UploadOptions & { restrictTriggers?: boolean } = {}): Promise<void> {
    const path = this.#path('uploading a photo');
    const { form } = await uploadBody('file', source, options, { limit: PHOTO_LIMIT_BYTES, what: 'photo', product: 'crm' });
    const { data, response } = await this.record.module.crm.api.POST('/crm/v8/{module_api_name}/{record_id}/photo', {
      params: { path, ...(options.restrictTriggers === true ? { query: { restrict_triggers: 'workflow' as const } } : {}) },
      // The spec types the `file` part as binary (a string); the FormData carries the Blob.
      body: { file: '' },
      bodySerializer: () => form,
      signal: options.signal ?? null,
    });
    if (data?.status !== 'success') throw itemError(data, `uploading the photo of ${path.module_api_name} ${path.record_id}`, response.status);
  }

  /**
   * The record's photo as a stream with its type and size; undefined when it has none.
   * Wraps `GET /crm/v8/{module}/{id}/photo`.
   *
   * @example
   * const photo = await contact.photo.download();
   */
  async download(options: CallOptions = {}): Promise<FileDownload | undefined> {
    const { data, response } = await this.record.module.crm.api.GET('/crm/v8/{module_api_name}/{record_id}/photo', {
      params: { path: this.#path('downloading a photo') },
      parseAs: 'stream',
      headers: { Accept: 'image/*' },
      signal: options.signal ?? null,
    });
    // 204: the record has no photo.
    if (!data) return undefined;
    return describeDownload(data as ReadableStream<Uint8Array>, response, undefined, undefined);
  }

  /**
   * Removes the record's photo.
   * Wraps `DELETE /crm/v8/{module}/{id}/photo`.
   *
   * @example
   * await contact.photo.delete();
   */
  async delete(options: CallOptions = {}): Promise<void> {
    const path = this.#path('deleting a photo');
    const { data, response } = await this.record.module.crm.api.DELETE('/crm/v8/{module_api_name}/{record_id}/photo', {
      params: { path },
      signal: options.signal ?? null,
    });
    if (data?.status !== 'success') throw itemError(data, `deleting the photo of ${path.module_api_name} ${path.record_id}`, response.status);
  }

  #path(action: string): { module_api_name: string; record_id: string } {
    return { module_api_name: this.record.module.apiName, record_id: savedId(this.record, action) };
  }
}
