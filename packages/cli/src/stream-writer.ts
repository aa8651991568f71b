import { ioError } from "./errors.js";

/** Hands text to a stream and calls back with the error, if any, once the stream has taken it. */
export type RawWrite = (text: string, done: (err?: Error | null) => void) => void;

/**
 * A writer for standard output or error that resolves when the stream has taken the text, so a large
 * JSON on a pipe is never cut short. A reader that goes away (`nianbao check … | head`) is not an
 * error of ours: from then on the text is dropped quietly. Any other failure (a full disk, /dev/full,
 * a closed terminal) rejects with an I/O error, so the command exits 2 instead of claiming success.
 */
export function streamWriter(
  write: RawWrite,
  failed: "error.stdoutFailed" | "error.stderrFailed",
): (text: string) => Promise<void> {
  let readerGone = false;
  return (text) =>
    new Promise<void>((resolve, reject) => {
      if (text === "" || readerGone) return resolve();
      write(text, (err) => {
        if (!err) return resolve();
        const code = (err as NodeJS.ErrnoException).code;
        // After EPIPE the stream is destroyed and later writes fail with ERR_STREAM_DESTROYED: the same reader gone.
        if (code === "EPIPE" || (readerGone && code === "ERR_STREAM_DESTROYED")) {
          readerGone = true;
          return resolve();
        }
        reject(ioError(failed, { reason: code ?? err.message }));
      });
    });
}
