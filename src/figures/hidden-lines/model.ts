import { collapse, createNetwork, type Network } from '../../nn/index.ts';
import { neuronKeys, type State } from './state.ts';

export interface Neuron {
  w: number;
  b: number;
  v: number;
}

export interface Model {
  /** The active hidden neurons, in order. */
  neurons: Neuron[];
  c: number;
  /** A [1, n, 1] network with identity hidden neurons, built from the sliders. */
  net: Network;
  /** The single line the network equals, from collapsing its layers (not from the formula on screen). */
  wEff: number;
  bEff: number;
}

export function compute(state: State): Model {
  const neurons = Array.from({ length: state.neurons }, (_, i) => {
    const [w, b, v] = neuronKeys(i);
    return { w: state[w], b: state[b], v: state[v] };
  });
  // src/nn's layout: hidden weights (n × 1), hidden biases, output weights (1 × n), output bias.
  const params = [...neurons.map((n) => n.w), ...neurons.map((n) => n.b), ...neurons.map((n) => n.v), state.c];
  const net = createNetwork({ sizes: [1, neurons.length, 1], activation: 'identity', params });
  const line = collapse(net);
  return { neurons, c: state.c, net, wEff: line.weights[0], bEff: line.biases[0] };
}
