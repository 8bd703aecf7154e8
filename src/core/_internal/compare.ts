/** Compares two strings by UTF-16 code units: locale-independent, the tie-break of every ranking. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
