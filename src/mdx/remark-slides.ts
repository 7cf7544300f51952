/**
 * One MDX file, two readings. At compile time this plugin prepares a chapter for both:
 *   - numbers every <Slide> (slideNumber, 1-based) and the <Step>s inside each (stepNumber, 1-based), so the
 *     essay's "Present from here" links and the deck's hash (#/slide/step) agree without runtime counters;
 *   - wraps every top-level run of content outside a <Slide> in <EssayOnly>, so the deck drops it;
 *   - numbers an exercise on a slide as one of its steps (the step that reveals the answer);
 *   - checks what can be checked early: every Slide has a title and a known layout and sits at the top level
 *     (not nested, not inside EssayOnly or a quote), Notes and Step sit inside a Slide, Notes hold no figure,
 *     and a Step that sets a figure's state names a figure on its own slide and valid props.
 * Runs after remark-figures (which gives figures their ids).
 */
import { parseStrict, type Spec } from '../figures/kit/contract/spec.ts';
import { SLIDE_LAYOUTS } from '../deck/slide/layouts.ts';
import { attribute as attr, isJsx, literal, locate, numberAttribute, type JsxNode as Node } from './jsx.ts';


/** What an author would call the element a Slide was found in. */
function containerName(node: Node): string {
  if (isJsx(node)) return `<${node.name}>`;
  return ({ blockquote: 'a quote (>)', list: 'a list', listItem: 'a list item', paragraph: 'a paragraph' } as Record<string, string>)[node.type] ?? `a ${node.type}`;
}

export interface RemarkSlidesOptions {
  specs: Map<string, { spec: Spec }>;
  root?: string;
}

export function remarkSlides({ specs, root = process.cwd() }: RemarkSlidesOptions) {
  return (tree: Node, file: { path?: string }) => {
    const at = locate(root, file);

    // Figures of this chapter by id (remark-figures has given every figure one).
    const figures = new Map<string, string>();
    const collect = (node: Node) => {
      if (isJsx(node) && node.name && specs.has(node.name)) {
        const id = attr(node, 'id')?.value;
        if (typeof id === 'string') figures.set(id, node.name);
      }
      node.children?.forEach(collect);
    };
    collect(tree);

    /** The ids of the figures inside a node. */
    const figuresIn = (node: Node): string[] => [
      ...(isJsx(node) && node.name && specs.has(node.name) && typeof attr(node, 'id')?.value === 'string' ? [attr(node, 'id')!.value as string] : []),
      ...(node.children ?? []).flatMap(figuresIn),
    ];

    let slideNumber = 0;
    const visit = (node: Node, slide: Node | null, steps: { n: number }, parent: Node) => {
      if (isJsx(node) && node.name === 'Slide') {
        if (slide) throw new Error(`${at(node)}: a <Slide> cannot sit inside another <Slide> (line ${slide.position?.start.line}).`);
        // The deck keeps only the chapter's top level: a Slide inside <EssayOnly> or a quote would be numbered here
        // and missing there, and every "Present from here" after it would open the wrong slide.
        if (parent !== tree) {
          throw new Error(`${at(node)}: a <Slide> must sit at the top level of the chapter, not inside ${containerName(parent)}${parent.position ? ` (line ${parent.position.start.line})` : ''}.`);
        }
        const title = attr(node, 'title');
        if (!title || typeof title.value !== 'string' || title.value.trim() === '') {
          throw new Error(`${at(node)}: <Slide> needs a title, e.g. <Slide title="One neuron draws a line">.`);
        }
        const layout = attr(node, 'layout');
        if (layout && (typeof layout.value !== 'string' || !(SLIDE_LAYOUTS as readonly string[]).includes(layout.value))) {
          throw new Error(`${at(node)}: <Slide layout> must be one of ${SLIDE_LAYOUTS.map((l) => `"${l}"`).join(', ')} (got ${JSON.stringify(typeof layout.value === 'string' ? layout.value : 'an expression')}).`);
        }
        slideNumber += 1;
        node.attributes = [...(node.attributes ?? []).filter((a) => a.name !== 'slideNumber'), numberAttribute('slideNumber', slideNumber)];
        const inner = { n: 0 };
        node.children?.forEach((child) => visit(child, node, inner, node));
        return;
      }
      // Notes are read in the presenter's panel as text: a figure there would be a dead copy of the slide's.
      if (isJsx(node) && node.name === 'Notes') {
        const inNotes = figuresIn(node);
        if (inNotes.length) throw new Error(`${at(node)}: <Notes> cannot hold a figure (${inNotes.join(', ')}); put the figure on the slide and describe it in the notes.`);
      }
      if (isJsx(node) && (node.name === 'Notes' || node.name === 'Step') && !slide) {
        throw new Error(`${at(node)}: <${node.name}> belongs inside a <Slide>.`);
      }
      // An exercise on a slide is one of its steps: the step that reveals its answer.
      if (isJsx(node) && (node.name === 'Choice' || node.name === 'Answer' || node.name === 'Sketch') && slide) {
        steps.n += 1;
        node.attributes = [...(node.attributes ?? []).filter((a) => a.name !== 'stepNumber'), numberAttribute('stepNumber', steps.n)];
        return;
      }
      if (isJsx(node) && node.name === 'Step') {
        steps.n += 1;
        node.attributes = [...(node.attributes ?? []).filter((a) => a.name !== 'stepNumber'), numberAttribute('stepNumber', steps.n)];
        const target = attr(node, 'figure');
        const state = attr(node, 'state');
        if (target || state) {
          if (typeof target?.value !== 'string') throw new Error(`${at(node)}: <Step state={…}> also needs figure="<figure id>".`);
          const component = figures.get(target.value);
          if (!component) {
            throw new Error(`${at(node)}: <Step figure="${target.value}"> names no figure of this chapter. Figures here: ${[...figures.keys()].join(', ') || '(none)'}.`);
          }
          // A step changes what its slide shows: aimed at a figure on another slide, it would change nothing visible.
          const onSlide = figuresIn(slide!);
          if (!onSlide.includes(target.value)) {
            throw new Error(
              `${at(node)}: <Step figure="${target.value}"> names a figure that is not on this slide, so the step would change nothing the audience sees. Figures on this slide: ${onSlide.join(', ') || '(none)'}; put the figure on the slide, or the step on the figure's slide.`,
            );
          }
          const value = state ? literal(state, `${at(node)}: <Step>`) : {};
          if (value === null || typeof value !== 'object') throw new Error(`${at(node)}: <Step state> must be an object, e.g. state={{ activation: 'relu' }}.`);
          parseStrict(specs.get(component)!.spec, value as Record<string, unknown>, { figure: `${component} (via <Step>)`, source: at(node) });
        }
      }
      node.children?.forEach((child) => visit(child, slide, steps, node));
    };
    tree.children?.forEach((child) => visit(child, null, { n: 0 }, tree));

    // Everything at the top level outside a Slide is essay-only: group consecutive runs into <EssayOnly>.
    const out: Node[] = [];
    let run: Node[] = [];
    const flush = () => {
      if (run.length) out.push({ type: 'mdxJsxFlowElement', name: 'EssayOnly', attributes: [], children: run });
      run = [];
    };
    for (const child of tree.children ?? []) {
      const keep = (isJsx(child) && child.name === 'Slide') || child.type === 'mdxjsEsm' || child.type === 'yaml' || child.type === 'toml';
      if (keep) {
        flush();
        out.push(child);
      } else run.push(child);
    }
    flush();
    tree.children = out;
  };
}
