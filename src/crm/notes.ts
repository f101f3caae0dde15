import type { Record } from './record.js';

/** A record's notes. */
export class Notes {
  constructor(readonly record: Record) {}
}
