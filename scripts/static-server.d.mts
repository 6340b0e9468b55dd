export interface StaticServer {
  origin: string;
  stop(): Promise<void>;
}

export function serveStatic(options: {
  /** The folder to serve, asked at each request (so it can be swapped while running). */
  root: () => string;
  port?: number;
  gzip?: boolean;
  cacheControl?: string;
}): Promise<StaticServer>;
