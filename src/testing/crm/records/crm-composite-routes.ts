import type { SimulatorCore } from '../../core.js';
import { json } from '../../products.js';
import type { Route, RouteContext } from '../../router.js';
import { crmError, failure, isObject, jsonBody, success, type ItemAnswer } from '../crm-answers.js';
import type { CrmState } from '../crm-state.js';
import type { CrmSubresources } from '../crm-subresource-state.js';
import { parseJsonLossless } from '../../lossless-json-body.js';

// Zoho CRM: at most five sub-requests per composite request.
const MAX_SUB_REQUESTS = 5;
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
// Bulk, composite and notification APIs cannot be sub-requests.
const NOT_ALLOWED = [/^\/crm\/bulk\//, /\/__composite_requests/, /\/actions\/watch/];
const REFERENCE = /@\{([a-zA-Z0-9][a-zA-Z0-9_]*):(\$[^}]*)\}/g;

interface Executed {
  index: number;
  statusCode: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * `POST /__composite_requests`: up to five CRM calls in one, run in order through the same
 * routes, each able to use an earlier answer through `@{sub_request_id:$.json.path}`.
 * With `rollback_on_fail`, the first failure undoes every change the earlier ones made.
 */
export function crmCompositeRoutes(core: SimulatorCore, crm: CrmState, state: CrmSubresources): Route[] {
  return [
    {
      method: 'POST',
      path: '/crm/v8/__composite_requests',
      auth: true,
      handle: async (context) => {
        const body = await jsonBody(context.request);
        const subs = isObject(body) ? body['__composite_requests'] : undefined;
        if (!isObject(body) || !Array.isArray(subs) || subs.length === 0) {
          return crmError('MANDATORY_NOT_FOUND', 'required field not found', { api_name: '__composite_requests', json_path: '$.__composite_requests' });
        }
        if (subs.length > MAX_SUB_REQUESTS) return crmError('LIMIT_EXCEEDED', 'the number of sub-requests exceeds the limit', { limit: MAX_SUB_REQUESTS, api_name: '__composite_requests' });
        const rollback = body['rollback_on_fail'] === true;
        const parallel = body['parallel_execution'] ?? body['concurrent_execution'];
        if (rollback && parallel === true) {
          return crmError('AMBIGUITY_DURING_PROCESSING', 'rollback_on_fail and parallel_execution cannot both be true', {
            ambiguity_due_to: [{ api_name: 'rollback_on_fail', json_path: '$.rollback_on_fail' }, { api_name: 'parallel_execution', json_path: '$.parallel_execution' }],
          });
        }
        const names = subs.map((sub) => (isObject(sub) ? sub['sub_request_id'] : undefined)).filter((n) => n !== undefined);
        const duplicate = names.find((name, i) => names.indexOf(name) !== i);
        if (duplicate !== undefined) return crmError('DUPLICATE_DATA', 'duplicate sub_request_id', { api_name: 'sub_request_id', json_path: '$.__composite_requests' });

        const undo = rollback ? snapshot(crm, state) : undefined;
        const done = new Map<string, Executed>();
        const answers: ItemAnswer[] = [];
        let failedAt: number | undefined;
        for (const [index, sub] of subs.entries()) {
          if (failedAt !== undefined && rollback) {
            answers.push(failure('PROCESSING_STOPPED', 'processing stopped: an earlier sub-request failed', { json_path: `$.__composite_requests[${index}]` }));
            continue;
          }
          const outcome = await runOne(core, context, sub, index, done);
          if ('code' in outcome) {
            answers.push(outcome);
            failedAt ??= index;
            continue;
          }
          const name = isObject(sub) ? sub['sub_request_id'] : undefined;
          if (typeof name === 'string') done.set(name, outcome);
          answers.push(success({ response: { status_code: outcome.statusCode, body: outcome.body, headers: outcome.headers } }, 'success'));
          if (outcome.statusCode >= 400) failedAt ??= index;
        }
        if (undo && failedAt !== undefined) {
          undo();
          for (let i = 0; i < failedAt; i++) {
            const executed = answers[i];
            answers[i] = failure('ROLLBACK_PERFORMED', 'rolled back because a later sub-request failed', { rollbacked_by_sub_request_index: failedAt, ...(executed?.details ?? {}) });
          }
        }
        return json({ __composite_requests: answers }, failedAt === undefined ? 200 : 207);
      },
    },
  ];
}

/** Runs one sub-request through the simulator's own routes, as the caller. */
async function runOne(core: SimulatorCore, context: RouteContext, sub: unknown, index: number, done: Map<string, Executed>): Promise<Executed | ItemAnswer> {
  const at = `$.__composite_requests[${index}]`;
  if (!isObject(sub)) return failure('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonobject', json_path: at });
  const method = String(sub['method'] ?? '').toUpperCase();
  if (!METHODS.has(method)) return failure('INVALID_DATA', 'invalid data', { api_name: 'method', json_path: `${at}.method` });
  let resolved: { uri: unknown; params: unknown; body: unknown };
  try {
    resolved = resolveReferences({ uri: sub['uri'], params: sub['params'], body: sub['body'] }, done) as typeof resolved;
  } catch (error) {
    return failure('INVALID_REFERENCE', error instanceof Error ? error.message : 'invalid reference', { api_name: 'uri', json_path: at, reference: String(sub['uri']) });
  }
  const uri = resolved.uri;
  if (typeof uri !== 'string' || !uri.startsWith('/crm/')) return failure('INVALID_DATA', 'invalid data', { api_name: 'uri', json_path: `${at}.uri` });
  if (NOT_ALLOWED.some((pattern) => pattern.test(uri))) {
    return failure('NOT_SUPPORTED', 'this API cannot be a sub-request', { allowed_services: ['crm'] });
  }
  const url = new URL(uri, new URL(context.request.url).origin);
  if (isObject(resolved.params)) for (const [key, value] of Object.entries(resolved.params)) url.searchParams.set(key, String(value));
  const headers = new Headers({ authorization: context.request.headers.get('authorization') ?? '' });
  const hasBody = resolved.body !== undefined && method !== 'GET' && method !== 'DELETE';
  if (hasBody) headers.set('content-type', 'application/json');
  const request = new Request(url, { method, headers, ...(hasBody ? { body: JSON.stringify(resolved.body) } : {}) });
  const found = core.router.match(method, url.pathname);
  const response =
    found === undefined || found === 'method-not-allowed'
      ? json({ code: 'INVALID_URL_PATTERN', details: {}, message: 'Please check if the URL trying to access is a correct one', status: 'error' }, found === undefined ? 404 : 405)
      : await core.run(found.route, { request, url, params: found.params, token: context.token });
  const text = await response.text();
  let body: unknown = null;
  if (text !== '') {
    try {
      body = parseJsonLossless(text);
    } catch (error) {
      // Not JSON (a file download): the body is passed on as text.
      void error;
      body = text;
    }
  }
  const out: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    out[key] = value;
  });
  return { index, statusCode: response.status, body, headers: out };
}

/** Replaces `@{id:$.path}` everywhere in a sub-request with what the earlier answer holds there. */
function resolveReferences(value: unknown, done: Map<string, Executed>): unknown {
  if (typeof value === 'string') {
    const whole = /^@\{([a-zA-Z0-9][a-zA-Z0-9_]*):(\$[^}]*)\}$/.exec(value);
    if (whole) return lookup(done, whole[1]!, whole[2]!);
    return value.replace(REFERENCE, (_m, id: string, path: string) => String(lookup(done, id, path)));
  }
  if (Array.isArray(value)) return value.map((v) => resolveReferences(v, done));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveReferences(v, done)]));
  return value;
}

function lookup(done: Map<string, Executed>, id: string, path: string): unknown {
  const executed = done.get(id);
  if (!executed) throw new Error(`the reference @{${id}:${path}} names no earlier sub-request`);
  let current: unknown = executed.body;
  for (const [, key, index] of path.slice(1).matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) {
    if (index !== undefined) current = Array.isArray(current) ? current[Number(index)] : undefined;
    else current = isObject(current) ? current[key!] : undefined;
  }
  if (current === undefined) throw new Error(`the reference @{${id}:${path}} finds nothing in that answer`);
  return current;
}

/** Copies every piece of CRM state a sub-request can change; calling the result puts it back. */
function snapshot(crm: CrmState, state: CrmSubresources): () => void {
  const records = new Map([...crm.records].map(([module, byId]) => [module, structuredClone(byId)]));
  const links = state.relations.snapshot();
  const bin = state.recycleBin.snapshot();
  const attachments = new Map(state.files.attachments);
  const photos = new Map(state.files.photos);
  return () => {
    // Refilled in place: other code may hold these Map objects.
    for (const [module, byId] of crm.records) {
      byId.clear();
      for (const [id, record] of records.get(module) ?? []) byId.set(id, record);
    }
    state.relations.restore(links);
    state.recycleBin.restoreSnapshot(bin);
    state.files.attachments.clear();
    for (const [id, a] of attachments) state.files.attachments.set(id, a);
    state.files.photos.clear();
    for (const [key, p] of photos) state.files.photos.set(key, p);
  };
}
