// What the batch bench measures by spawning processes: `nianbao check` as users run it, and the
// bare-parse floor (bench/bare-parse.mjs) over the same folder; wall time, CPU and peak memory.
import { spawn } from "node:child_process";
import { closeSync, openSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(root, "packages", "cli", "bundle", "bin.js");

/** The resident memory of a process and its descendants, from /proc (Linux); null elsewhere. */
function treeMemory(pid) {
  const status = (p) => {
    try {
      return readFileSync(`/proc/${p}/status`, "utf8");
    } catch {
      return "";
    }
  };
  const kb = (text, field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0);
  const children = (p) => {
    const out = [];
    try {
      for (const task of readdirSync(`/proc/${p}/task`))
        out.push(...readFileSync(`/proc/${p}/task/${task}/children`, "utf8").split(/\s+/).filter(Boolean).map(Number));
    } catch {
      // The process ended between two reads.
    }
    return out;
  };
  let rss = 0;
  let hwm = 0;
  const seen = new Set();
  const walk = (p) => {
    if (seen.has(p)) return;
    seen.add(p);
    const s = status(p);
    rss += kb(s, "VmRSS");
    hwm += kb(s, "VmHWM");
    for (const c of children(p)) walk(c);
  };
  walk(pid);
  return seen.size && (rss || hwm) ? { rss, hwm } : null;
}

/** CPU seconds (user + system, all threads) a process has used so far, from /proc; null elsewhere. */
function cpuSeconds(pid) {
  try {
    // Fields 14 and 15 (utime, stime) after the parenthesised command name, in clock ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

export function runCheck(dir, count, extra) {
  return new Promise((resolve, reject) => {
    const devNull = openSync("/dev/null", "w");
    const start = performance.now();
    const child = spawn(process.execPath, [BIN, "check", dir, "--format", "json", ...extra], {
      stdio: ["ignore", devNull, "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    let peakKb = 0;
    let cpu = null;
    const poll = setInterval(() => {
      const m = treeMemory(child.pid);
      if (m) peakKb = Math.max(peakKb, m.rss, m.hwm);
      cpu = cpuSeconds(child.pid) ?? cpu;
    }, 20);
    child.on("error", reject);
    child.on("exit", (code) => {
      const seconds = (performance.now() - start) / 1000;
      clearInterval(poll);
      closeSync(devNull);
      // Exit status 1 means some report has an error finding, as the injected errors make sure.
      if (code !== 0 && code !== 1) reject(new Error(`nianbao check exited with ${code}: ${stderr}`));
      else
        resolve({
          seconds,
          reportsPerSecond: count / seconds,
          peakRssMb: peakKb ? peakKb / 1024 : null,
          cpuSeconds: cpu,
          exitCode: code,
        });
    });
  });
}

/** The bare-parse floor, measured in a process of its own over the same files (bench/bare-parse.mjs). */
export function bareParse(dir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, "bench", "bare-parse.mjs"), dir], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`bare-parse.mjs exited with ${code}`)),
    );
  });
}
