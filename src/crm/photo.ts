import type { Record } from './record.js';

/** A record's photo. */
export class Photo {
  constructor(readonly record: Record) {}
}
