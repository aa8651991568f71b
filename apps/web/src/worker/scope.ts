/** The dedicated worker's global scope, typed here because the page's DOM typings describe a window. */
export interface WorkerScope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}

export const workerScope = (): WorkerScope => self as unknown as WorkerScope;
