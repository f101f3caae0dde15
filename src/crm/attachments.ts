import type { Record } from './record.js';

/** A record's attachments: upload (≤ 20 MB), list, download, delete. */
export class Attachments {
  constructor(readonly record: Record) {}
}
