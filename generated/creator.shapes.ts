// This file is generated from spec/creator.yaml by scripts/generate.ts. Do not edit.

import type { ResponseShape } from '../src/http/response-shape.js';

/** Top-level shapes of JSON success bodies, by "METHOD /path" (see scripts/response-shapes.ts). */
export const shapes: { readonly [operation: string]: ResponseShape } = {
  "POST /creator/v2.1/bulk/{account_owner_name}/{app_link_name}/report/{report_link_name}/read": { t: 'object' },
  "GET /creator/v2.1/bulk/{account_owner_name}/{app_link_name}/report/{report_link_name}/read/{job_id}": { t: 'object' },
  "POST /creator/v2.1/data/{account_owner_name}/{app_link_name}/form/{form_link_name}": { t: 'object' },
  "GET /creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}": { t: 'object' },
  "DELETE /creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}": { t: 'object' },
  "PATCH /creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}": { t: 'object' },
  "GET /creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}/{record_id}": { t: 'object' },
  "DELETE /creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}/{record_id}": { t: 'object' },
  "PATCH /creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}/{record_id}": { t: 'object' },
  "POST /creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}/{record_id}/{field_link_name}/upload": { t: 'object' },
  "GET /creator/v2.1/meta/applications": { t: 'object' },
  "GET /creator/v2.1/meta/{account_owner_name}/applications": { t: 'object' },
  "GET /creator/v2.1/meta/{account_owner_name}/{app_link_name}/form/{form_link_name}/fields": { t: 'object' },
  "GET /creator/v2.1/meta/{account_owner_name}/{app_link_name}/forms": { t: 'object' },
  "GET /creator/v2.1/meta/{account_owner_name}/{app_link_name}/reports": { t: 'object' },
};
