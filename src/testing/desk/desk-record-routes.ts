import { json } from '../products.js';
import type { Route } from '../router.js';
import { admit, DESK_ERRORS, jsonBody, noContent } from './desk-answers.js';
import type { DeskKindRules } from './desk-kinds.js';
import { pageOf, readPageRequest, sortRecords } from './desk-paging.js';
import { CUSTOM_FIELD_PARAM, searchPredicate } from './desk-search.js';
import type { DeskState } from './desk-state.js';
import { fieldErrors } from './desk-validation.js';

/**
 * The six endpoints tickets, contacts and accounts share: list, create, search, move to
 * trash, get and update. What differs per kind (filters, sort keys, embedded objects) comes
 * from its rules in desk-kinds.ts.
 */
export function deskRecordRoutes(state: DeskState, rules: DeskKindRules): Route[] {
  const base = `/api/v1/${rules.kind}`;
  const idParam = rules.idParam;
  const area = rules.scopeArea;
  return [
    {
      method: 'GET',
      path: base,
      auth: true,
      handle: ({ request, url, token }) => {
        const org = admit(state, request, token, `Desk.${area}.READ`);
        if (org instanceof Response) return org;
        const page = readPageRequest(url, rules.list);
        if (page instanceof Response) return page;
        const include = includes(url, rules.listIncludes);
        if (include instanceof Response) return include;
        const filter = rules.listFilter(url);
        if (filter instanceof Response) return filter;
        const matching = [...org.records[rules.kind].values()].filter(filter);
        const data = pageOf(matching, page, (record, key) => rules.sortKey(org, record, key));
        if (data.length === 0) return noContent();
        return json({ data: data.map((record) => rules.present(org, record, { include, inList: true })) });
      },
    },
    {
      method: 'POST',
      path: base,
      auth: true,
      handle: async ({ request, token }) => {
        const org = admit(state, request, token, `Desk.${area}.CREATE`);
        if (org instanceof Response) return org;
        const body = await jsonBody(request);
        if (body instanceof Response) return body;
        const errors = fieldErrors(rules.kind, org, body, 'create');
        if (errors.length > 0) return DESK_ERRORS.fields(errors);
        return json(rules.present(org, rules.create(org, body), { include: [], inList: false }));
      },
    },
    {
      method: 'GET',
      path: `${base}/search`,
      auth: true,
      handle: ({ request, url, token }) => {
        const org = admit(state, request, token, 'Desk.search.READ', `Desk.${area}.READ`);
        if (org instanceof Response) return org;
        const fields = rules.searchFields(org);
        const page = readPageRequest(url, { ...rules.search, allowed: [...Object.keys(fields), '_all'], pattern: CUSTOM_FIELD_PARAM });
        if (page instanceof Response) return page;
        const predicate = searchPredicate(url, fields, (record) => rules.searchAll(org, record));
        if (predicate instanceof Response) return predicate;
        let matching = [...org.records[rules.kind].values()].filter(predicate);
        // `relevance` is Desk's default order; the simulator's relevance is creation order.
        if (page.sortBy !== undefined && page.sortBy !== 'relevance') matching = sortRecords(matching, page.sortBy, (record, key) => rules.sortKey(org, record, key));
        const data = matching.slice(page.from, page.from + page.limit);
        if (data.length === 0) return noContent();
        return json({ data: data.map((record) => rules.present(org, record, { include: [], inList: true })), count: matching.length });
      },
    },
    {
      method: 'POST',
      path: `${base}/moveToTrash`,
      auth: true,
      handle: async ({ request, token }) => {
        const org = admit(state, request, token, `Desk.${area}.DELETE`);
        if (org instanceof Response) return org;
        const body = await jsonBody(request);
        if (body instanceof Response) return body;
        const ids = body[rules.trashKey];
        const pointer = `/${rules.trashKey}`;
        if (!Array.isArray(ids) || ids.length === 0) return DESK_ERRORS.fields([{ fieldName: pointer, errorType: 'missing' }]);
        const live = org.records[rules.kind];
        // All or nothing: one id that names no live record fails the whole call.
        if (!ids.every((id) => typeof id === 'string' && live.has(id))) return DESK_ERRORS.fields([{ fieldName: pointer, errorType: 'invalid' }]);
        org.moveToTrash(rules.kind, ids as string[]);
        return noContent();
      },
    },
    {
      method: 'GET',
      path: `${base}/{${idParam}}`,
      auth: true,
      handle: ({ request, url, params, token }) => {
        const org = admit(state, request, token, `Desk.${area}.READ`);
        if (org instanceof Response) return org;
        for (const name of url.searchParams.keys()) if (name !== 'include') return DESK_ERRORS.extraParameter(name);
        const include = includes(url, rules.getIncludes);
        if (include instanceof Response) return include;
        const record = org.records[rules.kind].get(params[idParam] ?? '');
        if (!record) return DESK_ERRORS.notFound();
        return json(rules.present(org, record, { include, inList: false }));
      },
    },
    {
      method: 'PATCH',
      path: `${base}/{${idParam}}`,
      auth: true,
      handle: async ({ request, params, token }) => {
        const org = admit(state, request, token, `Desk.${area}.UPDATE`);
        if (org instanceof Response) return org;
        const id = params[idParam] ?? '';
        if (!org.records[rules.kind].has(id)) return DESK_ERRORS.notFound();
        const body = await jsonBody(request);
        if (body instanceof Response) return body;
        const errors = fieldErrors(rules.kind, org, body, 'update', id);
        if (errors.length > 0) return DESK_ERRORS.fields(errors);
        const record = org.update(rules.kind, id, body);
        if (!record) return DESK_ERRORS.notFound();
        return json(rules.present(org, record, { include: [], inList: false }));
      },
    },
  ];
}

/** The `include` values asked for, each one of `allowed`. */
function includes(url: URL, allowed: readonly string[]): string[] | Response {
  const raw = url.searchParams.get('include');
  if (raw === null) return [];
  const values = raw.split(',').map((value) => value.trim());
  return values.every((value) => allowed.includes(value)) ? values : DESK_ERRORS.invalidParameter('include');
}
