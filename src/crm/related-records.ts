import type { Record } from './record.js';

/** The records related to one record through a related list (`Contacts` of an Account...). */
export class RelatedRecords {
  constructor(
    readonly record: Record,
    readonly listName: string,
  ) {}
}
