import type { CallOptions } from '../../call-options.js';
import type { RoleData } from '../crm-types.js';
import type { Crm } from '../crm.js';

/** The org's roles (the reporting hierarchy): `zoho.crm.roles`. */
export class Roles {
  constructor(readonly crm: Crm) {}

  async list(options: CallOptions = {}): Promise<RoleData[]> {
    const { data } = await this.crm.api.GET('/crm/v8/settings/roles', { signal: options.signal ?? null });
    return data?.roles ?? [];
  }

  async get(id: string, options: CallOptions = {}): Promise<RoleData | undefined> {
    const { data } = await this.crm.api.GET('/crm/v8/settings/roles/{role_id}', { params: { path: { role_id: id } }, signal: options.signal ?? null });
    return data?.roles[0];
  }
}
