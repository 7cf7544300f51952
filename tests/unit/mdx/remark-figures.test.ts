import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import { loadFigureSpecs, remarkFigures } from '../../../src/mdx/remark-figures.ts';

const specs = await loadFigureSpecs();

async function build(source: string, path = '/repo/content/chapters/03-demo.mdx') {
  return String(await compile({ value: source, path }, { remarkPlugins: [remarkMath, [remarkFigures, { specs, root: '/repo' }]] }));
}

describe('remarkFigures', () => {
  it('numbers figures and gives them chapter ids and their source line', async () => {
    const out = await build('Text\n\n<NeuronLine w={0.5} />\n\n<NeuronLine b={2} />\n');
    expect(out).toContain('"fig-demo-1"');
    expect(out).toContain('"fig-demo-2"');
    expect(out).toContain('content/chapters/03-demo.mdx:3');
  });
  it('fails on an out-of-range prop, naming file, line, figure and prop', async () => {
    await expect(build('Intro\n\n<NeuronLine w={7} />\n')).rejects.toThrow(
      'content/chapters/03-demo.mdx:3: <NeuronLine> prop "w": expected a number from -1 to 3, got 7.',
    );
  });
  it('fails on an unknown prop with a suggestion', async () => {
    await expect(build('<NeuronLine wieght={1} />')).rejects.toThrow(/has no prop "wieght"\. Did you mean "weight"|has no prop "wieght"/);
  });
  it('fails on an unknown component with a suggestion', async () => {
    await expect(build('<NeuronLin w={1} />')).rejects.toThrow(/unknown component <NeuronLin>\. Did you mean <NeuronLine>\?/);
  });
  it('fails on duplicate ids', async () => {
    await expect(build('<NeuronLine id="fig-a" />\n\n<NeuronLine id="fig-a" />')).rejects.toThrow(/id "fig-a" is already used/);
  });
});
