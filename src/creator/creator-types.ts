import type { CallOptions } from '../call-options.js';
import type { components } from '../../generated/creator.js';

type Schemas = components['schemas'];

/** A record as Creator returns it: field link name → value, with its `ID`. */
export type CreatorRecord = Schemas['Record'];
/** Field link name → value to write. */
export type CreatorFieldValues = Schemas['FieldValues'];
/** What went wrong with one record: a text, texts, or field link name → message. */
export type CreatorRecordError = Schemas['RecordError'];
/** A bulk read job as Zoho describes it. */
export type CreatorBulkReadJob = Schemas['BulkReadJob'];
/** Which fields Get Records returns. */
export type CreatorFieldConfig = NonNullable<components['parameters']['FieldConfig']>;
/** Workflows an add can skip. */
export type CreatorSkipWorkflow = Schemas['SkipWorkflow'];

/** Creator calls may run as another stored user. */
export interface CreatorUserOption {
  /**
   * Run this call as another user (another stored token). Creator's bulk scopes are often
   * granted to a separate token from the report scopes; this points the call at it.
   */
  user?: string;
}

/** What every Creator call accepts: the one CallOptions, plus `user`. */
export type CreatorCallOptions = CallOptions & CreatorUserOption;

