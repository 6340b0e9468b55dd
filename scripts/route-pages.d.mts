export const PACK: string;

interface ScreenLike {
  readonly path: string;
  readonly module: string;
  readonly pack: boolean;
  readonly ownPage?: boolean;
}

export function routePagesOf(screens: readonly ScreenLike[]): Record<string, string[]>;
export function routePageFiles(pages: Record<string, string[]>): string[];

interface BundleItem {
  type: "chunk" | "asset";
  fileName: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  facadeModuleId?: string | null;
  imports?: string[];
}

export function preloadsFor(bundle: Record<string, BundleItem>, modules: string[]): string[];
export function withPreloads(html: string, files: string[], base?: string): string;
