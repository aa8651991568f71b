// Starts a real VS Code (code-server) with the built .vsix installed, in a throwaway profile, and
// stops it with every process it started (server, extension host, language server).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdirSync, openSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

/** User settings that keep the workbench quiet and offline (TOOLCHAIN §4.2). */
const SETTINGS = {
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.editor.enablePreview": false,
  "chat.disableAIFeatures": true,
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "extensions.ignoreRecommendations": true,
  "update.mode": "none",
  "telemetry.telemetryLevel": "off",
  "git.enabled": false,
  "editor.minimap.enabled": false,
  "editor.lightbulb.enabled": "on",
  "files.autoSave": "off",
  "window.restoreWindows": "all",
};

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ codeServer: string, node24Bin: string, vsix: string, dir: string, workspace: string, settings?: object }} o
 */
export async function startCodeServer(o) {
  const env = { ...process.env, PATH: `${o.node24Bin}:${process.env.PATH}` };
  const userData = join(o.dir, "user-data");
  const extensions = join(o.dir, "extensions");
  mkdirSync(join(userData, "User"), { recursive: true });
  writeFileSync(join(userData, "User", "settings.json"), JSON.stringify({ ...SETTINGS, ...o.settings }, null, 2));
  const base = ["--user-data-dir", userData, "--extensions-dir", extensions];
  const install = spawnSync(o.codeServer, [...base, "--install-extension", o.vsix], {
    env,
    encoding: "utf8",
    timeout: 120_000,
  });
  if (install.status !== 0)
    throw new Error(
      `code-server --install-extension failed (${install.status}):\n${install.stdout}\n${install.stderr}`,
    );
  const port = await freePort();
  const log = join(o.dir, "code-server.log");
  const out = openSync(log, "w");
  const args = [
    ...base,
    "--bind-addr",
    `127.0.0.1:${port}`,
    "--auth",
    "none",
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
  ];
  // Its own process group, so stopping it ends the extension host and the language server too.
  const child = spawn(o.codeServer, [...args, o.workspace], { env, detached: true, stdio: ["ignore", out, out] });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${log}`);
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url} within 60 s; see ${log}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    for (let i = 0; i < 20 && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  };
  return { url, log, stop };
}

/**
 * Command lines of the running processes started from the extension as installed for a run (`dir`
 * as given to startCodeServer): on the desktop host its language server, `…/dist/server.js`.
 */
export function extensionProcesses(dir) {
  const installed = join(dir, "extensions", "nianbao.nianbao-vscode-");
  return execFileSync("ps", ["-eo", "args="], { encoding: "utf8" })
    .split("\n")
    .filter((l) => l.includes(installed));
}
