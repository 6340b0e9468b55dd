export interface StaticServer {
  origin: string;
  /** Every path asked for, in order. */
  requests: string[];
  stop(): Promise<void>;
}

export function serveStatic(options: {
  /** The folder to serve, asked at each request (so it can be swapped while running). */
  root: () => string;
  port?: number;
  gzip?: boolean;
  cacheControl?: string;
  /** Answers a path itself (status, headers, body), or undefined to serve the folder. */
  answer?: (
    path: string,
  ) => { status: number; headers?: Record<string, string>; body?: string } | undefined;
}): Promise<StaticServer>;
