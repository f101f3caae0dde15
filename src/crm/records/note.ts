import type { components } from '../../../generated/crm.js';
import { auditFieldsOf, type AuditFields } from '../audit-fields.js';

/** A note as CRM sends it: `Note_Title`, `Note_Content`, `Parent_Id`, audit fields. */
export type NoteData = components['schemas']['Note'];

/**
 * A note, the same whether listed, read or just created: its title and content, the record
 * it belongs to, and CRM's own object as `raw` (for `$`-fields and anything else asked for).
 * A created note holds what was sent plus what CRM answered (id, times, creator).
 */
export interface Note extends AuditFields {
  id: string;
  title: string | undefined;
  content: string | undefined;
  /** The record the note belongs to (`module` is its API name). */
  parent: { module: string | undefined; id: string; name: string | undefined } | undefined;
  /** CRM's note, as sent (or, for a created note, the fields sent and CRM's answer). */
  raw: NoteData;
}

/** A note to add: its content (required by CRM) and an optional title. */
export interface NoteInput {
  title?: string;
  content: string;
}

/** Changes to a note: the title, the content, or both. */
export interface NoteChanges {
  title?: string;
  content?: string;
}

/** The fields a note list asks for when none are given. */
export const DEFAULT_NOTE_FIELDS = ['Note_Title', 'Note_Content', 'Parent_Id', 'Owner', 'Created_Time', 'Modified_Time', 'Created_By', 'Modified_By'];

/** CRM's field names for a note's title and content. */
export function noteFields(input: NoteChanges): { Note_Title?: string; Note_Content?: string } {
  return {
    ...(input.title !== undefined ? { Note_Title: input.title } : {}),
    ...(input.content !== undefined ? { Note_Content: input.content } : {}),
  };
}

/** The Note of CRM's note object. */
export function noteOf(raw: NoteData): Note {
  const parent = raw.Parent_Id;
  return {
    id: raw.id ?? '',
    title: raw.Note_Title ?? undefined,
    content: raw.Note_Content ?? undefined,
    parent: parent ? { module: parent.module?.api_name, id: parent.id, name: parent.name } : undefined,
    ...auditFieldsOf(raw),
    raw,
  };
}
