/**
 * The simulator's stored files: record attachments (files and links) and record photos,
 * kept byte for byte so a download returns exactly what was uploaded.
 */

export interface SimAttachment {
  id: string;
  parentModule: string;
  parentId: string;
  /** The name as received in the multipart part (or the link title). */
  fileName: string;
  size: number;
  contentType: string;
  /** The file's bytes; undefined for a link attachment. */
  bytes: Uint8Array | undefined;
  linkUrl: string | undefined;
  fileId: string;
  createdTime: string;
  createdBy: { id: string; name: string };
  owner: { id: string; name: string; email: string };
}

export interface SimPhoto {
  id: string;
  bytes: Uint8Array;
  contentType: string;
}

export class CrmFileStore {
  readonly attachments = new Map<string, SimAttachment>();
  /** Photos by `module/record_id`. */
  readonly photos = new Map<string, SimPhoto>();

  attachmentsOf(module: string, id: string): SimAttachment[] {
    return [...this.attachments.values()].filter((a) => a.parentModule === module && a.parentId === id);
  }

  /** Re-parents a record's attachments (lead conversion moves them). */
  moveAttachments(from: { module: string; id: string }, to: { module: string; id: string }): void {
    for (const attachment of this.attachmentsOf(from.module, from.id)) {
      attachment.parentModule = to.module;
      attachment.parentId = to.id;
    }
  }

  /** Drops everything a record owned (its permanent deletion). */
  purge(module: string, id: string): void {
    for (const attachment of this.attachmentsOf(module, id)) this.attachments.delete(attachment.id);
    this.photos.delete(photoKey(module, id));
  }
}

export function photoKey(module: string, id: string): string {
  return `${module}/${id}`;
}

/** The attachment as `GET /{module}/{id}/Attachments` lists it. */
export function attachmentAnswer(attachment: SimAttachment, parentName: string): Record<string, unknown> {
  const link = attachment.linkUrl !== undefined;
  return {
    id: attachment.id,
    File_Name: attachment.fileName,
    // CRM sends the size as a string of bytes.
    Size: String(attachment.size),
    Parent_Id: { id: attachment.parentId, name: parentName },
    Owner: attachment.owner,
    Created_Time: attachment.createdTime,
    Modified_Time: attachment.createdTime,
    Created_By: attachment.createdBy,
    Modified_By: attachment.createdBy,
    $file_id: attachment.fileId,
    $type: link ? 'Link URL' : 'Attachment',
    $se_module: attachment.parentModule,
    $link_url: link ? attachment.linkUrl : null,
    $editable: true,
    $state: 'save',
    $attachment_type: link ? 3 : 1,
    $sharing_permission: 'full_access',
  };
}

/**
 * A Content-Disposition that survives any stored name: an ASCII fallback with quotes,
 * backslashes and control characters removed, and the exact name in RFC 5987 `filename*`.
 * Header values cannot carry raw non-Latin-1 text, so the encoded form is the one to read.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const SIGNATURES: { type: string; bytes: number[] }[] = [
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: 'image/bmp', bytes: [0x42, 0x4d] },
  { type: 'image/tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { type: 'image/tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
];

/** The image type the bytes start with, or undefined when they are not an image CRM takes. */
export function sniffImage(bytes: Uint8Array): string | undefined {
  for (const { type, bytes: signature } of SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) return type;
  }
  // WEBP: "RIFF" .... "WEBP"
  const ascii = (from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}
