/**
 * A seeded PRNG (mulberry32) so a simulator run with the same seed makes the same ids,
 * tokens and fault decisions: a failing test replays exactly.
 */
export class SeededRandom {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  hex(length: number): string {
    let out = '';
    while (out.length < length) out += Math.floor(this.next() * 0x100000000).toString(16).padStart(8, '0');
    return out.slice(0, length);
  }

  /**
   * A numeric id shaped like Zoho's 19-digit record ids (no leading zero). The first digit
   * is 1-8, so a 19-digit id stays below 2^63 − 1 (9223372036854775807): real Zoho ids are
   * Java longs, and SDKs in Java or Python parse them as such.
   */
  digits(length: number): string {
    // Nine digits per draw: a 32-bit draw has ~9.6 digits of entropy, and one draw per
    // digit made id generation a visible share of a 100-record insert.
    let out = String(100_000_000 + Math.floor(this.next() * 800_000_000));
    while (out.length < length) out += String(Math.floor(this.next() * 1_000_000_000)).padStart(9, '0');
    return out.slice(0, length);
  }
}
