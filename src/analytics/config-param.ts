import type { AnalyticsSchemas } from './analytics-types.js';

/**
 * Analytics takes almost every parameter in one `CONFIG` parameter holding a JSON object
 * as a string (spec/analytics.yaml, "The CONFIG parameter"): a query parameter on GET and
 * on imports (whose multipart body holds only the file), a form field on POST/PUT/DELETE.
 * The schema names keep each object checked against the spec's `<Operation>Config`.
 */
export function config<Name extends keyof AnalyticsSchemas>(_schema: Name, value: AnalyticsSchemas[Name]): string {
  return JSON.stringify(value);
}

/** The request parts that carry CONFIG as a form field (POST, PUT, DELETE). */
export function formConfig<Name extends keyof AnalyticsSchemas>(schema: Name, value: AnalyticsSchemas[Name]): { body: { CONFIG: string }; headers: { 'Content-Type': 'application/x-www-form-urlencoded' } } {
  return { body: { CONFIG: config(schema, value) }, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } };
}
