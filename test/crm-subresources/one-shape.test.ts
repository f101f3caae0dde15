import { describe, expectTypeOf, it } from 'vitest';
import type { Attachment, BulkWriteRowResult, CrmRecord, ItemResult, Note, Page, RetrieveResult, WatchResult, Zoho } from '../../src/index.js';
import type { TagData } from '../../src/crm/settings/tags.js';
import type { WatchChannel } from '../../src/crm/notifications/notifications.js';

// Compile-time checks (tsc runs on test/): each list of notes, attachments, tags and watch
// channels answers the one Page, and each per-item write the one ItemResult.
describe('one shape for every answer (CRM notes, files, tags, jobs, notifications, load)', () => {
  it('answers every list with the one Page type', () => {
    expectTypeOf<Awaited<ReturnType<CrmRecord['notes']['list']>>>().toEqualTypeOf<Page<Note>>();
    expectTypeOf<Awaited<ReturnType<Zoho['crm']['notes']['list']>>>().toEqualTypeOf<Page<Note>>();
    expectTypeOf<Awaited<ReturnType<CrmRecord['attachments']['list']>>>().toEqualTypeOf<Page<Attachment>>();
    expectTypeOf<Awaited<ReturnType<Zoho['crm']['tags']['list']>>>().toEqualTypeOf<Page<TagData>>();
    expectTypeOf<Awaited<ReturnType<Zoho['crm']['notifications']['list']>>>().toEqualTypeOf<Page<WatchChannel>>();
  });

  it('answers every per-item write with the one ItemResult type', () => {
    expectTypeOf<Awaited<ReturnType<Zoho['crm']['notes']['create']>>>().toEqualTypeOf<ItemResult<{ note: Note }>[]>();
    expectTypeOf<Awaited<ReturnType<CrmRecord['attachments']['uploadMany']>>>().toEqualTypeOf<ItemResult<{ attachment: Attachment }>[]>();
    expectTypeOf<Awaited<ReturnType<CrmRecord['attachments']['deleteMany']>>>().toEqualTypeOf<ItemResult[]>();
    expectTypeOf<Awaited<ReturnType<CrmRecord['tags']['add']>>>().toEqualTypeOf<ItemResult>();
    expectTypeOf<Awaited<ReturnType<Zoho['crm']['tags']['create']>>>().toEqualTypeOf<ItemResult[]>();
    expectTypeOf<BulkWriteRowResult>().toEqualTypeOf<ItemResult<{ action: 'insert' | 'update' }>>();
    expectTypeOf<WatchResult>().toEqualTypeOf<ItemResult<{ events: { resource_name?: string; resource_id?: string; resource_uri?: string; channel_expiry?: string }[] }>>();
    expectTypeOf<RetrieveResult>().toMatchTypeOf<ItemResult<{ action: 'retrieve' }>>();
  });

  it('creates and lists notes and attachments in one shape', () => {
    expectTypeOf<Awaited<ReturnType<CrmRecord['notes']['get']>>>().toEqualTypeOf<Note | undefined>();
    expectTypeOf<Awaited<ReturnType<CrmRecord['attachments']['upload']>>>().toEqualTypeOf<Attachment>();
  });
});
