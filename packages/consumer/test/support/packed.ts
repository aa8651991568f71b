import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { fileURLToPath } from "node:url";

/** What test/setup.ts packed and installed, handed to every test file through vitest's `provide`. */
export interface Packed {
  /** The empty project, outside the repository, where the tarballs were installed. */
  readonly project: string;
  readonly tarballs: readonly PackedTarball[];
}

export interface PackedTarball {
  readonly name: string;
  readonly version: string;
  /** Path of the .tgz file. */
  readonly file: string;
  /** The repository folder it was packed from. */
  readonly dir: string;
  /** Every path in the tarball, relative to the package root. */
  readonly files: readonly string[];
}

declare module "vitest" {
  export interface ProvidedContext {
    packed: Packed;
  }
}

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
export const fixtures = fileURLToPath(new URL("../../fixtures/", import.meta.url));

/** The packages people install, by the folder they live in. */
export const PUBLISHED = {
  "@nianbao/core": "packages/core",
  "@nianbao/language-server": "packages/language-server",
  "@nianbao/cli": "packages/cli",
} as const;

/**
 * The environment for an npm (or npx) run outside the repository. Under `npm test` the test
 * inherits npm_config_* and npm_package_* variables that describe the repository (its prefix, its
 * workspace): left in place, the install would land in the repository instead of the project.
 */
export function npmEnv(): NodeJS.ProcessEnv {
  const keep = new Set(["npm_config_cache", "npm_config_registry", "npm_config_userconfig"]);
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^npm_/iu.test(key) || keep.has(key.toLowerCase())) env[key] = value;
  for (const key of ["INIT_CWD", "NODE_OPTIONS", "VITEST", "VITEST_MODE", "VITEST_POOL_ID", "VITEST_WORKER_ID"])
    delete env[key];
  return {
    ...env,
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
    npm_config_loglevel: "error",
  };
}

export interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to completion; the caller decides what a non-zero status means. */
export function run(command: string, args: readonly string[], options: SpawnSyncOptions & { cwd: string }): Ran {
  const r = spawnSync(command, args, { encoding: "utf8", timeout: 180_000, env: npmEnv(), ...options });
  if (r.error) throw r.error;
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** Runs a command that must succeed, and returns its standard output. */
export function runOk(command: string, args: readonly string[], options: SpawnSyncOptions & { cwd: string }): string {
  const r = run(command, args, options);
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(" ")} exited with ${r.status} in ${options.cwd}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}
