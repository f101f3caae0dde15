import type { CallOptions } from '../../call-options.js';
import type { components } from '../../../generated/crm.js';
import { inChunks } from '../in-chunks.js';
import { batch, onlyItem, type ItemResult } from '../item-result.js';
import type { Module } from '../module.js';
import type { CrmRecord } from './record.js';
import { savedId } from './record-id.js';

// Zoho CRM changes the owner of at most 500 records per call.
const MAX_IDS = 500;

/** Options of an owner change. */
export interface ChangeOwnerOptions extends CallOptions {
  /** Email the new owner. */
  notify?: boolean;
  /** Related modules (e.g. `Tasks`, `Deals`) whose records move to the new owner too. */
  relatedModules?: string[];
}

/** Gives one record a new owner (a user id). A failure throws the ZohoError CRM described. */
export async function changeOwner(record: CrmRecord, ownerId: string, options: ChangeOwnerOptions = {}): Promise<void> {
  const id = savedId(record, 'changing the owner');
  const { data, response } = await record.module.crm.api.POST('/crm/v8/{module_api_name}/{record_id}/actions/change_owner', {
    params: { path: { module_api_name: record.module.apiName, record_id: id } },
    body: ownerBody(ownerId, options),
    signal: options.signal ?? null,
  });
  onlyItem(data?.data, `changing the owner of ${record.module.apiName} ${id}`, response.status);
}

/** Gives many records of a module a new owner; one result per id, in order, failures as data. */
export async function changeOwners(module: Module, ids: readonly string[], ownerId: string, options: ChangeOwnerOptions = {}): Promise<ItemResult[]> {
  return await inChunks(
    ids,
    (chunk) =>
      batch(async () => {
        const { data } = await module.crm.api.POST('/crm/v8/{module_api_name}/actions/change_owner', {
          params: { path: { module_api_name: module.apiName } },
          body: { ...ownerBody(ownerId, options), ids: chunk },
          signal: options.signal ?? null,
        });
        return data?.data;
      }, chunk),
    MAX_IDS,
  );
}

function ownerBody(ownerId: string, options: ChangeOwnerOptions): components['schemas']['ChangeOwnerRequest'] {
  return {
    owner: { id: ownerId },
    ...(options.notify !== undefined ? { notify: options.notify } : {}),
    ...(options.relatedModules !== undefined ? { related_modules: options.relatedModules.map((api_name) => ({ api_name })) } : {}),
  };
}
