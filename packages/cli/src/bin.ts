#!/usr/bin/env node
import type { Writable } from "node:stream";
import { main } from "./cli.js";

/** Resolves when the stream has taken the text, so a large JSON on a pipe is never cut short. */
const writer = (stream: Writable) => (text: string) =>
  new Promise<void>((resolve) => {
    if (text === "") resolve();
    else stream.write(text, () => resolve());
  });

// A reader that goes away (`nianbao check … | head`) is not an error of ours: stop writing quietly.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});

const status = await main(process.argv.slice(2), { env: process.env, cwd: process.cwd(), stdout: writer(process.stdout), stderr: writer(process.stderr) });
// exitCode rather than process.exit(): Node then ends only after the pending output is flushed.
process.exitCode = status;
