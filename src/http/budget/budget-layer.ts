import type { Layer } from '../handler.js';
import { callerSignal, resendInit } from '../zoho-request.js';
import type { Budget } from './budget.js';
import { BUDGET_PRODUCTS, type BudgetProduct } from './limits.js';
import { operationCost, recordsInBody } from './operation-cost.js';

const BUDGETED = new Set<string>(BUDGET_PRODUCTS);

/**
 * Each attempt takes its turn from the org's budget and gives its slots back when its answer
 * is in. It sits inside the retry layer, so a backoff wait holds no slot.
 */
export function budgetLayer(budget: Budget): Layer {
  return (next) => async (request, context) => {
    if (!BUDGETED.has(context.product)) return next(request, context);
    const url = new URL(request.url);
    const product = context.product as BudgetProduct;
    // Counting a write's records parses its body again: only worth it when credits are charged.
    const writes = request.method === 'POST' || request.method === 'PUT';
    const records = writes && product === 'crm' && budget.countsCredits(product) ? recordsInBody(resendInit(request)?.body) : undefined;
    const ticket = await budget.enter(product, operationCost(product, request.method, url, records), callerSignal(request));
    try {
      return await next(request, context);
    } finally {
      void ticket.release(); // errors are logged by the queue; the answer need not wait for them
    }
  };
}
