import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { loadFigureSpecs, remarkFigures } from '../../../src/mdx/remark-figures.ts';
import { remarkSlides } from '../../../src/mdx/remark-slides.ts';
import { attribute, type JsxNode } from '../../../src/mdx/jsx.ts';

const specs = await loadFigureSpecs();

/** Compiles a chapter through both checks and returns the tree remark-slides left (what MDX then compiles). */
async function tree(source: string, path = '/repo/content/chapters/03-demo.mdx'): Promise<JsxNode> {
  let captured: JsxNode | undefined;
  const capture = () => (root: JsxNode) => {
    captured = structuredClone(root);
  };
  await compile({ value: source, path }, { remarkPlugins: [[remarkFigures, { specs, root: '/repo' }], [remarkSlides, { specs, root: '/repo' }], capture] });
  return captured!;
}

/** A number attribute's literal (slideNumber, stepNumber). */
const numberOf = (node: JsxNode, name: string) => Number((attribute(node, name)?.value as { value: string } | undefined)?.value);
const find = (node: JsxNode, name: string): JsxNode[] => [
  ...(node.name === name ? [node] : []),
  ...(node.children ?? []).flatMap((child) => find(child, name)),
];

describe('remarkSlides(tree)', () => {
  it('numbers slides from 1, and the steps of each slide from 1', async () => {
    const root = await tree('<Slide title="A">\n\n<Step>one</Step>\n\n<Step>two</Step>\n\n</Slide>\n\n<Slide title="B">\n\n<Step>three</Step>\n\n</Slide>\n');
    const slides = find(root, 'Slide');
    expect(slides.map((s) => numberOf(s, 'slideNumber'))).toEqual([1, 2]);
    expect(find(slides[0], 'Step').map((s) => numberOf(s, 'stepNumber'))).toEqual([1, 2]);
    expect(find(slides[1], 'Step').map((s) => numberOf(s, 'stepNumber'))).toEqual([1]);
  });
  it('wraps each run of top-level content outside a Slide in one EssayOnly, and leaves Slides at the top', async () => {
    const root = await tree('Intro one.\n\nIntro two.\n\n<Slide title="A">\n\nOn the slide.\n\n</Slide>\n\nOutro.\n');
    expect(root.children!.map((c) => c.name ?? c.type)).toEqual(['EssayOnly', 'Slide', 'EssayOnly']);
    expect(root.children![0].children).toHaveLength(2);
    expect(find(root.children![1], 'EssayOnly')).toEqual([]);
  });
  it('keeps a chapter with no content outside slides free of EssayOnly', async () => {
    const root = await tree('<Slide title="A">\n\nOnly a slide.\n\n</Slide>\n');
    expect(root.children!.map((c) => c.name)).toEqual(['Slide']);
  });
  it('fails on a Slide without a title, naming file and line', async () => {
    await expect(tree('Text\n\n<Slide>\n\nx\n\n</Slide>\n')).rejects.toThrow(
      'content/chapters/03-demo.mdx:3: <Slide> needs a title, e.g. <Slide title="One neuron draws a line">.',
    );
    await expect(tree('<Slide title=" ">\n\nx\n\n</Slide>\n')).rejects.toThrow(/needs a title/);
  });
  it('fails on a Slide inside a Slide, naming both lines', async () => {
    await expect(tree('<Slide title="A">\n\n<Slide title="B">\n\nx\n\n</Slide>\n\n</Slide>\n')).rejects.toThrow(
      'content/chapters/03-demo.mdx:3: a <Slide> cannot sit inside another <Slide> (line 1).',
    );
  });
  it('fails on Notes or Step outside a Slide', async () => {
    await expect(tree('<Notes>say this</Notes>\n')).rejects.toThrow('content/chapters/03-demo.mdx:1: <Notes> belongs inside a <Slide>.');
    await expect(tree('Text\n\n<Step>x</Step>\n')).rejects.toThrow('content/chapters/03-demo.mdx:3: <Step> belongs inside a <Slide>.');
  });
  describe('<Step figure state>', () => {
    const slide = (step: string) => `<Slide title="A">\n\n<NeuronLine w={0.5} />\n\n${step}\n\n</Slide>\n`;
    it('accepts a state that names this chapter\'s figure and valid props', async () => {
      const root = await tree(slide('<Step figure="fig-demo-1" state={{ w: 1, b: 0.3 }} />'));
      expect(numberOf(find(root, 'Step')[0], 'stepNumber')).toBe(1);
    });
    it('fails on a step aimed at a figure on another slide, which would change nothing the audience sees', async () => {
      const source = `<Slide title="A">\n\n<NeuronLine w={0.5} />\n\n</Slide>\n\n<Slide title="B">\n\nText.\n\n<Step figure="fig-demo-1" state={{ w: 1 }} />\n\n</Slide>\n`;
      await expect(tree(source)).rejects.toThrow(
        'content/chapters/03-demo.mdx:11: <Step figure="fig-demo-1"> names a figure that is not on this slide, so the step would change nothing the audience sees. Figures on this slide: (none);',
      );
    });
    it('needs a figure when it sets a state', async () => {
      await expect(tree(slide('<Step state={{ w: 1 }} />'))).rejects.toThrow('content/chapters/03-demo.mdx:5: <Step state={…}> also needs figure="<figure id>".');
    });
    it('names the figures of the chapter when the figure is unknown', async () => {
      await expect(tree(slide('<Step figure="fig-demo-2" state={{ w: 1 }} />'))).rejects.toThrow(
        'content/chapters/03-demo.mdx:5: <Step figure="fig-demo-2"> names no figure of this chapter. Figures here: fig-demo-1.',
      );
    });
    it('needs an object state', async () => {
      await expect(tree(slide('<Step figure="fig-demo-1" state={3} />'))).rejects.toThrow(/<Step state> must be an object/);
    });
    it('checks the state like the figure\'s own props: range, name and slider steps', async () => {
      await expect(tree(slide('<Step figure="fig-demo-1" state={{ w: 7 }} />'))).rejects.toThrow(
        'content/chapters/03-demo.mdx:5: <NeuronLine (via <Step>)> prop "w": expected a number from -1 to 3, got 7.',
      );
      await expect(tree(slide('<Step figure="fig-demo-1" state={{ wieght: 1 }} />'))).rejects.toThrow(/<NeuronLine \(via <Step>\)> has no prop "wieght"/);
      await expect(tree(slide('<Step figure="fig-demo-1" state={{ b: 0.05 }} />'))).rejects.toThrow(
        'content/chapters/03-demo.mdx:5: <NeuronLine (via <Step>)> prop "b": 0.05 is not on the slider\'s steps of 0.1 from -2; use 0 or 0.1.',
      );
    });
  });
});
