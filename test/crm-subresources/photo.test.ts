import { afterEach, describe, expect, it } from 'vitest';
import { ZohoFileTooLargeError } from '../../src/errors.js';
import { ZohoError } from '../../src/index.js';
import { caught, simZoho, type SimZoho } from '../support/sim-zoho.js';
import { bytesOf, PNG, sameBytes, seed } from './seed.js';

const USER = 'ana@example.com';
let env: SimZoho | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function aContact() {
  env = await simZoho({ users: [USER] });
  const id = seed(env.sim, 'Contacts', { First_Name: 'Lisa', Last_Name: 'Simpson' });
  return { ...env, id, record: env.zoho.as(USER).crm.module('Contacts').record(id) };
}

describe('record photos', () => {
  it('uploads a photo and downloads the same image with its type, then deletes it', async () => {
    const { record, sim, id } = await aContact();
    expect(await record.photo.download()).toBeUndefined();

    await record.photo.upload(PNG, { fileName: 'lisa.png' });
    const photo = await record.photo.download();
    expect(photo).toMatchObject({ contentType: 'image/png', size: PNG.byteLength });
    expect(sameBytes(await bytesOf(photo!.stream), PNG)).toBe(true);
    // The record's image field points at the photo.
    expect(sim.crm.module('Contacts').get(id)?.['Record_Image']).toEqual(expect.any(String));

    await record.photo.delete();
    expect(await record.photo.download()).toBeUndefined();
    expect(sim.crm.module('Contacts').get(id)?.['Record_Image']).toBeNull();
  });

  it('replaces an earlier photo', async () => {
    const { record } = await aContact();
    await record.photo.upload(PNG);
    const gif = Uint8Array.from(Buffer.from('R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==', 'base64'));
    await record.photo.upload(new Blob([gif]), { fileName: 'dot.gif' });
    const photo = await record.photo.download();
    expect(photo?.contentType).toBe('image/gif');
    expect(sameBytes(await bytesOf(photo!.stream), gif)).toBe(true);
  });

  it('refuses an 11 MB photo before sending anything (the photo limit is 10 MB)', async () => {
    const { record, sim } = await aContact();
    const before = sim.stats().requests;
    const error = await caught(() => record.photo.upload(new Uint8Array(11 * 1024 * 1024), { fileName: 'huge.png' }));
    expect(error).toBeInstanceOf(ZohoFileTooLargeError);
    expect((error as Error).message).toMatch(/the photo "huge.png" is 11 MB .* 10 MB limit/);
    expect(sim.stats().requests).toBe(before);
  });

  it('gets INVALID_DATA for a file that is not an image', async () => {
    const { record } = await aContact();
    const error = await caught(() => record.photo.upload(new TextEncoder().encode('not an image'), { fileName: 'fake.png' }));
    expect(error).toBeInstanceOf(ZohoError);
    expect(error).toMatchObject({ code: 'INVALID_DATA', status: 400 });
  });

  it('gets INVALID_MODULE for a module without photos', async () => {
    const { sim, zoho } = await aContact();
    const deal = seed(sim, 'Deals', { Deal_Name: 'Big one', Stage: 'Qualification' });
    const error = await caught(() => zoho.as(USER).crm.module('Deals').record(deal).photo.upload(PNG));
    expect(error).toMatchObject({ code: 'INVALID_MODULE' });
  });
});
