// Types of bin/compiler-stamp.mjs for the TypeScript configs that import it (wxt.config.ts, vitest configs).
export declare const COMPILER_ENTRIES: string[];
export declare function computeCompilerStamp(projectRoot?: string): { stamp: string; files: string[]; packages: string[] };
export declare function compilerStampDefine(projectRoot?: string): { __COMPILER_STAMP__: string };
