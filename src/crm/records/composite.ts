import type { CallOptions } from '../../call-options.js';
import type { paths } from '../../../generated/crm.js';
import { ZohoError, ZohoResponseError } from '../../errors.js';
import type { Crm } from '../crm.js';
import { itemErrorOf, type ItemError } from '../../item-result.js';

// Zoho CRM runs at most five sub-requests per composite request.
const MAX_SUB_REQUESTS = 5;

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Operation<P extends keyof paths, M extends HttpMethod> = NonNullable<paths[P][Lowercase<M>]>;

/** The spec paths that have operation `M`. */
export type CompositePath<M extends HttpMethod> = { [P in keyof paths]: paths[P][Lowercase<M>] extends { responses: unknown } ? P : never }[keyof paths];

type ParametersOf<O> = O extends { parameters: infer P } ? P : never;
type PathParams<O> = ParametersOf<O> extends { path: infer A } ? A : never;
type QueryParams<O> = ParametersOf<O> extends { query?: infer Q } ? Q : never;
type JsonBody<O> = O extends { requestBody?: infer R } ? ([NonNullable<R>] extends [never] ? never : NonNullable<R> extends { content: { 'application/json': infer B } } ? B : never) : never;
type Content<X> = X extends { content: { 'application/json': infer J } } ? J : undefined;
/** The body of the operation's first success answer (200, 201 or 202); undefined too when it can answer 204. */
export type SuccessBody<O> = O extends { responses: infer R } ? FirstSuccess<R> | (204 extends keyof R ? undefined : never) : unknown;
type FirstSuccess<R> = 200 extends keyof R ? Content<R[200]> : 201 extends keyof R ? Content<R[201]> : 202 extends keyof R ? Content<R[202]> : unknown;

/**
 * A path or query value, or a reference to an earlier sub-request's answer:
 * `@{create_lead:$.data[0].details.id}`.
 */
type Value<T> = T | `@{${string}:$${string}}`;

/** What a typed sub-request takes besides method and path: the spec's params and body. */
export type SubRequestInit<O> = { id?: string; headers?: { [name: string]: string } } & ([PathParams<O>] extends [never]
  ? unknown
  : { path: { [K in keyof PathParams<O>]: Value<PathParams<O>[K]> } }) &
  ([QueryParams<O>] extends [never] ? unknown : { query?: { [K in keyof QueryParams<O>]?: Value<QueryParams<O>[K]> } }) &
  ([JsonBody<O>] extends [never] ? unknown : { body: JsonBody<O> });

/** One call of a composite request. `Body` types its success answer. */
export interface SubRequest<Body = unknown> {
  readonly method: HttpMethod;
  /** The CRM path, e.g. `/crm/v8/Leads`. */
  readonly uri: string;
  readonly params?: { [name: string]: unknown };
  readonly body?: object;
  readonly headers?: { [name: string]: string };
  /** The `sub_request_id` later sub-requests use to refer to this answer. */
  readonly id?: string;
  /** Type-level only: the success body. */
  readonly __body?: Body;
}

/** The outcome of one sub-request: its answer, or why it did not run or was undone. */
export type SubResult<Body = unknown> =
  | { ok: true; id: string | undefined; status: number; body: Body; headers: { [name: string]: string } }
  | {
      ok: false;
      id: string | undefined;
      /** The sub-request's HTTP status when it ran; undefined when it never ran. */
      status: number | undefined;
      error: ItemError;
      /** True when it had succeeded and was undone because a later one failed (`rollback_on_fail`). */
      rolledBack: boolean;
      body: unknown;
    };

/** The results of a composite request, one per sub-request, in order and typed by each. */
export type CompositeResults<R extends readonly SubRequest[]> = { [K in keyof R]: R[K] extends SubRequest<infer B> ? SubResult<B> : SubResult };

/** Options of a composite request. */
export interface CompositeOptions extends CallOptions {
  /** Undo every sub-request when one fails (they then run one after another). */
  rollbackOnFail?: boolean;
  /** Let CRM run independent sub-requests in parallel (its default unless rolling back). */
  parallel?: boolean;
}

/**
 * Builds a typed sub-request for `crm.composite()`: the method, a spec path, and its params
 * and body, all checked against spec/crm.yaml; the result's body is typed from the spec's
 * success answer. `@{id:$.json.path}` refers to an earlier sub-request's answer.
 *
 * @example
 * const [lead, note] = await crm.composite([
 *   subRequest('POST', '/crm/v8/{module_api_name}', { id: 'lead', path: { module_api_name: 'Leads' }, body: { data: [{ Last_Name: 'Wiggum' }] } }),
 *   subRequest('POST', '/crm/v8/Notes', { body: { data: [{ Note_Content: 'Met at the fair', Parent_Id: { module: { api_name: 'Leads' }, id: '@{lead:$.data[0].details.id}' } }] } }),
 * ]);
 * if (lead.ok) console.log(lead.body.data[0]?.details.id, note.ok);
 */
export function subRequest<M extends HttpMethod, P extends CompositePath<M>>(method: M, path: P, init: SubRequestInit<Operation<P, M>>): SubRequest<SuccessBody<Operation<P, M>>> {
  const { id, headers, path: pathParams, query, body } = init as { id?: string; headers?: { [name: string]: string }; path?: { [k: string]: unknown }; query?: { [k: string]: unknown }; body?: object };
  const uri = String(path).replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const value = String(pathParams?.[name] ?? '');
    // A reference is resolved by CRM, so it travels unencoded.
    return /^@\{[^}]+\}$/.test(value) ? value : encodeURIComponent(value);
  });
  return {
    method,
    uri,
    ...(query !== undefined ? { params: query } : {}),
    ...(body !== undefined ? { body } : {}),
    ...(headers !== undefined ? { headers } : {}),
    ...(id !== undefined ? { id } : {}),
  };
}

/**
 * Runs up to five CRM calls in one request (`POST /__composite_requests`). Each result is
 * its sub-request's answer (ok when its status is below 400), or why it did not run
 * (PROCESSING_STOPPED, INVALID_REFERENCE...) or was rolled back.
 */
export async function composite<const R extends readonly SubRequest[]>(crm: Crm, requests: R, options: CompositeOptions = {}): Promise<CompositeResults<R>> {
  if (requests.length === 0 || requests.length > MAX_SUB_REQUESTS) {
    throw new ZohoError(`crm: a composite request takes 1 to ${MAX_SUB_REQUESTS} sub-requests; got ${requests.length}`, { product: 'crm', code: 'LIMIT_EXCEEDED' });
  }
  const { data, response } = await crm.api.POST('/crm/v8/__composite_requests', {
    body: {
      __composite_requests: requests.map((r) => ({
        method: r.method,
        uri: r.uri,
        ...(r.id !== undefined ? { sub_request_id: r.id } : {}),
        ...(r.params !== undefined ? { params: r.params } : {}),
        ...(r.body !== undefined ? { body: r.body as { [key: string]: unknown } } : {}),
        ...(r.headers !== undefined ? { headers: r.headers } : {}),
      })),
      ...(options.rollbackOnFail !== undefined ? { rollback_on_fail: options.rollbackOnFail } : {}),
      ...(options.parallel !== undefined ? { parallel_execution: options.parallel } : {}),
    },
    signal: options.signal ?? null,
  });
  const answers = data?.__composite_requests ?? [];
  if (answers.length !== requests.length) {
    throw new ZohoResponseError(`crm: the composite request answered ${answers.length} results for ${requests.length} sub-requests`, { product: 'crm', status: response.status });
  }
  return answers.map((answer, i) => toResult(answer, requests[i]!.id)) as CompositeResults<R>;
}

interface RawAnswer {
  code?: string;
  status?: string;
  message?: string;
  details?: { response?: { status_code?: number; body?: unknown; headers?: { [name: string]: string } }; [key: string]: unknown };
}

function toResult(answer: RawAnswer, id: string | undefined): SubResult {
  const response = answer.details?.response;
  const status = response?.status_code;
  if (answer.status === 'success' && status !== undefined && status < 400) {
    // An empty answer (204) has no body: undefined, as its type says.
    return { ok: true, id, status, body: response?.body ?? undefined, headers: response?.headers ?? {} };
  }
  const rolledBack = answer.code === 'ROLLBACK_PERFORMED';
  // A sub-request that ran and failed carries CRM's own error envelope in its body.
  const envelope = !rolledBack && status !== undefined ? firstError(response?.body) : undefined;
  const { response: _response, ...details } = answer.details ?? {};
  void _response;
  return {
    ok: false,
    id,
    status,
    error: envelope ?? itemErrorOf(answer.code ?? 'UNKNOWN', answer.message ?? '', details),
    rolledBack,
    body: response?.body,
  };
}

/** The error of a failed answer body: the envelope, or its first failed item. */
function firstError(body: unknown): ItemError | undefined {
  const value = body as { code?: unknown; message?: unknown; details?: unknown; data?: unknown } | null | undefined;
  const item = Array.isArray(value?.data) ? (value.data.find((d: { status?: unknown }) => d?.status === 'error') as typeof value) : value;
  if (typeof item?.code !== 'string') return undefined;
  return itemErrorOf(item.code, typeof item.message === 'string' ? item.message : '', item.details);
}
