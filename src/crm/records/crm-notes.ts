import type { Crm } from '../crm.js';
import { inChunks } from '../in-chunks.js';
import { batch, type ItemResult } from '../item-result.js';
import { DEFAULT_NOTE_FIELDS, noteFields, type Note, type NoteChanges, type NoteInput } from './note.js';
import type { IterateOptions, Page } from '../../page.js';
import { crmIterate, crmPage, type CrmFetch, type CrmPageOptions } from '../crm-page.js';

/** A note to create anywhere: its content, title and the record it belongs to. */
export interface NewNote extends NoteInput {
  parent: { module: string; id: string };
}

/**
 * Notes across records (`crm.notes`): list every note, and create, update or delete many
 * in one go. Batches are split into CRM's 100-per-call limit; results come back one per
 * input, in order, with failures as data.
 */
export class CrmNotes {
  constructor(readonly crm: Crm) {}

  /** One page of all notes. */
  list(options: CrmPageOptions & { fields?: string[]; ids?: string[]; sortOrder?: 'asc' | 'desc' } = {}): Promise<Page<Note>> {
    return crmPage(this.#lister(options), options);
  }

  /** Every note, page after page. */
  iterate(options: IterateOptions & { fields?: string[] } = {}): AsyncGenerator<Note, void, undefined> {
    return crmIterate(this.#lister(options), options);
  }

  #lister(options: { fields?: string[]; ids?: string[]; sortOrder?: 'asc' | 'desc' }): CrmFetch<Note> {
    return async (paging, call) => {
      const { data, response } = await this.crm.api.GET('/crm/v8/Notes', {
        params: {
          query: {
            fields: (options.fields ?? DEFAULT_NOTE_FIELDS).join(','),
            ...paging,
            ...(options.ids !== undefined ? { ids: options.ids.join(',') } : {}),
            ...(options.sortOrder !== undefined ? { sort_order: options.sortOrder } : {}),
          },
        },
        signal: call.signal ?? null,
      });
      return { items: data?.data, info: data?.info, response };
    };
  }

  /** Creates notes on any records; one result per note. */
  async create(notes: readonly NewNote[], options: { signal?: AbortSignal | undefined } = {}): Promise<ItemResult[]> {
    return await inChunks(notes, (chunk) =>
      batch(async () => {
        const { data } = await this.crm.api.POST('/crm/v8/Notes', {
          body: { data: chunk.map((note) => ({ ...noteFields(note), Parent_Id: { module: { api_name: note.parent.module }, id: note.parent.id } })) },
          signal: options.signal ?? null,
        });
        return data?.data;
      }, chunk.map(() => undefined)),
    );
  }

  /** Updates many notes by id; one result per note. */
  async update(changes: readonly (NoteChanges & { id: string })[], options: { signal?: AbortSignal | undefined } = {}): Promise<ItemResult[]> {
    return await inChunks(changes, (chunk) =>
      batch(async () => {
        const { data } = await this.crm.api.PUT('/crm/v8/Notes', {
          body: { data: chunk.map((change) => ({ id: change.id, ...noteFields(change) })) },
          signal: options.signal ?? null,
        });
        return data?.data;
      }, chunk.map((change) => change.id)),
    );
  }

  /** Deletes many notes by id; one result per id. */
  async delete(ids: readonly string[], options: { signal?: AbortSignal | undefined } = {}): Promise<ItemResult[]> {
    return await inChunks(ids, (chunk) =>
      batch(async () => {
        const { data } = await this.crm.api.DELETE('/crm/v8/Notes', { params: { query: { ids: chunk.join(',') } }, signal: options.signal ?? null });
        return data?.data;
      }, chunk),
    );
  }
}
