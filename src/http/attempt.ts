import type { Layer, RequestContext } from './handler.js';
import { bodyCutOff, isPassThrough, judge, toConnectionError } from './normalise.js';
import type { Redactor } from './redact.js';
import { attemptLimit, expire, raced, timedOut } from './timeout.js';
import { callerSignal } from './zoho-request.js';

export interface AttemptOptions {
  redactor: Redactor;
  /** Each attempt's time limit, body included; 0 (or Infinity) for none. */
  timeoutMs: number;
  /**
   * Whether the answer may ignore the signal: true for a fetch given in the options. Such an
   * attempt is raced against the timer as well as handed the signal (see timeout.ts).
   */
  race: boolean;
}

/**
 * One attempt: sends the request under its time limit, reads the answer, and hands on the
 * verdict (normalise.ts): a usable response, or the ZohoError it stands for. A ZohoTimeoutError
 * when the time ran out, whatever the abort surfaced as below (an AbortError, a body cut off).
 *
 * All of it is one async function, awaiting the answer and then its body: three turns of the
 * microtask queue per attempt. The time limit lives here rather than in a layer of its own
 * because this frame already waits for both: a layer that clears its timer when the answer
 * is in must attach a reaction to it, one more turn and two closures per call, and that made
 * zohokit's call dearer than fetch with `AbortSignal.timeout` (scripts/bench/transport.ts).
 * The usual attempt's limit (Node's fetch, no signal of the caller's) costs one
 * AbortController and one timer, cleared when the body is read or the answer goes on unread;
 * an answer handed on unread (a download) is then the caller's to read, at its own pace.
 */
export function attemptLayer(options: AttemptOptions): Layer {
  const { redactor, race } = options;
  const ms = attemptLimit(options.timeoutMs);
  return (next) => {
    const attempt = async (request: Request, context: RequestContext, timed?: boolean): Promise<Response> => {
      let timer: AbortController | undefined;
      let handle: ReturnType<typeof setTimeout> | undefined;
      if (timed) {
        timer = new AbortController();
        handle = setTimeout(expire, ms, timer);
        context.signal = timer.signal;
      }
      try {
        let response: Response;
        try {
          response = await next(request, context);
        } catch (error) {
          throw toConnectionError(error, request, context, redactor);
        }
        // Read once: each of fetch's getters checks its receiver's class (about 800
        // instructions a read under callgrind), and the usual answer used to read them six times.
        const status = response.status;
        const ok = status >= 200 && status <= 299;
        const contentType = response.headers.get('content-type') ?? '';
        const usual = contentType.startsWith('application/json');
        if (ok && (status === 204 || status === 304 || (!usual && isPassThrough(contentType)))) return response;
        const json = usual || /json/i.test(contentType);
        // A JSON answer, and any failure, is read as text: it is parsed or excerpted, never
        // handed on as bytes. Any other body is read as bytes: an untyped body handed over as
        // data (a download the caller accepts as anything) must keep them, which decoding would not.
        let text: string;
        let bytes: ArrayBuffer | undefined;
        try {
          if (json || !ok) {
            text = await response.text();
          } else {
            bytes = await response.arrayBuffer();
            text = UTF8.decode(bytes);
          }
        } catch (error) {
          throw bodyCutOff(response, request, context, redactor, error);
        }
        return judge(response, status, request, context, redactor, contentType, json, text, bytes);
      } catch (error) {
        throw timer?.signal.aborted === true ? timedOut(request, context, ms) : error;
      } finally {
        if (handle !== undefined) {
          clearTimeout(handle);
          context.signal = undefined;
        }
      }
    };
    // Called with two arguments, as any handler is, the attempt runs without a timer of its own.
    if (ms === 0) return attempt;
    return (request, context) => {
      const caller = callerSignal(request);
      return caller || race ? raced(attempt, request, context, ms, caller) : attempt(request, context, true);
    };
  };
}

const UTF8 = new TextDecoder();
