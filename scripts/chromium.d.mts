export declare const chromiumPath: string;
export declare const chromiumFlags: readonly string[];
export declare function chromiumVersion(): string;
