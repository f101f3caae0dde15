// This file is generated from spec/accounts.yaml by scripts/generate.ts. Do not edit.

import type { ResponseShape } from '../src/http/response-shape.js';

/** Top-level shapes of JSON success bodies, by "METHOD /path" (see scripts/response-shapes.ts). */
export const shapes: { readonly [operation: string]: ResponseShape } = {
  "POST /oauth/v2/token": { t: 'object' },
  "POST /oauth/v2/token/revoke": { t: 'object' },
};
