import type { Route } from '../../router.js';
import { failure, idText, isObject, jsonBody, success, type ItemAnswer } from '../crm-answers.js';
import type { SimFieldType } from './crm-fields.js';
import { crmJson, failWith } from '../records/crm-record-answers.js';
import type { CrmState } from '../crm-state.js';

// The data types a field can be created with through the API, as the simulator models them.
const CREATABLE = new Set<SimFieldType>(['text', 'textarea', 'email', 'phone', 'website', 'picklist', 'multiselectpicklist', 'date', 'datetime', 'integer', 'bigint', 'double', 'currency', 'percent', 'boolean']);

/**
 * Custom fields created through `POST /settings/fields?module=X` join the module's metadata,
 * so records can carry them and `GET /settings/fields` lists them. A pick list field that
 * names a global picklist (`global_picklist: {id}`) takes its values from it (the global
 * picklists live in the collection engine's store).
 */
export function crmFieldCreateRoutes(crm: CrmState): Route[] {
  return [
    {
      method: 'POST',
      path: '/crm/v8/settings/fields',
      auth: true,
      handle: async (context) => {
        crm.charge(context.token!.user, 1);
        const module = crm.metadata.find(context.url.searchParams.get('module') ?? '');
        if (!module) return failWith('INVALID_MODULE', 'the module name given seems to be invalid', { param_name: 'module' });
        const body = await jsonBody(context.request);
        const inputs = isObject(body) && Array.isArray(body['fields']) ? body['fields'] : [];
        const results = inputs.map((input, index): ItemAnswer => {
          const at = `$.fields[${index}]`;
          if (!isObject(input)) return failure('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonobject', json_path: at });
          const label = input['field_label'];
          if (typeof label !== 'string' || label.trim() === '') return failure('MANDATORY_NOT_FOUND', 'required field not found', { api_name: 'field_label', json_path: `${at}.field_label` });
          const type = input['data_type'];
          if (typeof type !== 'string' || !CREATABLE.has(type as SimFieldType)) return failure('INVALID_DATA', 'the data type given seems to be invalid', { api_name: 'data_type', json_path: `${at}.data_type` });
          const apiName = typeof input['api_name'] === 'string' && input['api_name'] !== '' ? input['api_name'] : label.trim().replace(/\W+/g, '_');
          if (module.fields.some((f) => f.api_name === apiName)) return failure('DUPLICATE_DATA', 'duplicate data', { api_name: 'api_name', json_path: `${at}.api_name` });
          let pickList: string[] | undefined;
          if (type === 'picklist' || type === 'multiselectpicklist') {
            const globalId = isObject(input['global_picklist']) ? idText(input['global_picklist']['id']) : undefined;
            if (globalId !== undefined) {
              const global = crm.collections.items('/crm/v8/settings/global_picklists').get(globalId);
              if (!global) return failure('INVALID_DATA', 'the global picklist id given seems to be invalid', { api_name: 'global_picklist', json_path: `${at}.global_picklist.id` });
              pickList = valuesOf(global['pick_list_values']);
            } else {
              pickList = valuesOf(input['pick_list_values']);
            }
          }
          const field = crm.addField(module.api_name, apiName, type as SimFieldType, {
            ...(typeof input['length'] === 'number' ? { length: input['length'] } : {}),
            ...(pickList ? { pickList } : {}),
          });
          return success({ id: field.id }, 'field created');
        });
        if (results.length === 0) return failWith('INVALID_DATA', 'invalid data', { expected_data_type: 'jsonarray', api_name: 'fields', json_path: '$.fields' });
        const failed = results.filter((r) => r.status === 'error').length;
        return crmJson({ fields: results }, failed === 0 ? 201 : failed === results.length ? 400 : 207, context.token);
      },
    },
  ];
}

/** The display values of `pick_list_values` (`[{display_value}]` or plain strings). */
function valuesOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((value) => (typeof value === 'string' ? [value] : isObject(value) && typeof value['display_value'] === 'string' ? [value['display_value']] : []));
}
