import type { Simulator } from '../../src/testing/index.js';

/**
 * Puts a record into the simulator's CRM as the record routes would (and announces it, as
 * they must), so these suites do not depend on the record endpoints.
 */
export function seed(sim: Simulator, module: string, fields: Record<string, unknown>, user = 'ana@example.com'): string {
  const id = sim.crm.newId();
  const owner = sim.crm.userFor(user);
  sim.crm.module(module).set(id, { ...fields, id, Owner: { id: owner.id, name: owner.full_name, email: owner.email } });
  sim.crm.emitChange({ module, operation: 'insert', ids: [id], user });
  return id;
}

/** Reads a web stream to its end. */
export async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Byte-for-byte equality (vitest's deep equality is slow on large arrays). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** Deterministic bytes of a given length (every byte value appears). */
export function patterned(length: number, seed = 7): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + seed) & 0xff;
  return out;
}

/** A tiny valid PNG (1×1, transparent). */
export const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'),
);
