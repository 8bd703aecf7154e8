/** Small dense symmetric-matrix helpers for key-driver analysis (p ≤ 50). */

/** A square matrix as rows. */
export type Matrix = number[][];

/**
 * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations: `values[k]` with the
 * eigenvector in column k of `vectors`. Deterministic; converges quadratically; p ≤ 50.
 */
export function symmetricEigen(matrix: readonly (readonly number[])[]): {
  values: number[];
  vectors: Matrix;
} {
  const p = matrix.length;
  const a: Matrix = matrix.map((row) => [...row]);
  const v: Matrix = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => (i === j ? 1 : 0)),
  );
  const at = (m: Matrix, i: number, j: number) => m[i]?.[j] ?? 0;
  const set = (m: Matrix, i: number, j: number, value: number) => {
    const row = m[i];
    if (row !== undefined) row[j] = value;
  };
  for (let sweep = 0; sweep < 100; sweep += 1) {
    let off = 0;
    for (let i = 0; i < p; i += 1) for (let j = i + 1; j < p; j += 1) off += at(a, i, j) ** 2;
    if (off < 1e-30) break;
    for (let i = 0; i < p; i += 1) {
      for (let j = i + 1; j < p; j += 1) {
        const aij = at(a, i, j);
        if (Math.abs(aij) < 1e-300) continue;
        const theta = (at(a, j, j) - at(a, i, i)) / (2 * aij);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < p; k += 1) {
          const aki = at(a, k, i);
          const akj = at(a, k, j);
          set(a, k, i, c * aki - s * akj);
          set(a, k, j, s * aki + c * akj);
        }
        for (let k = 0; k < p; k += 1) {
          const aik = at(a, i, k);
          const ajk = at(a, j, k);
          set(a, i, k, c * aik - s * ajk);
          set(a, j, k, s * aik + c * ajk);
        }
        for (let k = 0; k < p; k += 1) {
          const vki = at(v, k, i);
          const vkj = at(v, k, j);
          set(v, k, i, c * vki - s * vkj);
          set(v, k, j, s * vki + c * vkj);
        }
      }
    }
  }
  return { values: Array.from({ length: p }, (_, k) => at(a, k, k)), vectors: v };
}

/** Pearson correlations: the p×p matrix of the columns and each column's correlation with y. */
export function correlations(
  columns: readonly Float64Array[],
  y: Float64Array,
): { matrix: Matrix; withY: number[] } {
  const centred = [...columns, y].map((column) => {
    let mean = 0;
    for (const value of column) mean += value;
    mean /= column.length;
    const out = new Float64Array(column.length);
    let squares = 0;
    for (let i = 0; i < column.length; i += 1) {
      const d = (column[i] ?? 0) - mean;
      out[i] = d;
      squares += d * d;
    }
    const norm = Math.sqrt(squares);
    for (let i = 0; i < out.length; i += 1) out[i] = (out[i] ?? 0) / norm;
    return out;
  });
  const dot = (a: Float64Array, b: Float64Array) => {
    let sum = 0;
    for (let i = 0; i < a.length; i += 1) sum += (a[i] ?? 0) * (b[i] ?? 0);
    return Math.max(-1, Math.min(1, sum));
  };
  const p = columns.length;
  const target = centred[p] ?? new Float64Array(0);
  const matrix = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => (i === j ? 1 : dot(centred[i] ?? target, centred[j] ?? target))),
  );
  return { matrix, withY: Array.from({ length: p }, (_, i) => dot(centred[i] ?? target, target)) };
}
