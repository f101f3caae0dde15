// This file is generated from spec/analytics.yaml by scripts/generate.ts. Do not edit.

import type { ResponseShape } from '../src/http/response-shape.js';

/** Top-level shapes of JSON success bodies, by "METHOD /path" (see scripts/response-shapes.ts). */
export const shapes: { readonly [operation: string]: ResponseShape } = {
  "GET /restapi/v2/bulk/workspaces/{workspaceId}/data": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "POST /restapi/v2/bulk/workspaces/{workspaceId}/data": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "POST /restapi/v2/bulk/workspaces/{workspaceId}/data/batch": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "GET /restapi/v2/bulk/workspaces/{workspaceId}/exportjobs/{jobId}": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "GET /restapi/v2/bulk/workspaces/{workspaceId}/importjobs/{jobId}": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "GET /restapi/v2/bulk/workspaces/{workspaceId}/views/{viewId}/data": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "POST /restapi/v2/bulk/workspaces/{workspaceId}/views/{viewId}/data": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "POST /restapi/v2/bulk/workspaces/{workspaceId}/views/{viewId}/data/batch": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "GET /restapi/v2/orgs": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "GET /restapi/v2/views/{viewId}": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "GET /restapi/v2/workspaces": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "POST /restapi/v2/workspaces": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "GET /restapi/v2/workspaces/owned": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "GET /restapi/v2/workspaces/shared": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "GET /restapi/v2/workspaces/{workspaceId}": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "POST /restapi/v2/workspaces/{workspaceId}/data": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "POST /restapi/v2/workspaces/{workspaceId}/tables": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "GET /restapi/v2/workspaces/{workspaceId}/views": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "POST /restapi/v2/workspaces/{workspaceId}/views/{viewId}/columns": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "POST /restapi/v2/workspaces/{workspaceId}/views/{viewId}/data": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "GET /restapi/v2/workspaces/{workspaceId}/views/{viewId}/metadata": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "PUT /restapi/v2/workspaces/{workspaceId}/views/{viewId}/rows": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "POST /restapi/v2/workspaces/{workspaceId}/views/{viewId}/rows": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
  "DELETE /restapi/v2/workspaces/{workspaceId}/views/{viewId}/rows": { t: 'object', r: ["data","status"], k: { "data": 'o' } },
};
