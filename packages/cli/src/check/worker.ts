/**
 * Worker-thread entry of `nianbao check` batches: runs the tasks the main thread sends (see
 * tasks.ts) with the check options it was started with, and answers each with its result or the
 * error that stopped it.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { CheckOptions } from "@nianbao/core";
import { CliError } from "../errors.js";
import { runTask, type Task, type TaskResult } from "./tasks.js";

export interface WorkerRequest {
  readonly id: number;
  readonly task: Task;
}

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly result: TaskResult }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: { readonly cli: Pick<CliError, "kind" | "messageId" | "args"> } | { readonly internal: string };
    };

const options = (workerData as { nianbaoCheck: CheckOptions }).nianbaoCheck;
const port = parentPort!;

port.on("message", ({ id, task }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, ok: true, result: runTask(task, options) };
  } catch (err) {
    reply = {
      id,
      ok: false,
      error:
        err instanceof CliError
          ? { cli: { kind: err.kind, messageId: err.messageId, args: err.args } }
          : { internal: err instanceof Error ? err.message : String(err) },
    };
  }
  port.postMessage(reply);
});
