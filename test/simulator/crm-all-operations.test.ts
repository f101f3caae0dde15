import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rawCrm } from './raw-crm.js';

// Zoho's own list of CRM v8 operations (from its published OpenAPI files), kept beside the repo.
const TSV = new URL('../../../shared/reference/crm-v8-operations.tsv', import.meta.url);

interface Operation {
  method: string;
  path: string;
}

function operations(): Operation[] {
  const seen = new Set<string>();
  const out: Operation[] = [];
  for (const line of readFileSync(TSV, 'utf8').split('\n').slice(1)) {
    const [method, path] = line.split('\t');
    if (!method || !path) continue;
    // `GET /` is a placeholder in Zoho's files; `GET /{}` stands for download URLs that Zoho
    // hands out in answers (bulk write results, backups, audit log exports), not API paths.
    if (path === '/' || path === '/{}') continue;
    const key = `${method} ${path}`;
    if (seen.has(key)) continue; // a few operations appear in two of Zoho's files
    seen.add(key);
    out.push({ method, path });
  }
  return out;
}

/** The path with its placeholders filled: a module where a module goes, else a real record id. */
function filled(path: string, recordId: string): string {
  const segments = path.split('/');
  return segments
    .map((segment, i) => {
      if (segment !== '{}') return segment;
      const before = segments.slice(0, i).join('/');
      if (before === '/crm/v8' || before === '/crm/v8/settings/modules') return 'Leads';
      // `/{module}/{id}/{related list}` and `/{module}/{id}/{related list}/{id}`.
      if (/^\/crm\/v8\/\{\}\/\{\}$/.test(segments.slice(0, i).join('/').replace(/Leads|\d+/g, '{}'))) return 'Notes';
      return recordId;
    })
    .join('/');
}

describe('every official CRM v8 operation', () => {
  it('is recognised by the simulator: no unknown URL, unknown module or wrong method', async () => {
    const { sim, call } = await rawCrm();
    const lead = sim.crm.newId();
    sim.crm.module('Leads').set(lead, { id: lead, Last_Name: 'Burns' });
    const refused: string[] = [];
    const all = operations();
    for (const { method, path } of all) {
      const url = filled(path, lead);
      const body = method === 'GET' || method === 'DELETE' ? undefined : {};
      const answer = await call(method, url, body);
      const code = (answer.body as { code?: unknown } | undefined)?.code;
      if (answer.status === 405 || code === 'INVALID_URL_PATTERN' || code === 'INVALID_MODULE' || code === 'INVALID_REQUEST_METHOD') {
        refused.push(`${method} ${path} -> ${answer.status} ${String(code)}`);
      }
    }
    expect(all.length).toBeGreaterThanOrEqual(395);
    expect(refused).toEqual([]);
  });
});
