// Bundles the server into one file that needs no node_modules (for other editors and the VS Code extension).
import { build } from "esbuild";
import { chmod } from "node:fs/promises";

const out = new URL("../dist/bin.cjs", import.meta.url).pathname;
await build({
  entryPoints: [new URL("../dist/bin.js", import.meta.url).pathname],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  outfile: out,
  banner: { js: "#!/usr/bin/env node" },
  legalComments: "none",
  logLevel: "warning",
});
await chmod(out, 0o755);
