import { redirectConsole, startServer } from "./server.js";

const HELP = `nianbao-language-server — 年报（*.nianbao.yaml）语言服务器 / language server for *.nianbao.yaml

用法 Usage:
  nianbao-language-server --stdio            通过标准输入输出通信 / talk over stdin/stdout
  nianbao-language-server --node-ipc         通过 Node IPC 通信 / talk over Node IPC
  nianbao-language-server --socket=<port>    通过 TCP 端口通信 / talk over a TCP port
`;

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) process.stdout.write(HELP);
else if (args.includes("--version") || args.includes("-v")) process.stdout.write("0.1.0\n");
else if (
  !args.some((a) => a === "--stdio" || a === "--node-ipc" || a.startsWith("--socket") || a.startsWith("--pipe"))
) {
  process.stderr.write(HELP);
  process.exitCode = 2;
} else redirectConsole(startServer());
