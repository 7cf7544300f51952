import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { loadFigureSpecs, remarkFigures } from '../../../src/mdx/remark-figures.ts';
import { remarkExercises } from '../../../src/mdx/remark-exercises.ts';
import { remarkSlides } from '../../../src/mdx/remark-slides.ts';
import { attribute, type JsxNode } from '../../../src/mdx/jsx.ts';

const specs = await loadFigureSpecs();

/** Compiles a chapter through the checks and returns the tree they left (what MDX then compiles). */
async function tree(source: string): Promise<JsxNode> {
  let captured: JsxNode | undefined;
  const capture = () => (root: JsxNode) => {
    captured = structuredClone(root);
  };
  const options = { specs, root: '/repo' };
  await compile(
    { value: source, path: '/repo/content/chapters/03-demo.mdx' },
    { remarkPlugins: [[remarkFigures, options], [remarkExercises, options], [remarkSlides, options], capture] },
  );
  return captured!;
}

const find = (node: JsxNode, name: string): JsxNode[] => [...(node.name === name ? [node] : []), ...(node.children ?? []).flatMap((c) => find(c, name))];
const text = (node: JsxNode, name: string) => attribute(node, name)?.value as string | undefined;

const choice = (options: string, open = '<Choice>') => `${open}\nWhich line is best?\n\n${options}\n</Choice>\n`;
const good = '<Option hint="Look at the gaps.">The steep one</Option>\n<Option correct explain="Its gaps are smallest.">The flat one</Option>';

describe('remarkExercises: <Choice>', () => {
  it('gives each exercise an id in document order, its source line, and the answer a reader without JavaScript opens', async () => {
    const root = await tree(`${choice(good)}\n<Answer value={3} hints={{ 0: 'that is the linear network' }}>How many?</Answer>\n`);
    const [c] = find(root, 'Choice');
    const [a] = find(root, 'Answer');
    expect([text(c, 'exercise'), text(a, 'exercise')]).toEqual(['ex-demo-1', 'ex-demo-2']);
    expect(text(c, 'source')).toBe('content/chapters/03-demo.mdx:1');
    expect(JSON.parse(text(c, 'answer')!)).toEqual({ right: 'The flat one', explain: 'Its gaps are smallest.', hints: [{ option: 'The steep one', hint: 'Look at the gaps.' }] });
    expect(JSON.parse(text(a, 'answer')!)).toEqual({ value: 3, tolerance: 0, hints: [{ value: 0, hint: 'that is the linear network' }] });
  });

  it('lays the question out as a block its options are labelled by, and numbers the options', async () => {
    const [c] = find(await tree(choice(good)), 'Choice');
    expect(c.children!.map((n) => n.name)).toEqual(['div', 'fieldset']);
    expect(text(c.children![1], 'aria-labelledby')).toBe('ex-demo-1-question');
    expect(text(c.children![0], 'id')).toBe('ex-demo-1-question');
    const options = find(c, 'Option');
    expect(options.map((o) => [text(o, 'index'), text(o, 'exercise'), text(o, 'correct')])).toEqual([
      ['0', 'ex-demo-1', undefined],
      ['1', 'ex-demo-1', 'true'],
    ]);
  });

  it('fails with file and line on a choice with no correct option, or two', async () => {
    await expect(tree(choice('<Option>A</Option>\n<Option>B</Option>'))).rejects.toThrow(
      'content/chapters/03-demo.mdx:1: <Choice> has no correct option; mark the right one <Option correct>.',
    );
    await expect(tree(choice('<Option correct>A</Option>\n<Option correct>B</Option>'))).rejects.toThrow(
      'content/chapters/03-demo.mdx:1: <Choice> has 2 correct options (lines 4 and 5); a reader picks one, so mark one.',
    );
  });

  it('fails on a hint given to the right option, an explanation to a wrong one, or a prop that does not exist', async () => {
    await expect(tree(choice('<Option correct hint="x">A</Option>\n<Option>B</Option>'))).rejects.toThrow('content/chapters/03-demo.mdx:4: the correct <Option> takes explain="…"');
    await expect(tree(choice('<Option correct>A</Option>\n<Option explain="x">B</Option>'))).rejects.toThrow('content/chapters/03-demo.mdx:5: a wrong <Option> takes hint="…"');
    await expect(tree(choice('<Option correct>A</Option>\n<Option hnit="x">B</Option>'))).rejects.toThrow('content/chapters/03-demo.mdx:5: <Option> has no prop "hnit". It takes: correct, hint, explain.');
  });

  it('fails on one option, options before the question, or an Option outside a Choice', async () => {
    await expect(tree(choice('<Option correct>A</Option>'))).rejects.toThrow('<Choice> needs at least two <Option>s');
    await expect(tree('<Choice>\n<Option correct>A</Option>\n<Option>B</Option>\n</Choice>\n')).rejects.toThrow('content/chapters/03-demo.mdx:1: <Choice> needs its question before the options.');
    await expect(tree(choice(`${good}\n\nAn afterthought.`))).rejects.toThrow('content/chapters/03-demo.mdx:7: <Choice> takes its question first and then only <Option>s');
    await expect(tree('Text\n\n<Option>A</Option>\n')).rejects.toThrow('content/chapters/03-demo.mdx:3: <Option> belongs inside a <Choice>.');
  });

  it('checks the figure it opens: in this chapter, with a state valid for it', async () => {
    const figure = '<NeuronLine w={0.5} />\n\n';
    await expect(tree(figure + choice(good, '<Choice figure="fig-demo-1" state={{ w: 1.2 }}>'))).resolves.toBeDefined();
    await expect(tree(figure + choice(good, '<Choice figure="fig-demo-9" state={{ w: 1.2 }}>'))).rejects.toThrow(
      'content/chapters/03-demo.mdx:3: <Choice figure="fig-demo-9"> names no figure of this chapter. Figures here: fig-demo-1.',
    );
    await expect(tree(figure + choice(good, '<Choice figure="fig-demo-1" state={{ w: 70 }}>'))).rejects.toThrow(/content\/chapters\/03-demo\.mdx:3.*"w"/);
    await expect(tree(figure + choice(good, '<Choice figure="fig-demo-1">'))).rejects.toThrow('needs the state to show');
  });
});

describe('remarkExercises: <Answer>', () => {
  it('fails on a missing or non-numeric value, a negative tolerance, and a hint for a number that counts as right', async () => {
    await expect(tree('<Answer>How many?</Answer>\n')).rejects.toThrow('content/chapters/03-demo.mdx:1: <Answer> needs the right number, e.g. value={3}.');
    await expect(tree('<Answer value="3">How many?</Answer>\n')).rejects.toThrow('needs the right number');
    await expect(tree('<Answer value={3} tolerance={-1}>How many?</Answer>\n')).rejects.toThrow('tolerance must be a number of 0 or more');
    await expect(tree("<Answer value={3} tolerance={0.5} hints={{ 3.2: 'close' }}>How many?</Answer>\n")).rejects.toThrow(
      'content/chapters/03-demo.mdx:1: <Answer> has a hint for 3.2, which counts as right (value 3, tolerance 0.5); hints are for wrong numbers.',
    );
    await expect(tree('<Answer value={3}></Answer>\n')).rejects.toThrow('needs its question');
  });
});

describe('an exercise on a slide', () => {
  it('is one of the slide’s steps, numbered with the others in order', async () => {
    const root = await tree(`<Slide title="A">\n\n<Step>first</Step>\n\n${choice(good)}\n<Step>after</Step>\n\n</Slide>\n`);
    const numberOf = (node: JsxNode) => Number((attribute(node, 'stepNumber')?.value as { value: string }).value);
    expect([...find(root, 'Step'), ...find(root, 'Choice')].map(numberOf).sort()).toEqual([1, 2, 3]);
    expect(numberOf(find(root, 'Choice')[0])).toBe(2);
  });
});

describe('remarkExercises: <Sketch>', () => {
  const figure = '<BendingNeurons activation="identity" neurons={4} />\n\n';
  it('reveals the figure as its tag sets it, with the state on top, and names the figure’s folder', async () => {
    const root = await tree(`${figure}<Sketch figure="fig-demo-1" state={{ activation: 'relu' }}>Draw it.</Sketch>\n`);
    const [s] = find(root, 'Sketch');
    expect(text(s, 'figureName')).toBe('bending-neurons');
    expect(JSON.parse(text(s, 'reveal')!)).toEqual({ activation: 'relu', neurons: 4 });
    expect(text(s, 'exercise')).toBe('ex-demo-1');
  });
  it('fails on a missing or unknown figure, a state the figure refuses, and no question', async () => {
    await expect(tree('<Sketch>Draw it.</Sketch>\n')).rejects.toThrow('content/chapters/03-demo.mdx:1: <Sketch> needs figure="<figure id>"');
    await expect(tree(`${figure}<Sketch figure="fig-demo-2">Draw it.</Sketch>\n`)).rejects.toThrow('content/chapters/03-demo.mdx:3: <Sketch figure="fig-demo-2"> names no figure of this chapter.');
    await expect(tree(`${figure}<Sketch figure="fig-demo-1" state={{ neurons: 99 }}>Draw it.</Sketch>\n`)).rejects.toThrow(/03-demo\.mdx:3.*"neurons"/);
    await expect(tree(`${figure}<Sketch figure="fig-demo-1"></Sketch>\n`)).rejects.toThrow('<Sketch> needs its question');
  });
});

