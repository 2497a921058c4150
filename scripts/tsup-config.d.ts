import type { Options } from 'tsup';
export declare function kabinetTsup(pkgDir: string): Options[];
