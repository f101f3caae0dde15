/**
 * Replaces a file so that readers see either the old content or the new, never a mix,
 * even if the process is killed halfway: write a temp file beside it, fsync, rename.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isProcessAlive } from './process-alive.js';

/** Writes `data` to `path` atomically, leaving the file readable by its owner only (0600). */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  // Same directory, so rename() stays on one file system and is atomic.
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`; // see TEMP_NAME
  const handle = await open(temp, 'wx', 0o600);
  try {
    // open()'s mode is filtered by the umask; tokens must never be group- or world-readable.
    await handle.chmod(0o600);
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined); // best effort: the write error matters more
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined); // best effort: the rename error matters more
    throw error;
  }
  await syncDirectory(dirname(path));
}

// The rename itself lives in the directory; without this fsync a power cut can undo it.
async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open or fsync a directory; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}

const TEMP_NAME = /^\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/**
 * Deletes temp files that writers of `path` left behind when they were killed mid-write.
 * Only files whose writer's pid is gone are touched, so this is safe while others write.
 */
export async function removeAbandonedTempFiles(path: string): Promise<void> {
  const prefix = basename(path);
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return; // tidying up is a courtesy: never fail a write because of it
  }
  for (const name of names) {
    const pid = name.startsWith(prefix) ? TEMP_NAME.exec(name.slice(prefix.length))?.[1] : undefined;
    if (pid !== undefined && !isProcessAlive(Number(pid))) {
      await unlink(join(dirname(path), name)).catch(() => undefined); // another sweeper won
    }
  }
}
