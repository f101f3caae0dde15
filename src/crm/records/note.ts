import type { components } from '../../../generated/crm.js';

/** A CRM note as CRM sends it: `Note_Title`, `Note_Content`, `Parent_Id`, audit fields. */
export type Note = components['schemas']['Note'];

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
