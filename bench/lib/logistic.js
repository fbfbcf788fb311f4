// Logistic regression for the bench trainers (train-page-decision.js,
// train-line-model.js): inputs standardised by their mean and spread, then
// weights fitted by full-batch gradient descent with an L2 penalty. The
// shipped models (page-decision.json, line-model.json) store the mean, the
// scale, the weights and the bias; lib/ applies them the same way.

/** Each input's mean and standard deviation over `xs` (1 where an input never varies). */
export function standardiser(xs) {
  const k = xs[0].length
  const mean = new Array(k).fill(0)
  const scale = new Array(k).fill(0)
  for (const x of xs) for (let i = 0; i < k; i++) mean[i] += x[i] / xs.length
  for (const x of xs) for (let i = 0; i < k; i++) scale[i] += (x[i] - mean[i]) ** 2 / xs.length
  for (let i = 0; i < k; i++) scale[i] = Math.sqrt(scale[i]) || 1
  return { mean, scale }
}

/** `x` standardised by a {@link standardiser}'s answer. */
export function standardise(x, { mean, scale }) {
  return x.map((v, i) => (v - mean[i]) / scale[i])
}

/** The model's probability for a standardised input `z`. */
export function probability(z, { weights, bias }) {
  let s = bias
  for (let i = 0; i < z.length; i++) s += weights[i] * z[i]
  return 1 / (1 + Math.exp(-s))
}

/**
 * Weights and bias for standardised inputs `zs` and labels `ys` (0 or 1),
 * every example weighing the same: `steps` rounds of gradient descent at
 * `rate` on the mean log loss plus `l2` times the squared weights.
 */
export function fitLogistic(zs, ys, { steps, rate, l2 }) {
  const k = zs[0].length
  const weights = new Array(k).fill(0)
  let bias = 0
  for (let step = 0; step < steps; step++) {
    const gw = new Array(k).fill(0)
    let gb = 0
    for (let n = 0; n < zs.length; n++) {
      const z = zs[n]
      const g = probability(z, { weights, bias }) - ys[n]
      for (let i = 0; i < k; i++) gw[i] += (g * z[i]) / zs.length
      gb += g / zs.length
    }
    for (let i = 0; i < k; i++) weights[i] -= rate * (gw[i] + l2 * weights[i])
    bias -= rate * gb
  }
  return { weights, bias }
}
