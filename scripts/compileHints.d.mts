import type { Plugin } from 'vite';

export declare const compileHint: string;
export declare const eagerlyCompiled: readonly string[];
export declare function compileHints(): Plugin;
