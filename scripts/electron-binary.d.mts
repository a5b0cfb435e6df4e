export declare const projectRoot: string;
export declare function electronBinary(): string | null;
