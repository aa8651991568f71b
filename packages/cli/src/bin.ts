#!/usr/bin/env node
import type { Writable } from "node:stream";
import { main } from "./cli.js";
import { colourWanted } from "./output/colour.js";
import { streamWriter } from "./stream-writer.js";

// Write errors reach the writers' callbacks; without a listener the same error would also crash the process.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});

const out = (stream: Writable, failed: "error.stdoutFailed" | "error.stderrFailed") =>
  streamWriter((text, done) => stream.write(text, done), failed);
const status = await main(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: out(process.stdout, "error.stdoutFailed"),
  stderr: out(process.stderr, "error.stderrFailed"),
  colour: colourWanted(process.env, process.stdout),
});
// exitCode rather than process.exit(): Node then ends only after the pending output is flushed.
process.exitCode = status;
