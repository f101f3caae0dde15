import { Attachments } from './attachments.js';
import { LineItems } from './line-items.js';
import type { Module } from './module.js';
import { Notes } from './notes.js';
import { Photo } from './photo.js';
import { RelatedRecords } from './related-records.js';

/** One CRM record: field values with dirty tracking; its notes, attachments and more. */
export class Record {
  constructor(
    readonly module: Module,
    public id: string | undefined,
  ) {}

  get notes(): Notes {
    return new Notes(this);
  }

  get attachments(): Attachments {
    return new Attachments(this);
  }

  get photo(): Photo {
    return new Photo(this);
  }

  /** Records related through a related list, by its API name (`Contacts`, `Notes`...). */
  related(listName: string): RelatedRecords {
    return new RelatedRecords(this, listName);
  }

  /** Line items: Quotes, Sales_Orders, Invoices and Purchase_Orders only. */
  get lineItems(): LineItems {
    return new LineItems(this);
  }
}
