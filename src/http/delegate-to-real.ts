/**
 * Completes a stand-in class (ZohoRequest, ReadResponse): every method and getter of the
 * standard class's prototype that the stand-in does not define answers from the standard
 * object the instance builds on demand (`real()`). Installed from the standard prototype
 * itself, so nothing a Node version adds (bytes(), a new getter) is missed, and the
 * stand-in's prototype chain is the standard one, so `instanceof` holds.
 */
function delegateToReal<Standard extends object>(
  standIn: { prototype: { real(): Standard } },
  standard: { prototype: Standard },
): void {
  const target = standIn.prototype;
  const source = standard.prototype;
  Object.setPrototypeOf(target, source);
  for (const key of Object.getOwnPropertyNames(source)) {
    if (key === 'constructor' || Object.hasOwn(target, key)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(source, key)!;
    if (typeof descriptor.value === 'function') {
      const method = descriptor.value as (this: Standard, ...args: unknown[]) => unknown;
      Object.defineProperty(target, key, {
        configurable: true,
        writable: true,
        value(this: { real(): Standard }, ...args: unknown[]) {
          return method.apply(this.real(), args);
        },
      });
    } else if (descriptor.get) {
      const get = descriptor.get;
      Object.defineProperty(target, key, {
        configurable: true,
        get(this: { real(): Standard }) {
          return get.call(this.real());
        },
      });
    }
  }
}

/**
 * delegateToReal, done when the first stand-in is built rather than when its module loads.
 * Reading the global `Request` or `Response` loads Node's fetch: undici and the HTTP, TLS,
 * HTTP/2, zlib and web-stream modules under it, about 35 ms of a cold import here (a third
 * of zohokit's; scripts/bench/import.ts). An app pays that with its first request anyway,
 * and a CLI that only reads its config never does. Call the returned function first thing
 * in the stand-in's constructor: after the first call it only tests a flag.
 */
export function delegateOnFirstUse<Standard extends object>(
  standIn: { prototype: { real(): Standard } },
  standard: () => { prototype: Standard },
): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    delegateToReal(standIn, standard());
  };
}
