/** Why a write failed, in a few words: the file system's code (EACCES, ENOSPC…) or its message. */
export function failureReason(err: unknown): string {
  const args = (err as { args?: { reason?: unknown } }).args;
  if (typeof args?.reason === "string") return args.reason;
  return err instanceof Error ? err.message : String(err);
}

/** Whether the write was refused because the target is the report itself (the CLI writer's check, or the web's). */
export function isReportItself(err: unknown): boolean {
  return (err as { messageId?: unknown }).messageId === "error.outputIsInput";
}
