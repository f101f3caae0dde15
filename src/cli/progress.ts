import type { Writable } from 'node:stream';
import { SingleBar } from 'cli-progress';

/** Rows so far: a live bar on a terminal, a plain line every 10,000 rows otherwise. */
export interface Progress {
  tick(rows: number): void;
  stop(rows: number): void;
}

export function progressOn(stream: Writable & { isTTY?: boolean }, label: string): Progress {
  if (stream.isTTY) {
    const bar = new SingleBar({ format: `${label} {value} rows | {duration_formatted}`, stream, hideCursor: true }, undefined);
    bar.start(0, 0);
    return {
      tick: (rows) => bar.update(rows),
      stop: (rows) => {
        bar.update(rows);
        bar.stop();
      },
    };
  }
  let reported = 0;
  return {
    tick: (rows) => {
      if (rows - reported >= 10_000) {
        reported = rows;
        stream.write(`${label}: ${rows} rows\n`);
      }
    },
    stop: (rows) => stream.write(`${label}: ${rows} rows, done\n`),
  };
}
