import { Worker } from "node:worker_threads";
import type { CheckOptions } from "@nianbao/core";
import { CliError } from "../errors.js";
import { runTask, type Task, type TaskResult } from "./tasks.js";
import type { WorkerReply, WorkerRequest } from "./worker.js";

/**
 * Runs batch tasks and hands back their results in task order. When tasks fail, the error is that
 * of the first failing task in order, so a run over unreadable files reports the same file however
 * the work was spread.
 */
export interface Executor {
  run(tasks: readonly Task[]): Promise<TaskResult[]>;
  close(): Promise<void>;
}

/** Runs the tasks one after another on the calling thread (`--jobs 1`). */
export class InlineExecutor implements Executor {
  constructor(private readonly options: CheckOptions) {}
  async run(tasks: readonly Task[]): Promise<TaskResult[]> {
    return tasks.map((t) => runTask(t, this.options));
  }
  async close(): Promise<void> {}
}

/**
 * The young generation of each worker's heap. Checking a report allocates some 300 kB that is
 * garbage once its findings are placed; V8's default nursery (16 MB semi-spaces) is scavenged
 * every fifty reports or so, and with both cores busy those scavenges cost a tenth of the run.
 * A larger nursery is scavenged less often for the same work, measured with `npm run bench`
 * (bench/batch.mjs); memory stays in the hundreds of MB for any number of reports. `resourceLimits`
 * is a documented Node option. Without it the generated corpus took 1.15 ms of CPU per report
 * against 0.99 (bench/batch.mjs corpora, alternating runs); the real-size one was unchanged.
 */
const YOUNG_GENERATION_MB = 192;

/**
 * Worker threads, each taking the next task as soon as it is done with one, so uneven files
 * (3 kB and 16 kB reports) keep every thread busy to the end.
 */
export class WorkerPool implements Executor {
  private readonly workers: Worker[];

  constructor(size: number, options: CheckOptions) {
    this.workers = Array.from(
      { length: size },
      () =>
        new Worker(new URL("./worker.js", import.meta.url), {
          workerData: { nianbaoCheck: options },
          resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
        }),
    );
  }

  run(tasks: readonly Task[]): Promise<TaskResult[]> {
    const results = new Array<TaskResult>(tasks.length);
    let next = 0;
    let active = 0;
    let firstFailed = Infinity;
    let failure: Error | null = null;
    return new Promise<TaskResult[]>((resolve, reject) => {
      const detach: (() => void)[] = [];
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        for (const d of detach) d();
        fn();
      };
      const feed = (worker: Worker) => {
        // Past a failed task nothing can change the outcome: its error is reported.
        if (next < tasks.length && next < firstFailed) {
          const request: WorkerRequest = { id: next, task: tasks[next]! };
          next++;
          active++;
          worker.postMessage(request);
        } else if (active === 0) settle(() => (failure ? reject(failure) : resolve(results)));
      };
      for (const worker of this.workers) {
        const onMessage = (reply: WorkerReply) => {
          active--;
          if (reply.ok) results[reply.id] = reply.result;
          else if (reply.id < firstFailed) {
            firstFailed = reply.id;
            const e = reply.error;
            failure = "cli" in e ? new CliError(e.cli.kind, e.cli.messageId, e.cli.args) : new Error(e.internal);
          }
          feed(worker);
        };
        const onError = (err: Error) => settle(() => reject(err));
        const onExit = (code: number) => settle(() => reject(new Error(`worker thread exited (${code})`)));
        worker.on("message", onMessage);
        worker.on("error", onError);
        worker.on("exit", onExit);
        detach.push(() => {
          worker.off("message", onMessage);
          worker.off("error", onError);
          worker.off("exit", onExit);
        });
      }
      // Two tasks in flight per thread: the next is already queued when one is done, so a thread
      // never waits for the main thread to read its result before going on.
      for (let k = 0; k < 2; k++) for (const worker of this.workers) feed(worker);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
