/**
 * Reads that stop at a size limit before the whole input is read. A regular file's size is known
 * before reading, but a device (/dev/zero), a pipe or standard input says nothing and may never
 * end: reading it whole would grow without bound. Each function reads at most `max + 1` bytes and
 * answers null when there were more than `max`.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
import type { Readable } from "node:stream";

/** First buffer for an input of unknown size; it doubles up to the limit. */
const FIRST_CHUNK = 64 * 1024;

export async function readFileAtMost(path: string, max: number): Promise<Buffer | null> {
  const handle = await open(path, "r");
  try {
    const info = await handle.stat();
    if (info.isFile() && info.size > max) return null;
    return await readStreamAtMost(handle.createReadStream({ autoClose: false }), max);
  } finally {
    await handle.close();
  }
}

/** The same read, blocking (a worker thread reads its files one after another). */
export function readFileAtMostSync(path: string, max: number): Buffer | null {
  const fd = openSync(path, "r");
  try {
    const info = fstatSync(fd);
    if (info.isFile() && info.size > max) return null;
    let buffer: Buffer = Buffer.allocUnsafe(firstSize(info.isFile() ? info.size : null, max));
    let n = 0;
    for (;;) {
      if (n === buffer.length) {
        if (n > max) return null;
        buffer = grown(buffer, max);
      }
      const bytesRead = readSync(fd, buffer, n, buffer.length - n, null);
      if (bytesRead === 0) return buffer.subarray(0, n);
      n += bytesRead;
    }
  } finally {
    closeSync(fd);
  }
}

/** A stream (standard input) up to `max` bytes; null as soon as it has given more. */
export async function readStreamAtMost(stream: Readable, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > max) {
      stream.destroy();
      return null;
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks, size);
}

/**
 * A regular file's size plus one byte, so that the read which finds the end needs no second
 * buffer (and a file that grew meanwhile is still noticed); else a first chunk.
 */
function firstSize(size: number | null, max: number): number {
  return size === null ? Math.min(FIRST_CHUNK, max + 1) : size + 1;
}

function grown(buffer: Buffer, max: number): Buffer {
  const next = Buffer.allocUnsafe(Math.min(max + 1, buffer.length * 2));
  buffer.copy(next);
  return next;
}
