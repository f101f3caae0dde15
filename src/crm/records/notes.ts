import type { CallOptions } from '../../call-options.js';
import { ZohoResponseError } from '../../errors.js';
import { firstPage, iteratePages, type IterateOptions, type Page } from '../../page.js';
import { onlyItem } from '../item-result.js';
import { pageByNumber } from '../crm-page.js';
import { createdNote, newNoteData, type NoteResult } from './crm-notes.js';
import { DEFAULT_NOTE_FIELDS, noteFields, noteOf, type Note, type NoteChanges, type NoteInput } from './note.js';
import type { CrmRecord } from './record.js';
import { savedId } from './record-id.js';

/** Which fields of a note to read (CRM requires the list; a sensible default is used). */
export interface NoteFieldsOption {
  fields?: readonly string[];
}

/** Options of `record.notes.list()`: the page (from 1), its size (≤ 200), the fields. */
export interface RecordNoteListOptions extends CallOptions, NoteFieldsOption {
  page?: number;
  perPage?: number;
}

/**
 * A record's notes: `record.notes.list()`, `.add('Called, will call back')`, `.update(id,
 * {content})`, `.delete(id)`. Notes live in CRM's Notes module with `Parent_Id` naming the
 * record; listing reads the record's Notes related list. Listed, read and added notes are
 * the same `Note` shape.
 */
export class Notes {
  constructor(readonly record: CrmRecord) {}

  /**
   * One page of the record's notes (empty when it has none).
   * Wraps `GET /crm/v8/{module}/{id}/Notes` (the Notes related list).
   *
   * @example
   * const page = await lead.notes.list({ perPage: 20 });
   * for (const note of page.items) console.log(note.title, note.content);
   * @see https://www.zoho.com/crm/developer/docs/api/v8/get-notes.html
   */
  async list(options: RecordNoteListOptions = {}): Promise<Page<Note>> {
    return firstPage(this.#pages(options), { ...options, ...(options.page !== undefined ? { cursor: { page: options.page } } : {}) });
  }

  /**
   * Every note of the record, page after page (by page number: Zoho serves the first 2,000 this way).
   *
   * @example
   * for await (const note of lead.notes.iterate({ limit: 100 })) console.log(note.content);
   * @see https://www.zoho.com/crm/developer/docs/api/v8/get-notes.html
   */
  iterate(options: IterateOptions & NoteFieldsOption = {}): AsyncGenerator<Note, void, undefined> {
    return iteratePages(this.#pages(options), options);
  }

  /**
   * Adds a note (a string is its content) and returns it.
   * Wraps `POST /crm/v8/Notes`.
   *
   * @example
   * const note = await lead.notes.add({ title: 'Call', content: 'Wants a quote' });
   * console.log(note.id);
   * @see https://www.zoho.com/crm/developer/docs/api/v8/create-notes.html
   */
  async add(note: NoteInput | string, options?: CallOptions): Promise<Note>;
  /**
   * Adds several notes in one call: one result per note, in input order, failures as data.
   * Wraps `POST /crm/v8/Notes`.
   *
   * @example
   * const results = await lead.notes.add(['Called, no answer', { title: 'Call', content: 'Wants a quote' }]);
   * for (const result of results) if (!result.ok) console.error(result.error.code);
   * @see https://www.zoho.com/crm/developer/docs/api/v8/create-notes.html
   */
  async add(notes: readonly (NoteInput | string)[], options?: CallOptions): Promise<NoteResult[]>;
  async add(input: NoteInput | string | readonly (NoteInput | string)[], options: CallOptions = {}): Promise<Note | NoteResult[]> {
    const id = savedId(this.record, 'adding a note');
    const module = this.record.module.apiName;
    const parent = { module, id };
    const asInput = (note: NoteInput | string): NoteInput => (typeof note === 'string' ? { content: note } : note);
    if (Array.isArray(input)) return this.record.module.crm.notes.create(input.map((note: NoteInput | string) => ({ ...asInput(note), parent })), options);
    const sent = newNoteData({ ...asInput(input as NoteInput | string), parent });
    const { data, response } = await this.record.module.crm.api.POST('/crm/v8/Notes', { body: { data: [sent] }, signal: options.signal ?? null });
    const created = onlyItem(data?.data, `adding a note to ${module} ${id}`, response.status);
    if (created.id === undefined) throw new ZohoResponseError('crm: the note was added but CRM returned no id', { product: 'crm', status: response.status });
    return createdNote(sent, created.details);
  }

  /**
   * One note by id; undefined when there is none.
   * Wraps `GET /crm/v8/Notes/{note_id}`.
   *
   * @example
   * const note = await lead.notes.get(noteId);
   * @see https://www.zoho.com/crm/developer/docs/api/v8/get-notes.html
   */
  async get(noteId: string, options: NoteFieldsOption & CallOptions = {}): Promise<Note | undefined> {
    const { data } = await this.record.module.crm.api.GET('/crm/v8/Notes/{note_id}', {
      params: { path: { note_id: noteId }, query: { fields: (options.fields ?? DEFAULT_NOTE_FIELDS).join(',') } },
      signal: options.signal ?? null,
    });
    const raw = data?.data[0];
    return raw === undefined ? undefined : noteOf(raw);
  }

  /**
   * Changes a note's title and/or content.
   * Wraps `PUT /crm/v8/Notes/{note_id}`.
   *
   * @example
   * await lead.notes.update(noteId, { content: 'Quote sent' });
   */
  async update(noteId: string, changes: NoteChanges, options: CallOptions = {}): Promise<void> {
    const { data, response } = await this.record.module.crm.api.PUT('/crm/v8/Notes/{note_id}', {
      params: { path: { note_id: noteId } },
      body: { data: [noteFields(changes)] },
      signal: options.signal ?? null,
    });
    onlyItem(data?.data, `updating note ${noteId}`, response.status);
  }

  /**
   * Deletes a note (it goes to the recycle bin).
   * Wraps `DELETE /crm/v8/Notes/{note_id}`.
   *
   * @example
   * await lead.notes.delete(noteId);
   */
  async delete(noteId: string, options: CallOptions = {}): Promise<void> {
    const { data, response } = await this.record.module.crm.api.DELETE('/crm/v8/Notes/{note_id}', {
      params: { path: { note_id: noteId } },
      signal: options.signal ?? null,
    });
    onlyItem(data?.data, `deleting note ${noteId}`, response.status);
  }

  #pages(options: NoteFieldsOption & { perPage?: number }) {
    const id = savedId(this.record, 'listing notes');
    return pageByNumber(
      (query, call) =>
        this.record.module.crm.api.GET('/crm/v8/{module_api_name}/{record_id}/{related_list_api_name}', {
          params: {
            path: { module_api_name: this.record.module.apiName, record_id: id, related_list_api_name: 'Notes' },
            query: { fields: (options.fields ?? DEFAULT_NOTE_FIELDS).join(','), ...query },
          },
          signal: call.signal ?? null,
        }),
      noteOf,
      options.perPage,
    );
  }
}
