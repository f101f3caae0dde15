import type { SimulatorCore } from '../../core.js';
import { json } from '../../products.js';
import type { Route } from '../../router.js';
import { batchAnswer, crmError, failure, idList, ownerRef, stamps, success, userRef, zohoTime } from '../crm-answers.js';
import { attachmentAnswer, contentDisposition, photoKey, sniffImage } from './crm-file-store.js';
import { displayNameOf, findParent, patchRecord } from '../records/crm-parent.js';
import type { CrmState } from '../crm-state.js';
import type { CrmSubresources } from '../crm-subresource-state.js';
import { isWebUrl } from '../../../crm/files/web-url.js';

const BASE = '/crm/v8';
const RECORD = `${BASE}/{module_api_name}/{record_id}`;
// Zoho CRM: an attachment is at most 20 MB; a record photo at most 10 MB.
export const ATTACHMENT_LIMIT = 20 * 1024 * 1024;
export const PHOTO_LIMIT = 10 * 1024 * 1024;
// Room for the multipart framing around the file when judging by Content-Length alone.
const MULTIPART_OVERHEAD = 64 * 1024;
const MAX_PER_PAGE = 200;
// Modules without a record image.
const NO_PHOTO = new Set(['Deals', 'Quotes', 'Sales_Orders', 'Invoices', 'Purchase_Orders', 'Tasks', 'Events', 'Calls', 'Notes', 'Campaigns', 'Cases', 'Solutions', 'Price_Books']);

/** Record attachments (files and links) and record photos, stored byte for byte. */
export function crmFileRoutes(core: SimulatorCore, crm: CrmState, state: CrmSubresources): Route[] {
  const { files } = state;
  return [
    {
      method: 'GET',
      path: `${RECORD}/Attachments`,
      auth: true,
      handle: ({ params, url }) => {
        const parent = findParent(crm, params['module_api_name']!, params['record_id']!);
        if (parent instanceof Response) return parent;
        const { module, record } = parent;
        const fields = url.searchParams.get('fields');
        if (!fields) return crmError('REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param_name: 'fields' });
        const wantedIds = url.searchParams.get('ids');
        const all = files.attachmentsOf(module, record.id).filter((a) => wantedIds === null || idList(wantedIds).includes(a.id));
        const perPage = Math.min(Math.max(1, Number(url.searchParams.get('per_page') ?? MAX_PER_PAGE) || MAX_PER_PAGE), MAX_PER_PAGE);
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        if (slice.length === 0) return new Response(null, { status: 204 });
        const wanted = new Set(['id', ...fields.split(',').map((f) => f.trim())]);
        const name = displayNameOf(crm, module, record);
        const data = slice.map((a) => Object.fromEntries(Object.entries(attachmentAnswer(a, name)).filter(([k]) => wanted.has(k) || k.startsWith('$'))));
        return json({ data, info: { per_page: perPage, count: data.length, page, more_records: page * perPage < all.length } });
      },
    },
    {
      method: 'POST',
      path: `${RECORD}/Attachments`,
      auth: true,
      handle: async ({ request, params, url, token }) => {
        const parent = findParent(crm, params['module_api_name']!, params['record_id']!);
        if (parent instanceof Response) return parent;
        const { module, record } = parent;
        const me = crm.userFor(token!.user);
        const at = zohoTime(core.now());
        const base = { id: crm.newId(), parentModule: module, parentId: record.id, fileId: crm.newId(), createdTime: at, createdBy: userRef(me), owner: ownerRef(me) };
        const linkUrl = url.searchParams.get('attachmentUrl');
        if (linkUrl !== null) {
          // The 20 MB limit does not apply to links: nothing is stored but the URL.
          if (!isWebUrl(linkUrl)) return crmError('INVALID_URL_PATTERN', 'the given attachment URL is incorrect');
          const title = url.searchParams.get('title');
          files.attachments.set(base.id, { ...base, fileName: title || linkUrl, size: 0, contentType: 'text/uri-list', bytes: undefined, linkUrl });
        } else {
          const file = await filePart(request, ATTACHMENT_LIMIT);
          if (file instanceof Response) return file;
          const bytes = new Uint8Array(await file.arrayBuffer());
          files.attachments.set(base.id, { ...base, fileName: file.name, size: bytes.byteLength, contentType: file.type || 'application/octet-stream', bytes, linkUrl: undefined });
        }
        return json({ data: [success(stamps(base.id, me, at), 'attachment uploaded successfully')] });
      },
    },
    {
      method: 'DELETE',
      path: `${RECORD}/Attachments`,
      auth: true,
      handle: ({ params, url }) => {
        const parent = findParent(crm, params['module_api_name']!, params['record_id']!);
        if (parent instanceof Response) return parent;
        const { module, record } = parent;
        const ids = idList(url.searchParams.get('ids'));
        if (ids.length === 0) return crmError('REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param_name: 'ids' });
        return batchAnswer(ids.map((id) => deleteOne(id, module, record.id)));
      },
    },
    {
      method: 'GET',
      path: `${RECORD}/Attachments/{attachment_id}`,
      auth: true,
      handle: ({ params }) => {
        const parent = findParent(crm, params['module_api_name']!, params['record_id']!);
        if (parent instanceof Response) return parent;
        const { module, record } = parent;
        const attachment = files.attachments.get(params['attachment_id']!);
        if (!attachment || attachment.parentModule !== module || attachment.parentId !== record.id) {
          return crmError('INVALID_DATA', 'the id given seems to be invalid', { id: params['attachment_id'] });
        }
        if (!attachment.bytes) return crmError('INVALID_DATA', 'a link attachment has no file to download', { id: attachment.id });
        // Downloads come as octet-stream whatever the file is; the name travels in
        // Content-Disposition.
        return new Response(attachment.bytes.slice(), {
          status: 200,
          headers: {
            'content-type': 'application/octet-stream',
            'content-length': String(attachment.bytes.byteLength),
            'content-disposition': contentDisposition(attachment.fileName),
          },
        });
      },
    },
    {
      method: 'DELETE',
      path: `${RECORD}/Attachments/{attachment_id}`,
      auth: true,
      handle: ({ params }) => {
        const parent = findParent(crm, params['module_api_name']!, params['record_id']!);
        if (parent instanceof Response) return parent;
        const { module, record } = parent;
        return batchAnswer([deleteOne(params['attachment_id']!, module, record.id)]);
      },
    },
    {
      method: 'GET',
      path: `${RECORD}/photo`,
      auth: true,
      handle: ({ params }) => {
        const parent = photoParent(crm, params['module_api_name']!, params['record_id']!);
        if (parent instanceof Response) return parent;
        const { module, record } = parent;
        const photo = files.photos.get(photoKey(module, record.id));
        if (!photo) return new Response(null, { status: 204 });
        return new Response(photo.bytes.slice(), {
          status: 200,
          headers: { 'content-type': photo.contentType, 'content-length': String(photo.bytes.byteLength) },
        });
      },
    },
    {
      method: 'POST',
      path: `${RECORD}/photo`,
      auth: true,
      handle: async ({ request, params, token }) => {
        const parent = photoParent(crm, params['module_api_name']!, params['record_id']!);
        if (parent instanceof Response) return parent;
        const { module, record } = parent;
        const file = await filePart(request, PHOTO_LIMIT);
        if (file instanceof Response) return file;
        const bytes = new Uint8Array(await file.arrayBuffer());
        // CRM looks at the content, not the declared type.
        const contentType = sniffImage(bytes);
        if (!contentType) return crmError('INVALID_DATA', 'the file is not an image of a supported format', { param_name: 'file' });
        const id = crm.newId();
        files.photos.set(photoKey(module, record.id), { id, bytes, contentType });
        setRecordImage(crm, module, record.id, id, token!.user);
        return json(success({}, 'photo uploaded successfully'));
      },
    },
    {
      method: 'DELETE',
      path: `${RECORD}/photo`,
      auth: true,
      handle: ({ params, token }) => {
        const parent = photoParent(crm, params['module_api_name']!, params['record_id']!);
        if (parent instanceof Response) return parent;
        const { module, record } = parent;
        if (files.photos.delete(photoKey(module, record.id))) setRecordImage(crm, module, record.id, null, token!.user);
        return json(success({}, 'photo deleted'));
      },
    },
  ];

  function deleteOne(id: string, module: string, parentId: string) {
    const attachment = files.attachments.get(id);
    if (!attachment || attachment.parentModule !== module || attachment.parentId !== parentId) {
      return failure('INVALID_DATA', 'the id given seems to be invalid', { id });
    }
    files.attachments.delete(id);
    return success({ id }, 'record deleted');
  }
}

function photoParent(crm: CrmState, module: string, id: string): ReturnType<typeof findParent> {
  const parent = findParent(crm, module, id);
  if (!(parent instanceof Response) && NO_PHOTO.has(parent.module)) return crmError('INVALID_MODULE', 'the module name given seems to be invalid', { resource_path_index: 0 });
  return parent;
}

function setRecordImage(crm: CrmState, module: string, id: string, photoId: string | null, user: string): void {
  const record = crm.module(module).get(id);
  if (!record) return;
  patchRecord(crm, module, record, { Record_Image: photoId });
  crm.emitChange({ module, operation: 'update', ids: [id], fields: ['Record_Image'], user });
}

/**
 * The multipart part named `file`, or CRM's answer: 413 FILE_SIZE_MORE_THAN_ALLOWED_SIZE
 * past `limit` (judged from Content-Length before reading when it is plain), 400 when the
 * part is missing or the body is not multipart.
 */
async function filePart(request: Request, limit: number): Promise<File | Response> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit + MULTIPART_OVERHEAD) return tooLarge();
  if (!/^multipart\/form-data/i.test(request.headers.get('content-type') ?? '')) {
    return crmError('INVALID_REQUEST', 'the request body must be multipart/form-data with the file in the part named file', { param_name: 'file' });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch (error) {
    // A broken multipart body is the client's fault: answered, not thrown.
    return crmError('INVALID_DATA', `the multipart body could not be read (${error instanceof Error ? error.message : 'unreadable'})`, { param_name: 'file' });
  }
  const file = form.get('file');
  if (!(file instanceof File)) return crmError('REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param_name: 'file' });
  return file.size > limit ? tooLarge() : file;
}

function tooLarge(): Response {
  return crmError('FILE_SIZE_MORE_THAN_ALLOWED_SIZE', 'Please check if the size of the file is in the correct range', {}, 413);
}
