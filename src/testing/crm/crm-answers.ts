import { readJsonBody } from '../lossless-json-body.js';
import { json } from '../products.js';

/*
 * Reconstructed by the CRM records engineer after overwriting this file by mistake: the
 * exports and their behaviour follow every use in the sub-resource routes. Check it
 * against your own version if you kept one.
 */

/** A per-item answer of a batch: `{code, details, message, status}`. */
export interface ItemAnswer {
  code: string;
  details: Record<string, unknown>;
  message: string;
  status: 'success' | 'error';
}

/** Zoho's date-time format: ISO 8601 to the second, with an offset (UTC here). */
export function zohoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** Zoho's error envelope for a whole request: `{code, details, message, status: "error"}`. */
export function crmError(code: string, message: string, details: Record<string, unknown> = {}, status = 400): Response {
  return json({ code, details, message, status: 'error' }, status);
}

export function success(details: Record<string, unknown>, message: string, code = 'SUCCESS'): ItemAnswer {
  return { code, details, message, status: 'success' };
}

export function failure(code: string, message: string, details: Record<string, unknown> = {}): ItemAnswer {
  return { code, details, message, status: 'error' };
}

/**
 * A batch answer under `key` (default `data`): every item done → `okStatus`, some failed →
 * 207 Multi-Status, all failed → 400 with the per-item errors.
 */
export function batchAnswer(items: ItemAnswer[], okStatus = 200, key = 'data', allFailedStatus = 400): Response {
  const failed = items.filter((item) => item.status === 'error').length;
  const status = failed === 0 ? okStatus : failed === items.length ? allFailedStatus : 207;
  return json({ [key]: items }, status);
}

/** A comma-separated id list from a query parameter (empty when absent). */
export function idList(value: string | null): string[] {
  if (value === null) return [];
  return value.split(',').map((id) => id.trim()).filter((id) => id !== '');
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The request's JSON body, or undefined when it is not JSON (the caller answers INVALID_DATA). */
export async function jsonBody(request: Request): Promise<unknown> {
  return readJsonBody(request);
}

/**
 * An id as sent: a string of digits, or a JSON number (Zoho's Python and Java SDKs send ids
 * as numbers; the body parser keeps those past 2^53 as their digits).
 */
export function idText(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}

/** The id of a lookup value: `{ id }` or a bare id (string or number). */
export function refId(value: unknown): string | undefined {
  return idText(value) ?? (isObject(value) ? idText(value['id']) : undefined);
}

/** A user as in `Created_By` / `Modified_By`: `{ id, name }`. */
export function userRef(user: { id: string; full_name: string }): { id: string; name: string } {
  return { id: user.id, name: user.full_name };
}

/** A user as in `Owner`: `{ id, name, email }`. */
export function ownerRef(user: { id: string; full_name: string; email: string }): { id: string; name: string; email: string } {
  return { id: user.id, name: user.full_name, email: user.email };
}

/** The audit details of a write result: id, modified (and, for a creation, created) time and user. */
export function stamps(id: string, user: { id: string; full_name: string }, at: string, created = true): Record<string, unknown> {
  const modified = { Modified_Time: at, Modified_By: userRef(user) };
  return created ? { id, Created_Time: at, Created_By: userRef(user), ...modified } : { id, ...modified };
}
