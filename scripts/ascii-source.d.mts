/** The script with the non-ASCII characters of its comments and regular expression literals escaped; `remaining` counts those left elsewhere. */
export function asciiSource(code: string): { code: string; remaining: number };
