import type { CallOptions } from '../../call-options.js';
import type { ProfileData } from '../crm-types.js';
import type { Crm } from '../crm.js';

/** The org's profiles (permission sets): `zoho.crm.profiles`. */
export class Profiles {
  constructor(readonly crm: Crm) {}

  async list(options: CallOptions = {}): Promise<ProfileData[]> {
    const { data } = await this.crm.api.GET('/crm/v8/settings/profiles', { signal: options.signal ?? null });
    return data?.profiles ?? [];
  }

  async get(id: string, options: CallOptions = {}): Promise<ProfileData | undefined> {
    const { data } = await this.crm.api.GET('/crm/v8/settings/profiles/{profile_id}', { params: { path: { profile_id: id } }, signal: options.signal ?? null });
    return data?.profiles[0];
  }
}
