import { activations, predict } from '../../nn/index.ts';
import type { FigureSource } from '../kit/contract/definition.ts';
import { fmt, fmtLoss } from '../kit/draw/format.ts';
import { stepReadout } from '../kit/training/step-readout.ts';
import { compute, hasHinges, jobOf, X_DOMAIN, type Model } from './model.ts';
import { plot } from './plot.ts';
import { spec, STEPS, type State } from './state.ts';

const datasetWords: Record<State['dataset'], string> = {
  u: 'U-shaped',
  v: 'V-shaped',
  sine: 'wave-shaped',
  plateau: 'plateau-shaped',
};

function bendsText(state: State, m: Model): string {
  if (state.activation === 'identity') return 'none: a line';
  if (!hasHinges(state.activation)) return 'smooth curve';
  return String(m.bends);
}

export const figure: FigureSource<typeof spec, Model> = {
  layout: 'below',
  title: 'Bend each line, then add them up: with ReLU the sum bends too',
  summary:
    'A 1–n–1 network taken apart: each hidden neuron’s line, the same line after the activation, and their weighted sum against curved data; switch identity and ReLU and scrub training.',
  spec,
  jobs: (state) => [jobOf(state)],
  compute,
  editsPoints: true,
  plot,
  diagram: (state, m) => ({
      sizes: [1, state.neurons, 1],
      params: m.net.params,
      colourHidden: true,
      activationLabel: state.activation === 'identity' ? undefined : activations[state.activation].label,
    }),
  describe: (state, m) => {
    const label = activations[state.activation].label;
    const start = `Step ${m.shown} of ${STEPS}: ${state.neurons} hidden neurons`;
    const loss = `loss ${fmtLoss(m.loss)}; the best straight line has loss ${fmtLoss(m.best.mse)}`;
    if (state.activation === 'identity') {
      return `${start} with no activation add up to a straight line through the ${datasetWords[state.dataset]} data (${loss}).`;
    }
    const shape = hasHinges(state.activation) ? `an output that bends at ${m.bends} place${m.bends === 1 ? '' : 's'}` : 'a smooth curved output';
    return `${start} with ${label} give ${shape} over the ${datasetWords[state.dataset]} data (${loss}).`;
  },
  readouts: (state, m) => ({
    step: stepReadout(state.step, m.trajectory),
    loss: fmtLoss(m.loss),
    'best line loss': fmtLoss(m.best.mse),
    bends: bendsText(state, m),
  }),
  sketch: (state, m) => {
    const xs = Array.from({ length: 61 }, (_, k) => X_DOMAIN[0] + ((X_DOMAIN[1] - X_DOMAIN[0]) * k) / 60);
    return {
      what: `the trained output of ${state.neurons} ${state.activation === 'identity' ? 'neurons with no activation' : `${activations[state.activation].label} neurons`}`,
      xDomain: X_DOMAIN,
      yDomain: m.domains.y,
      xLabel: 'input x →',
      yLabel: '↑ output',
      points: m.points,
      curve: { xs, ys: Array.from(predict(m.net, Float64Array.from(xs))) },
    };
  },
  table: (_state, m) => ({
    caption: `Each hidden neuron at step ${m.shown}: its line z = w·x + b, where that line crosses zero (a ReLU's hinge), and its weight v into the output (output bias c = ${fmt(m.outputBias)}).`,
    columns: ['neuron', 'w', 'b', 'zero at x = −b/w', 'inside −3…3', 'v'],
    rows: m.neurons.map((n, i) => [
      `h${i + 1}`,
      fmt(n.w),
      fmt(n.b),
      n.hinge === null ? '—' : fmt(n.hinge),
      n.hinge !== null && n.hinge > X_DOMAIN[0] && n.hinge < X_DOMAIN[1] ? 'yes' : 'no',
      fmt(n.v),
    ]),
  }),
};
