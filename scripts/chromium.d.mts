export declare function chromiumPath(): string | undefined;
export declare function usableChromium(): Promise<string | null>;
