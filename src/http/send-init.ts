/**
 * The init of a request zohokit builds itself (directCall), with the fields a call sets and
 * nothing else, always in this order: one class, so every such init has one shape.
 *
 * Why: Node's fetch reads each of its options off the init by name, at lookup sites shared by
 * all the objects it reads that way. Inits of many shapes (a spread, a copy with a field
 * added) miss V8's lookup caches there on every call. Counted with callgrind over a call
 * to the simulator, handing fetch a spread copy with the timer's signal cost about 24,000
 * instructions more than a literal of one shape: a twentieth of the whole call.
 */
export class SendInit {
  constructor(
    /**
     * Undefined for GET, as `redirect` is for 'follow': fetch's defaults. Node's fetch converts
     * and checks every option that is set (about 1,700 instructions for these two).
     */
    readonly method: string | undefined,
    /** Lower-case names, values as Headers would keep them: the ZohoRequest built from this init adopts the record. */
    readonly headers: Record<string, string>,
    readonly body: BodyInit | null | undefined,
    readonly redirect: RequestRedirect | undefined,
    readonly signal: AbortSignal | null | undefined,
  ) {}
}

/** The init to send with the transport's own signal (the timer's), keeping the usual init's one shape. */
export function withSignal(init: RequestInit, signal: AbortSignal): RequestInit {
  if (!(init instanceof SendInit)) return { ...init, signal };
  return new SendInit(init.method, init.headers, init.body, init.redirect, signal) as RequestInit;
}
