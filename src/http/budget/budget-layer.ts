import type { Handler, Layer } from '../handler.js';
import { callerSignal, resendInit } from '../zoho-request.js';
import type { Budget, BudgetTicket } from './budget.js';
import { BUDGET_PRODUCTS, type BudgetProduct } from './limits.js';
import { operationCost, recordsInBody } from './operation-cost.js';

const BUDGETED = new Set<string>(BUDGET_PRODUCTS);

/**
 * Each attempt takes its turn from the org's budget and gives its slots back when its answer
 * is in. It sits inside the retry layer, so a backoff wait holds no slot.
 *
 * Written without async/await: when the budget hands a ticket at once (a free slot of this
 * process's own, see Budget.enter) the call goes straight on, with no promise of ours.
 */
export function budgetLayer(budget: Budget): Layer {
  return (next) => (request, context) => {
    if (!BUDGETED.has(context.product)) return next(request, context);
    const product = context.product as BudgetProduct;
    // Counting a write's records parses its body again: only worth it when credits are charged.
    const writes = request.method === 'POST' || request.method === 'PUT';
    const records = writes && product === 'crm' && budget.countsCredits(product) ? recordsInBody(resendInit(request)?.body) : undefined;
    const ticket = budget.enter(product, operationCost(product, request.method, request.url, records), callerSignal(request));
    return 'then' in ticket ? ticket.then((held) => run(next, request, context, held)) : run(next, request, context, ticket);
  };
}

function run(next: Handler, request: Request, context: Parameters<Handler>[1], ticket: BudgetTicket): Promise<Response> {
  let answer: Promise<Response>;
  try {
    answer = next(request, context);
  } catch (error) {
    void ticket.release();
    return Promise.reject(error);
  }
  // The slots go back on a branch of their own, and the answer goes on as it came: a promise
  // of ours in its path would cost a hop and a look for `then` on the response. Attached first,
  // the release still runs before the layers above see the answer. It never rejects (see
  // fallback-backend.ts), so the branch leaves no unhandled rejection.
  const release = (): void => void ticket.release();
  answer.then(release, release);
  return answer;
}
