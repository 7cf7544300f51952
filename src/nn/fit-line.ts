/**
 * The best straight line through 1-D data, in closed form (least squares).
 * This is the floor a network of identity neurons can reach, however deep:
 * such a network is one line (see collapse.ts), and no line beats this one.
 *
 *   slope = Σ (x − x̄)(y − ȳ) / Σ (x − x̄)²,   intercept = ȳ − slope · x̄
 */

import { checkData } from './validate.ts';
import type { Data } from './data.ts';

/** A fitted line and its mean squared error on the data. */
export interface LineFit {
  slope: number;
  intercept: number;
  /** (1/n) Σ (slope·x + intercept − y)², the same MSE as the networks' loss. */
  mse: number;
}

/**
 * Least-squares line through `data` (one input, one output).
 * If every x is the same, the vertical spread cannot be explained by any
 * slope; we return slope 0 and intercept ȳ (the best constant).
 *
 * @example
 * fitLine(datasets.line({ noise: 0 })); // { slope: 0.5, intercept: 1, mse: ~0 }
 */
export function fitLine(data: Data): LineFit {
  const who = 'fitLine';
  checkData(data, who);
  if (data.inputSize !== 1 || data.outputSize !== 1) {
    throw new RangeError(
      `${who}: data must have one input and one output per example, got inputSize ${data.inputSize} and outputSize ${data.outputSize}`,
    );
  }
  const { inputs: x, targets: y, count: n } = data;
  let meanX = 0;
  let meanY = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  for (let s = 0; s < n; s++) {
    meanX += x[s];
    meanY += y[s];
    minX = Math.min(minX, x[s]);
    maxX = Math.max(maxX, x[s]);
  }
  meanX /= n;
  meanY /= n;

  let slope = 0;
  if (maxX > minX) {
    let sxy = 0;
    let sxx = 0;
    for (let s = 0; s < n; s++) {
      const dx = x[s] - meanX; // centring first keeps the sums accurate
      sxy += dx * (y[s] - meanY);
      sxx += dx * dx;
    }
    slope = sxy / sxx;
  }
  const intercept = meanY - slope * meanX;

  let mse = 0;
  for (let s = 0; s < n; s++) {
    const r = slope * x[s] + intercept - y[s];
    mse += r * r;
  }
  return { slope, intercept, mse: mse / n };
}
