export declare function tsupEntries(pkgDir: string): Record<string, string>;
