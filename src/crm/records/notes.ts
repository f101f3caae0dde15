import { ZohoResponseError } from '../../errors.js';
import { onlyItem } from '../item-result.js';
import { DEFAULT_NOTE_FIELDS, noteFields, type Note, type NoteChanges, type NoteInput } from './note.js';
import type { IterateOptions, Page } from '../../page.js';
import { crmIterate, crmPage, type CrmFetch, type CrmPageOptions } from '../crm-page.js';
import type { CrmRecord } from './record.js';
import { savedId } from './record-id.js';

/** Which fields of a note to read (CRM requires the list; a sensible default is used). */
export interface NoteFieldsOption {
  fields?: string[];
}

/**
 * A record's notes: `record.notes.list()`, `.add('Called, will call back')`, `.update(id,
 * {content})`, `.delete(id)`. Notes live in CRM's Notes module with `Parent_Id` naming the
 * record; listing reads the record's Notes related list.
 */
export class Notes {
  constructor(readonly record: CrmRecord) {}

  /** One page of the record's notes (empty when it has none). */
  list(options: CrmPageOptions & NoteFieldsOption = {}): Promise<Page<Note>> {
    return crmPage(this.#lister(options), options);
  }

  /** Every note of the record, page after page. */
  iterate(options: IterateOptions & NoteFieldsOption = {}): AsyncGenerator<Note, void, undefined> {
    // Zoho documents page/per_page only for this list (no page_token), so paging is by number.
    return crmIterate(this.#lister(options), options);
  }

  #lister(options: NoteFieldsOption): CrmFetch<Note> {
    return async (paging, call) => {
      const id = savedId(this.record, 'listing notes');
      const { data, response } = await this.record.module.crm.api.GET('/crm/v8/{module_api_name}/{record_id}/{related_list_api_name}', {
        params: {
          path: { module_api_name: this.record.module.apiName, record_id: id, related_list_api_name: 'Notes' },
          query: { fields: (options.fields ?? DEFAULT_NOTE_FIELDS).join(','), ...paging },
        },
        signal: call.signal ?? null,
      });
      return { items: data?.data, info: data?.info, response };
    };
  }

  /** Adds a note (a string is its content) and returns the new note's id. */
  async add(note: NoteInput | string, options: { signal?: AbortSignal | undefined } = {}): Promise<string> {
    const id = savedId(this.record, 'adding a note');
    const input = typeof note === 'string' ? { content: note } : note;
    const module = this.record.module.apiName;
    const { data, response } = await this.record.module.crm.api.POST('/crm/v8/Notes', {
      body: { data: [{ ...noteFields(input), Parent_Id: { module: { api_name: module }, id } }] },
      signal: options.signal ?? null,
    });
    const created = onlyItem(data?.data, `adding a note to ${module} ${id}`, response.status);
    if (created.id === undefined) throw new ZohoResponseError('crm: the note was added but CRM returned no id', { product: 'crm', status: response.status });
    return created.id;
  }

  /** One note by id; undefined when there is none. */
  async get(noteId: string, options: NoteFieldsOption & { signal?: AbortSignal | undefined } = {}): Promise<Note | undefined> {
    const { data } = await this.record.module.crm.api.GET('/crm/v8/Notes/{note_id}', {
      params: { path: { note_id: noteId }, query: { fields: (options.fields ?? DEFAULT_NOTE_FIELDS).join(',') } },
      signal: options.signal ?? null,
    });
    return data?.data[0];
  }

  /** Changes a note's title and/or content. */
  async update(noteId: string, changes: NoteChanges, options: { signal?: AbortSignal | undefined } = {}): Promise<void> {
    const { data, response } = await this.record.module.crm.api.PUT('/crm/v8/Notes/{note_id}', {
      params: { path: { note_id: noteId } },
      body: { data: [noteFields(changes)] },
      signal: options.signal ?? null,
    });
    onlyItem(data?.data, `updating note ${noteId}`, response.status);
  }

  /** Deletes a note (it goes to the recycle bin). */
  async delete(noteId: string, options: { signal?: AbortSignal | undefined } = {}): Promise<void> {
    const { data, response } = await this.record.module.crm.api.DELETE('/crm/v8/Notes/{note_id}', {
      params: { path: { note_id: noteId } },
      signal: options.signal ?? null,
    });
    onlyItem(data?.data, `deleting note ${noteId}`, response.status);
  }
}
