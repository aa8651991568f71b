// The language server as the extension runs it: the same service as the `nianbao-language-server`
// bin, started on the transport the client chose (--node-ipc).
import { redirectConsole, startServer } from "@nianbao/language-server/server";

redirectConsole(startServer());
