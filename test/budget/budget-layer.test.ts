import { describe, expect, it } from 'vitest';
import { Budget } from '../../src/http/budget/budget.js';
import { budgetLayer } from '../../src/http/budget/budget-layer.js';
import { resolveLimits } from '../../src/http/budget/limits-config.js';
import { operationCost } from '../../src/http/budget/operation-cost.js';
import { compose, requestContext } from '../../src/http/handler.js';

const URL_ = 'https://www.zohoapis.com/crm/v8/org';

/** A budget of one CRM slot, and a handler through the budget layer that answers with `answer`. */
function oneSlot(answer: () => Promise<Response>) {
  const budget = new Budget(resolveLimits({ crm: { concurrency: 1 } }, { maxConcurrency: 10, org: 'org' }), () => {});
  const handler = compose([budgetLayer(budget)], answer);
  const send = () => handler(new Request(URL_), requestContext('crm', 'u'));
  /** Whether a slot is free right now: the budget hands a ticket at once only then. */
  const free = (): boolean => {
    const ticket = budget.enter('crm', operationCost('crm', 'GET', URL_), undefined);
    if ('then' in ticket) return false;
    void ticket.release();
    return true;
  };
  return { send, free };
}

describe('the budget layer', () => {
  it('has given the slot back by the time the caller sees the answer', async () => {
    const { send, free } = oneSlot(async () => new Response('{}'));
    const response = await send().then((answer) => (expect(free()).toBe(true), answer));
    // The answer itself is handed on, not a copy.
    expect(await response.text()).toBe('{}');
  });

  it('has given the slot back by the time the caller sees a failure, and the failure is the one sent', async () => {
    const failure = new Error('socket hang up');
    const { send, free } = oneSlot(() => Promise.reject(failure));
    const seen = await send().then(
      () => undefined,
      (error: unknown) => (expect(free()).toBe(true), error),
    );
    expect(seen).toBe(failure);
  });

  it('gives the slot back when the layer below throws instead of rejecting', async () => {
    const { send, free } = oneSlot(() => {
      throw new TypeError('bad init');
    });
    await expect(send()).rejects.toThrow('bad init');
    expect(free()).toBe(true);
  });
});
