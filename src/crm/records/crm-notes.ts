import type { CallOptions } from '../../call-options.js';
import type { Crm } from '../crm.js';
import { inChunks } from '../in-chunks.js';
import { batch, type ItemResult } from '../item-result.js';
import { firstPage, iteratePages, type IterateOptions, type Page } from '../../page.js';
import { pageByNumber } from '../crm-page.js';
import type { components } from '../../../generated/crm.js';
import { DEFAULT_NOTE_FIELDS, noteFields, noteOf, type Note, type NoteChanges, type NoteData, type NoteInput } from './note.js';

/** A note as CRM takes it on create. */
type NoteWrite = components['schemas']['NoteInput'];

/** A note to create anywhere: its content, title and the record it belongs to. */
export interface NewNote extends NoteInput {
  parent: { module: string; id: string };
}

/** The result of one note written: on success, the note as a list would show it. */
export type NoteResult = ItemResult<{ note: Note }>;

/** Options of `crm.notes.list()`: the page (from 1), its size (≤ 200), the fields, which notes, their order. */
export interface NoteListOptions extends CallOptions {
  page?: number;
  perPage?: number;
  fields?: readonly string[];
  ids?: readonly string[];
  sortOrder?: 'asc' | 'desc';
}

/** CRM's body of a new note. */
export function newNoteData(note: NewNote): NoteWrite {
  return { ...noteFields(note), Parent_Id: { module: { api_name: note.parent.module }, id: note.parent.id } };
}

/** A created note: what was sent plus what CRM answered for it (id, times, creator). */
export function createdNote(sent: NoteWrite, details: unknown): Note {
  return noteOf({ ...sent, ...(typeof details === 'object' && details !== null ? details : {}) } as NoteData);
}

/**
 * Notes across records (`crm.notes`): list every note, and create, update or delete many
 * in one go. Batches are split into CRM's 100-per-call limit; results come back one per
 * input, in order, with failures as data.
 */
export class CrmNotes {
  constructor(readonly crm: Crm) {}

  /**
   * One page of all notes; `page.nextPage()` or `for await (const note of page)` reads on.
   * Wraps `GET /crm/v8/Notes`.
   *
   * @example
   * const page = await zoho.crm.notes.list({ perPage: 50 });
   * for (const note of page.items) console.log(note.parent?.id, note.content);
   * @see https://www.zoho.com/crm/developer/docs/api/v8/get-notes.html
   */
  async list(options: NoteListOptions = {}): Promise<Page<Note>> {
    return firstPage(this.#pages(options), { ...options, ...(options.page !== undefined ? { cursor: { page: options.page } } : {}) });
  }

  /**
   * Every note, page after page (by page number: Zoho serves the first 2,000 this way).
   * Wraps `GET /crm/v8/Notes`.
   *
   * @example
   * for await (const note of zoho.crm.notes.iterate({ limit: 500 })) console.log(note.title);
   * @see https://www.zoho.com/crm/developer/docs/api/v8/get-notes.html
   */
  iterate(options: IterateOptions & Omit<NoteListOptions, 'page'> = {}): AsyncGenerator<Note, void, undefined> {
    return iteratePages(this.#pages(options), options);
  }

  /**
   * Creates notes on any records; one result per note, in input order, each success
   * carrying the created `note`.
   * Wraps `POST /crm/v8/Notes`.
   *
   * @example
   * const [result] = await zoho.crm.notes.create([{ parent: { module: 'Leads', id }, content: 'Called' }]);
   * if (result?.ok) console.log(result.note.id);
   * @see https://www.zoho.com/crm/developer/docs/api/v8/create-notes.html
   */
  async create(notes: readonly NewNote[], options: CallOptions = {}): Promise<NoteResult[]> {
    return await inChunks(notes, async (slice) => {
      const sent = slice.map(newNoteData);
      const results = await batch(async () => {
        const { data } = await this.crm.api.POST('/crm/v8/Notes', { body: { data: sent }, signal: options.signal ?? null });
        return data?.data;
      }, slice.map(() => undefined));
      return results.map((result, i): NoteResult => (result.ok ? { ...result, note: createdNote({ ...sent[i]!, id: result.id }, detailsOf(result.raw)) } : result));
    });
  }

  /**
   * Updates many notes by id; one result per note.
   * Wraps `PUT /crm/v8/Notes`.
   *
   * @example
   * await zoho.crm.notes.update([{ id: noteId, content: 'Quote sent' }]);
   */
  async update(changes: readonly (NoteChanges & { id: string })[], options: CallOptions = {}): Promise<ItemResult[]> {
    return await inChunks(changes, (slice) =>
      batch(async () => {
        const { data } = await this.crm.api.PUT('/crm/v8/Notes', {
          body: { data: slice.map((change) => ({ id: change.id, ...noteFields(change) })) },
          signal: options.signal ?? null,
        });
        return data?.data;
      }, slice.map((change) => change.id)),
    );
  }

  /**
   * Deletes many notes by id; one result per id.
   * Wraps `DELETE /crm/v8/Notes`.
   *
   * @example
   * const results = await zoho.crm.notes.delete([noteId]);
   */
  async delete(ids: readonly string[], options: CallOptions = {}): Promise<ItemResult[]> {
    return await inChunks(ids, (slice) =>
      batch(async () => {
        const { data } = await this.crm.api.DELETE('/crm/v8/Notes', { params: { query: { ids: slice.join(',') } }, signal: options.signal ?? null });
        return data?.data;
      }, slice),
    );
  }

  #pages(options: Omit<NoteListOptions, 'page'>) {
    return pageByNumber(
      (query, call) =>
        this.crm.api.GET('/crm/v8/Notes', {
          params: {
            query: {
              fields: (options.fields ?? DEFAULT_NOTE_FIELDS).join(','),
              ...query,
              ...(options.ids !== undefined ? { ids: options.ids.join(',') } : {}),
              ...(options.sortOrder !== undefined ? { sort_order: options.sortOrder } : {}),
            },
          },
          signal: call.signal ?? null,
        }),
      noteOf,
      options.perPage,
    );
  }
}

/** The `details` of one CRM item answer (`{ id, Created_Time, Created_By... }`). */
export function detailsOf(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null ? (raw as { details?: unknown }).details : undefined;
}
