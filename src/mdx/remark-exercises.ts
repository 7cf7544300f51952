/**
 * An MDX compile-time check of every exercise in a chapter, so an author's mistake fails the build with the
 * file, the line and what to write instead:
 *   content/chapters/07-how-many-bends.mdx:30: <Choice> has two correct options (lines 33 and 35); mark one.
 * It also gives each exercise a stable id (`ex-<chapter>-<n>`: what the reader's progress is stored under),
 * and hands the components what they would otherwise have to dig out of their children: the text of the right
 * option and the hint for each wrong one, for the answer a reader without JavaScript opens.
 *
 * <Choice>: a question (the content before the options) and two or more <Option>s, exactly one `correct`
 * (with an optional `explain`), the others with an optional `hint`. <Answer value={3} tolerance={0}
 * unit="bends" hints={{ 0: '…' }} explain="…">: a number. Both may name a figure of the chapter and a state
 * for it (`figure="fig-…" state={{ … }}`), which the reader can open to check themselves.
 * Runs after remark-figures (which gives figures their ids) and before remark-slides (which numbers an
 * exercise on a slide as one of its steps: the step that reveals the answer).
 */
import { parseStrict, type Spec } from '../figures/kit/contract/spec.ts';
import { attribute, chapterOf, isJsx, literal, locate, plainText, stringAttribute, type JsxNode } from './jsx.ts';

export interface RemarkExercisesOptions {
  specs: Map<string, { name: string; spec: Spec }>;
  root?: string;
}

/** A plain HTML element in the tree (MDX renders lowercase tags as they are). */
const element = (name: string, attributes: Record<string, string>, children: JsxNode[]): JsxNode => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attributes).map(([key, value]) => stringAttribute(key, value)),
  children,
});

/** The question of an exercise, in a block its controls are labelled by. */
const questionBlock = (id: string, children: JsxNode[]) => element('div', { class: 'exercise__question', id: `${id}-question` }, children);

export function remarkExercises({ specs, root = process.cwd() }: RemarkExercisesOptions) {
  return (tree: JsxNode, file: { path?: string }) => {
    const at = locate(root, file);
    const chapter = chapterOf(file.path);

    // Figures of this chapter by id (remark-figures has given every figure one), with the props their tags set.
    const figures = new Map<string, string>();
    const authored = new Map<string, Record<string, unknown>>();
    const collect = (node: JsxNode) => {
      if (isJsx(node) && node.name && specs.has(node.name)) {
        const id = attribute(node, 'id')?.value;
        if (typeof id === 'string') {
          figures.set(id, node.name);
          const spec = specs.get(node.name)!.spec;
          const props: Record<string, unknown> = {};
          for (const a of node.attributes ?? []) if (a.name && a.name in spec) props[a.name] = literal(a, `${at(node)}: <${node.name}>`);
          authored.set(id, props);
        }
      }
      node.children?.forEach(collect);
    };
    collect(tree);

    /** Reads an attribute as the author wrote it, or undefined. */
    const read = (node: JsxNode, name: string) => {
      const a = attribute(node, name);
      return a ? literal(a, `${at(node)}: <${node.name}>`) : undefined;
    };
    const text = (node: JsxNode, name: string): string | undefined => {
      const value = read(node, name);
      if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) {
        throw new Error(`${at(node)}: <${node.name}> ${name} must be text, e.g. ${name}="…".`);
      }
      return value as string | undefined;
    };
    const allow = (node: JsxNode, names: string[]) => {
      for (const a of node.attributes ?? []) {
        if (a.type !== 'mdxJsxAttribute' || !a.name) throw new Error(`${at(node)}: <${node.name}> takes named props only (no {...spread}).`);
        if (!names.includes(a.name)) throw new Error(`${at(node)}: <${node.name}> has no prop "${a.name}". It takes: ${names.join(', ')}.`);
      }
    };

    /** The optional figure + state the reader can open to check: the figure must be in this chapter. */
    const checkFigure = (node: JsxNode) => {
      const figure = read(node, 'figure');
      const state = read(node, 'state');
      if (figure === undefined && state === undefined) return;
      if (typeof figure !== 'string') throw new Error(`${at(node)}: <${node.name} state={…}> also needs figure="<figure id>".`);
      const component = figures.get(figure);
      if (!component) throw new Error(`${at(node)}: <${node.name} figure="${figure}"> names no figure of this chapter. Figures here: ${[...figures.keys()].join(', ') || '(none)'}.`);
      if (state === undefined || state === null || typeof state !== 'object') {
        throw new Error(`${at(node)}: <${node.name} figure="${figure}"> needs the state to show, e.g. state={{ activation: 'relu' }}.`);
      }
      parseStrict(specs.get(component)!.spec, state as Record<string, unknown>, { figure: `${component} (via <${node.name}>)`, source: at(node) });
    };

    let count = 0;
    /** Gives an exercise its id (in document order) and its source line; returns the id. */
    const number = (node: JsxNode): string => {
      count += 1;
      const id = `ex-${chapter}-${count}`;
      node.attributes = [...(node.attributes ?? []).filter((a) => !['exercise', 'source'].includes(a.name ?? '')), stringAttribute('exercise', id), stringAttribute('source', at(node))];
      return id;
    };

    const choice = (node: JsxNode) => {
      allow(node, ['title', 'figure', 'state']);
      const id = number(node);
      checkFigure(node);
      // The question first, then the options: laid out as a question block and a fieldset named by it.
      const children = node.children ?? [];
      const first = children.findIndex((child) => isJsx(child) && child.name === 'Option');
      const question = first < 0 ? children : children.slice(0, first);
      const options = first < 0 ? [] : children.slice(first);
      for (const child of children) {
        if (isJsx(child) && (child.name === 'Choice' || child.name === 'Answer')) throw new Error(`${at(child)}: an exercise cannot sit inside another exercise (the <Choice> at ${at(node)}).`);
      }
      const stray = options.find((child) => !(isJsx(child) && child.name === 'Option'));
      if (stray) throw new Error(`${at(stray)}: <Choice> takes its question first and then only <Option>s, each on its own line.`);
      if (!question.some((child) => plainText(child).trim())) throw new Error(`${at(node)}: <Choice> needs its question before the options.`);
      if (options.length < 2) throw new Error(`${at(node)}: <Choice> needs at least two <Option>s, e.g. <Option correct>…</Option> <Option hint="…">…</Option>.`);
      const correct = options.filter((o) => read(o, 'correct') !== undefined && read(o, 'correct') !== false);
      if (correct.length === 0) throw new Error(`${at(node)}: <Choice> has no correct option; mark the right one <Option correct>.`);
      if (correct.length > 1) {
        throw new Error(`${at(node)}: <Choice> has ${correct.length} correct options (lines ${correct.map((o) => o.position?.start.line).join(' and ')}); a reader picks one, so mark one.`);
      }
      const hints: { option: string; hint: string }[] = [];
      options.forEach((option, index) => {
        allow(option, ['correct', 'hint', 'explain']);
        const right = option === correct[0];
        const hint = text(option, 'hint');
        const explain = text(option, 'explain');
        if (right && hint) throw new Error(`${at(option)}: the correct <Option> takes explain="…" (why it is right), not hint=.`);
        if (!right && explain) throw new Error(`${at(option)}: a wrong <Option> takes hint="…" (why a reader might pick it, and what to look at), not explain=.`);
        const label = plainText(option).trim();
        if (!label) throw new Error(`${at(option)}: <Option> has no text.`);
        if (hint) hints.push({ option: label, hint });
        option.attributes = [
          ...(option.attributes ?? []).filter((a) => !['index', 'correct', 'exercise'].includes(a.name ?? '')),
          stringAttribute('index', String(index)),
          stringAttribute('exercise', id),
          ...(right ? [stringAttribute('correct', 'true')] : []),
        ];
      });
      const explain = text(correct[0], 'explain');
      node.children = [questionBlock(id, question), element('fieldset', { class: 'exercise__options', 'aria-labelledby': `${id}-question` }, options)];
      node.attributes = [
        ...(node.attributes ?? []).filter((a) => a.name !== 'answer'),
        stringAttribute('answer', JSON.stringify({ right: plainText(correct[0]).trim(), explain, hints })),
      ];
    };

    const answer = (node: JsxNode) => {
      allow(node, ['title', 'value', 'tolerance', 'unit', 'hints', 'explain', 'figure', 'state']);
      const id = number(node);
      checkFigure(node);
      const value = read(node, 'value');
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${at(node)}: <Answer> needs the right number, e.g. value={3}.`);
      const tolerance = read(node, 'tolerance') ?? 0;
      if (typeof tolerance !== 'number' || !(tolerance >= 0)) throw new Error(`${at(node)}: <Answer> tolerance must be a number of 0 or more (how far off still counts as right), e.g. tolerance={0.1}.`);
      const unit = text(node, 'unit');
      const explain = text(node, 'explain');
      const raw = read(node, 'hints') ?? {};
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${at(node)}: <Answer> hints must map wrong numbers to hints, e.g. hints={{ 0: 'that is the linear network' }}.`);
      const hints: { value: number; hint: string }[] = [];
      for (const [key, hint] of Object.entries(raw)) {
        const wrong = Number(key);
        if (!Number.isFinite(wrong)) throw new Error(`${at(node)}: <Answer> hint key "${key}" is not a number.`);
        if (typeof hint !== 'string' || !hint.trim()) throw new Error(`${at(node)}: <Answer> hint for ${key} must be text.`);
        if (Math.abs(wrong - value) <= tolerance) throw new Error(`${at(node)}: <Answer> has a hint for ${key}, which counts as right (value ${value}, tolerance ${tolerance}); hints are for wrong numbers.`);
        hints.push({ value: wrong, hint });
      }
      if (!plainText(node).trim()) throw new Error(`${at(node)}: <Answer> needs its question as its content.`);
      node.children = [questionBlock(id, node.children ?? [])];
      node.attributes = [
        ...(node.attributes ?? []).filter((a) => !['hints', 'value', 'tolerance', 'answer'].includes(a.name ?? '')),
        stringAttribute('answer', JSON.stringify({ value, tolerance, unit, explain, hints })),
      ];
    };

    /**
     * <Sketch figure="fig-…" state={{ … }}>: the reader draws the curve that figure shows in that state (its own
     * props, then the state on top), before seeing it. The figure must be in this chapter; whether its kind has a
     * curve to sketch is checked when the page renders (Sketch.astro), with this line.
     */
    const sketch = (node: JsxNode) => {
      allow(node, ['title', 'figure', 'state']);
      const id = number(node);
      const figure = read(node, 'figure');
      if (typeof figure !== 'string') throw new Error(`${at(node)}: <Sketch> needs figure="<figure id>": the figure whose curve the reader sketches.`);
      const component = figures.get(figure);
      if (!component) throw new Error(`${at(node)}: <Sketch figure="${figure}"> names no figure of this chapter. Figures here: ${[...figures.keys()].join(', ') || '(none)'}.`);
      const reveal = { ...authored.get(figure), ...((read(node, 'state') as Record<string, unknown> | undefined) ?? {}) };
      parseStrict(specs.get(component)!.spec, reveal, { figure: `${component} (via <Sketch>)`, source: at(node) });
      if (!plainText(node).trim()) throw new Error(`${at(node)}: <Sketch> needs its question as its content, e.g. "Draw what you expect the trained output to look like."`);
      node.children = [questionBlock(id, node.children ?? [])];
      node.attributes = [
        ...(node.attributes ?? []).filter((a) => !['state', 'reveal', 'figureName'].includes(a.name ?? '')),
        stringAttribute('figureName', specs.get(component)!.name),
        stringAttribute('reveal', JSON.stringify(reveal)),
      ];
    };

    const walk = (node: JsxNode) => {
      if (isJsx(node) && node.name === 'Sketch') return sketch(node);
      if (isJsx(node) && node.name === 'Choice') return choice(node);
      if (isJsx(node) && node.name === 'Answer') return answer(node);
      if (isJsx(node) && node.name === 'Option') throw new Error(`${at(node)}: <Option> belongs inside a <Choice>.`);
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}
