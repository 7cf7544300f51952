import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import { loadFigureSpecs, remarkFigures } from '../../../src/mdx/remark-figures.ts';

const specs = await loadFigureSpecs();

async function build(source: string, path = '/repo/content/chapters/03-demo.mdx') {
  return String(await compile({ value: source, path }, { remarkPlugins: [remarkMath, [remarkFigures, { specs, root: '/repo' }]] }));
}

/** Compiles as Astro does, with a frontmatter to extend, and returns what the plugin recorded there. */
async function recorded(source: string): Promise<unknown> {
  const frontmatter: Record<string, unknown> = {};
  await compile({ value: source, path: '/repo/content/chapters/03-demo.mdx', data: { astro: { frontmatter } } }, { remarkPlugins: [remarkMath, [remarkFigures, { specs, root: '/repo' }]] });
  return frontmatter.figures;
}

describe('remarkFigures', () => {
  it('records each figure with its authored props in the frontmatter, for the embed pages', async () => {
    const figures = await recorded(
      '<Slide title="a">\n\n<NeuronLine w={0.5} title="Tilt it" link="l" />\n\n</Slide>\n\n<Slide title="b">\n\n<SlideOnly>\n<ActivationGallery id="gallery" activation="tanh" />\n</SlideOnly>\n\n</Slide>\n',
    );
    expect(figures).toEqual([
      { id: 'fig-demo-1', figure: 'neuron-line', props: { w: 0.5, title: 'Tilt it', link: 'l' }, figureNumber: 1, source: 'content/chapters/03-demo.mdx:3' },
      // Only the deck shows it: the embed links to its slide.
      { id: 'gallery', figure: 'activation-gallery', props: { activation: 'tanh' }, figureNumber: 2, source: 'content/chapters/03-demo.mdx:10', slideOnly: 2 },
    ]);
  });

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
    await expect(build('<NeuronLine resiudals />')).rejects.toThrow(
      'content/chapters/03-demo.mdx:1: <NeuronLine> has no prop "resiudals". Did you mean "residuals"? Its props are: dataset, w, b, residuals, goal.',
    );
  });
  it('fails on a value between slider steps, naming the nearest steps', async () => {
    await expect(build('Intro\n\n<NeuronLine w={2.999999} b={0.05} />\n')).rejects.toThrow(
      'content/chapters/03-demo.mdx:3: <NeuronLine> prop "w": 2.999999 is not on the slider\'s steps of 0.05 from -1; use 2.95 or 3.',
    );
    await expect(build('<NeuronLine b={0.05} />')).rejects.toThrow(
      'content/chapters/03-demo.mdx:1: <NeuronLine> prop "b": 0.05 is not on the slider\'s steps of 0.1 from -2; use 0 or 0.1.',
    );
  });
  it('accepts values on the step that floating point puts a hair off it', async () => {
    await expect(build('<NeuronLine w={0.35} b={0.3} />')).resolves.toContain('fig-demo-1');
  });
  it('says NaN and Infinity, not null', async () => {
    await expect(build('<NeuronLine w={NaN} />')).rejects.toThrow('<NeuronLine> prop "w": expected a number from -1 to 3, got NaN.');
    await expect(build('<NeuronLine b={-Infinity} />')).rejects.toThrow('<NeuronLine> prop "b": expected a number from -2 to 8, got -Infinity.');
  });
  it('fails on an unknown component with a suggestion', async () => {
    await expect(build('<NeuronLin w={1} />')).rejects.toThrow(/unknown component <NeuronLin>\. Did you mean <NeuronLine>\?/);
  });
  it('fails on duplicate ids', async () => {
    await expect(build('<NeuronLine id="fig-a" />\n\n<NeuronLine id="fig-a" />')).rejects.toThrow(/id "fig-a" is already used/);
  });
});
