/**
 * Starting the page's web workers where module workers and `new Worker(file:…)` are refused (a page
 * opened from file://): each worker's source is a classic script beside the page that stores it in
 * `self.nianbaoWorkers`, loaded once with <script src>, and the worker runs from a blob URL of it.
 */
type Sources = Record<string, string | undefined>;

const sources = () => ((self as unknown as { nianbaoWorkers?: Sources }).nianbaoWorkers ??= {});

/** The source of a worker, loading its script beside the page the first time it is asked for. */
export function workerSource(name: string, doc: Document = document): Promise<string> {
  const have = sources()[name];
  if (have !== undefined) return Promise.resolve(have);
  return new Promise((resolve, reject) => {
    const script = doc.createElement("script");
    script.src = `worker-${name}.js`;
    script.onload = () => {
      const src = sources()[name];
      if (src === undefined) reject(new Error(`worker-${name}.js`));
      else resolve(src);
    };
    script.onerror = () => reject(new Error(`worker-${name}.js`));
    doc.head.append(script);
  });
}

export async function startWorker(name: string): Promise<Worker> {
  const url = URL.createObjectURL(new Blob([await workerSource(name)], { type: "text/javascript" }));
  try {
    return new Worker(url, { name: `nianbao-${name}` });
  } finally {
    // The worker has fetched its script by the time it runs; the URL is not needed past construction.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
