export declare const ICON_SVG: string;
export declare const PNG_SIZES: number[];
export declare function renderIconPng(size: number, svg?: Buffer): Buffer;
export declare function renderIcons(outDir?: string): string[];
