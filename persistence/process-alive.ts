/** Whether a process with this pid exists on this host. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 delivers nothing: it only checks that the process exists
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user. ESRCH: it is gone.
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}
