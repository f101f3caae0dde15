import { Zip, ZipPassThrough, unzipSync } from 'fflate';

/** One download of a bulk result, as the simulator served it; tests watch it fill up. */
export interface ServedDownload {
  jobId: string;
  totalBytes: number;
  /** Bytes handed to the transport so far: the body is produced only as it is read. */
  bytesServed: number;
  done: boolean;
}

// Rows are stringified this many at a time, with a turn of the event loop in between, so a
// 200,000-row export being prepared does not stall the simulator's other answers.
const ROWS_PER_SLICE = 5_000;
// The body is served in slices this small so a test can see how far a reader has read.
const SERVE_SLICE = 16 * 1024;

/**
 * A real ZIP holding one CSV, as Zoho's bulk jobs produce. The CSV is written with
 * csv-stringify and deflated with Node's zlib (native, several times faster than a pure-JS
 * deflate, which matters when the simulator prepares a million rows for a benchmark);
 * fflate lays out the ZIP container around it.
 */
export async function buildCsvZip(fileName: string, header: readonly string[], rows: Iterable<unknown[]>): Promise<Uint8Array> {
  const { stringify } = await import('csv-stringify/sync');
  const { deflateRawSync } = await import('node:zlib');
  const parts: string[] = [stringify([header])];
  const source = rows[Symbol.iterator]();
  for (let done = false; !done; ) {
    await new Promise((resolve) => setImmediate(resolve));
    const slice: unknown[][] = [];
    for (let next = source.next(); ; next = source.next()) {
      if (next.done) {
        done = true;
        break;
      }
      slice.push(next.value);
      if (slice.length === ROWS_PER_SLICE) break;
    }
    if (slice.length > 0) parts.push(stringify(slice));
  }
  const csv = new TextEncoder().encode(parts.join(''));

  /** fflate's extension point for other compressors: it computes the CRC and sizes, zlib deflates. */
  class NativeDeflate extends ZipPassThrough {
    constructor(name: string) {
      super(name);
      this.compression = 8;
    }

    protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
      this.ondata(null, deflateRawSync(chunk, { level: 6 }), final);
    }
  }

  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    failure ??= error;
    chunks.push(data);
  });
  const entry = new NativeDeflate(fileName);
  zip.add(entry);
  // One push holding the whole CSV: raw deflate streams cannot be concatenated.
  entry.push(csv, true);
  zip.end();
  if (failure) throw failure;
  return concat(chunks);
}

/** The rows of the first CSV in a ZIP (the simulator reads uploads whole; they are ≤ 25 MB). */
export async function readCsvZip(bytes: Uint8Array): Promise<{ fileName: string; records: string[][] } | undefined> {
  const { parse } = await import('csv-parse/sync');
  const files = unzipSync(bytes, { filter: (file) => /\.csv$/i.test(file.name) });
  const [fileName, data] = Object.entries(files)[0] ?? [];
  if (fileName === undefined || data === undefined) return undefined;
  const records = parse(new TextDecoder().decode(data), { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  return { fileName, records };
}

/** Serves a ZIP as a pull-based stream, recording in `served` how much of it was read. */
export function zipResponse(bytes: Uint8Array, served: ServedDownload, fileName: string): Response {
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) {
        served.done = true;
        controller.close();
        return;
      }
      const slice = bytes.subarray(at, at + SERVE_SLICE);
      at += slice.length;
      served.bytesServed = at;
      controller.enqueue(slice);
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': 'application/zip',
      'content-length': String(bytes.length),
      'content-disposition': `attachment; filename="${fileName}"`,
    },
  });
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
