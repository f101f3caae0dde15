import type { ZohoProduct } from '../errors.js';
import { json } from './products.js';
import type { SpecViolation } from './spec-check.js';

/**
 * A request the spec does not allow, answered in the product's own envelope; undefined for
 * products whose simulator does not check requests against spec/ yet.
 */
export function violationAnswer(product: ZohoProduct, violation: SpecViolation): Response | undefined {
  if (product !== 'crm') return undefined;
  return crmViolation(violation);
}

/** Answers to a request method the path does not have, per product (undefined: the generic 404 body). */
export function methodNotAllowed(product: ZohoProduct): Response | undefined {
  if (product !== 'crm') return undefined;
  return crm('INVALID_REQUEST_METHOD', 'The http request method type is not a valid one', {}, 405);
}

// Zoho CRM's envelope: `{code, details, message, status: "error"}`; a query parameter is named
// in `details.param_name`, a body field in `details.api_name` with its `json_path`.
function crmViolation(violation: SpecViolation): Response {
  switch (violation.kind) {
    case 'missing-param':
      return crm('REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', { param_name: violation.name });
    case 'invalid-param':
      return crm('INVALID_DATA', 'the value given for the parameter seems to be invalid', {
        param_name: violation.name,
        ...(violation.expected === undefined ? {} : { expected_data_type: violation.expected }),
        ...(violation.supported === undefined ? {} : { supported_values: violation.supported }),
      });
    case 'unknown-param':
      return crm('INVALID_DATA', 'the parameter given is not supported by this API', { param_name: violation.name });
    case 'invalid-body':
      return crm('INVALID_DATA', 'the request body is missing or is not valid JSON', { expected_data_type: violation.expected });
    case 'missing-property':
      return crm('MANDATORY_NOT_FOUND', 'required field not found', { api_name: violation.name, json_path: violation.jsonPath });
    case 'invalid-property':
      return crm('INVALID_DATA', 'invalid data', { api_name: violation.name, json_path: violation.jsonPath, ...(violation.expected === undefined ? {} : { expected_data_type: violation.expected }) });
  }
}

function crm(code: string, message: string, details: Record<string, unknown>, status = 400): Response {
  return json({ code, details, message, status: 'error' }, status);
}
