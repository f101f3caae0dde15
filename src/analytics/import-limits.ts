/**
 * The sizes an Analytics import works with. Apart from import-data.ts so that the package
 * entry can export them without loading the import code, which tables load on first use.
 */

/** Zoho's limit of a synchronous import's file: 20 MB (taken as 20,000,000 bytes, the safe reading). */
export const SYNC_IMPORT_LIMIT_BYTES = 20_000_000;
/**
 * The size of each batch of a batch import. Zoho allows 100 MB a batch; 50 MB keeps memory
 * modest (a batch is built in memory) while a 1 GB file still takes only 20 of the 40 BULK
 * calls Zoho allows a minute.
 */
export const DEFAULT_BATCH_BYTES = 50_000_000;
/** Zoho's limit of one batch of a batch import: 100 MB. */
export const BATCH_LIMIT_BYTES = 100_000_000;
