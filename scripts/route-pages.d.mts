export const ROUTE_PAGES: Record<string, string[]>;
export const ROUTE_PAGE_FILES: string[];

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
