import type { Simulator } from '../../src/testing/index.js';
import { simZoho, type SimZoho } from '../support/sim-zoho.js';

export const ANA = 'ana@example.com';
export const OWNER = 'jason18';
export const APP = 'zylker-store';

/**
 * A simulator with one Creator application: the form `Order` (Email mandatory and unique,
 * Amount a number) shown by the report `All_Orders`; and a zohokit client for ANA.
 */
export async function creatorEnv(options: Parameters<typeof simZoho>[0] = {}): Promise<SimZoho> {
  const env = await simZoho({ users: [ANA], ...options });
  defineStore(env.sim);
  return env;
}

export function defineStore(sim: Simulator): void {
  sim.creator.createApp({
    owner: OWNER,
    app: APP,
    forms: [
      {
        name: 'Order',
        fields: [
          { link_name: 'Email', type: 'email', mandatory: true, unique: true },
          { link_name: 'Status' },
          { link_name: 'Amount', type: 'number' },
          { link_name: 'Region' },
        ],
      },
    ],
    reports: [{ name: 'All_Orders', form: 'Order' }],
  });
}

/** `count` orders: Email order<i>@zylker.com, Amount i, Status Open for even i, Region East/West alternating by 3. */
export function seedOrders(sim: Simulator, count: number, from = 0): string[] {
  return sim.creator.seed(OWNER, APP, 'Order', Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return { Email: `order${i}@zylker.com`, Status: i % 2 === 0 ? 'Open' : 'Closed', Amount: i, Region: i % 3 === 0 ? 'East' : 'West' };
  }));
}
