/** Samples f at n evenly spaced x in [x0, x1]. Pure, so the build (a dataset's pattern) and the figures share it. */
export function sample(f: (x: number) => number, [x0, x1]: readonly [number, number], n = 121): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const x = x0 + ((x1 - x0) * i) / (n - 1);
    out.push([x, f(x)]);
  }
  return out;
}
