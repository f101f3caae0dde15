import { z } from 'zod';

/**
 * What Zoho POSTs to a channel's notify_url (the spec's NotificationPayload). Unknown keys
 * are kept: Zoho adds fields over time and a receiver should not reject them.
 */
export const payloadSchema = z.looseObject({
  server_time: z.number(),
  module: z.string().min(1),
  resource_uri: z.string(),
  // Ids are 64-bit: Zoho sends them as strings; a number is accepted and turned into text.
  ids: z.array(z.union([z.string(), z.number()]).transform(String)),
  operation: z.string().min(1),
  channel_id: z.union([z.string(), z.number()]).transform(String),
  token: z.string().nullable().optional(),
  affected_fields: z.array(z.record(z.string(), z.array(z.string()))).optional(),
  affected_values: z.array(z.looseObject({ record_id: z.string().optional(), values: z.record(z.string(), z.unknown()).optional() })).optional(),
  query_params: z.record(z.string(), z.unknown()).optional(),
});

/** Zoho's notification payload after validation (ids as text). */
export type NotificationPayload = z.output<typeof payloadSchema>;
