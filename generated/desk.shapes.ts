// This file is generated from spec/desk.yaml by scripts/generate.ts. Do not edit.

import type { ResponseShape } from '../src/http/response-shape.js';

/** Top-level shapes of JSON success bodies, by "METHOD /path" (see scripts/response-shapes.ts). */
export const shapes: { readonly [operation: string]: ResponseShape } = {
  "GET /api/v1/accounts": { t: 'object', r: ["data"], k: { "data": 'A' } },
  "POST /api/v1/accounts": { t: 'object', r: ["id"], k: { "associatedSLAIds": 'a', "cf": 'o', "customerHappiness": 'o', "customFields": 'o', "zohoCRMAccount": 'o?' } },
  "GET /api/v1/accounts/search": { t: 'object', r: ["count","data"], k: { "data": 'A' } },
  "GET /api/v1/accounts/{accountId}": { t: 'object', r: ["id"], k: { "associatedSLAIds": 'a', "cf": 'o', "customerHappiness": 'o', "customFields": 'o', "zohoCRMAccount": 'o?' } },
  "PATCH /api/v1/accounts/{accountId}": { t: 'object', r: ["id"], k: { "associatedSLAIds": 'a', "cf": 'o', "customerHappiness": 'o', "customFields": 'o', "zohoCRMAccount": 'o?' } },
  "GET /api/v1/contacts": { t: 'object', r: ["data"], k: { "data": 'A' } },
  "POST /api/v1/contacts": { t: 'object', r: ["id"], k: { "account": 'o?', "cf": 'o', "customerHappiness": 'o', "customFields": 'o', "zohoCRMContact": 'o?' } },
  "GET /api/v1/contacts/search": { t: 'object', r: ["count","data"], k: { "data": 'A' } },
  "GET /api/v1/contacts/{contactId}": { t: 'object', r: ["id"], k: { "account": 'o?', "cf": 'o', "customerHappiness": 'o', "customFields": 'o', "zohoCRMContact": 'o?' } },
  "PATCH /api/v1/contacts/{contactId}": { t: 'object', r: ["id"], k: { "account": 'o?', "cf": 'o', "customerHappiness": 'o', "customFields": 'o', "zohoCRMContact": 'o?' } },
  "GET /api/v1/departments": { t: 'object', r: ["data"], k: { "data": 'A' } },
  "GET /api/v1/organizations": { t: 'object', r: ["data"], k: { "data": 'A' } },
  "GET /api/v1/tickets": { t: 'object', r: ["data"], k: { "data": 'A' } },
  "POST /api/v1/tickets": { t: 'object', r: ["id"], k: { "cf": 'o', "contact": 'o?', "customFields": 'o', "department": 'o?', "product": 'o?', "secondaryContacts": 'a', "team": 'o?' } },
  "GET /api/v1/tickets/search": { t: 'object', r: ["count","data"], k: { "data": 'A' } },
  "GET /api/v1/tickets/{ticketId}": { t: 'object', r: ["id"], k: { "cf": 'o', "contact": 'o?', "customFields": 'o', "department": 'o?', "product": 'o?', "secondaryContacts": 'a', "team": 'o?' } },
  "PATCH /api/v1/tickets/{ticketId}": { t: 'object', r: ["id"], k: { "cf": 'o', "contact": 'o?', "customFields": 'o', "department": 'o?', "product": 'o?', "secondaryContacts": 'a', "team": 'o?' } },
  "GET /api/v1/tickets/{ticketId}/comments": { t: 'object', r: ["data"], k: { "data": 'A' } },
  "POST /api/v1/tickets/{ticketId}/comments": { t: 'object', r: ["id"], k: { "attachments": 'A', "commenter": 'o' } },
  "GET /api/v1/tickets/{ticketId}/comments/{commentId}": { t: 'object', r: ["id"], k: { "attachments": 'A', "commenter": 'o' } },
  "GET /api/v1/tickets/{ticketId}/threads": { t: 'object', r: ["data"], k: { "data": 'A' } },
  "GET /api/v1/tickets/{ticketId}/threads/{threadId}": { t: 'object', r: ["id"], k: { "attachments": 'A' } },
};
