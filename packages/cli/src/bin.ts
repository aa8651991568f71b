#!/usr/bin/env node
import type { Writable } from "node:stream";
import { main } from "./cli.js";
import { colourWanted } from "./output/colour.js";
import { streamWriter } from "./stream-writer.js";

/** Long enough for VS Code to hand a task's last lines to its problem matchers after they are written. */
const VSCODE_EXIT_DELAY_MS = 1_000;

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
// VS Code's terminal can report a task's exit before its problem matchers have read the last lines
// (microsoft/vscode#92868): `nianbao check` in a VS Code task then lost its last findings. In that
// terminal only, the process ends a moment after its output.
if (process.env.TERM_PROGRAM === "vscode" && process.stdout.isTTY)
  await new Promise((r) => setTimeout(r, VSCODE_EXIT_DELAY_MS));
