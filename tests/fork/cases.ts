/**
 * The deliberately broken chapters and datasets of the fork fixture, and what each one's build error must say.
 * `scripts/test-fork.ts` builds tests/fork/course with one of these added (a chapter, or a dataset file) and expects the
 * build to fail with every fragment below in its output: the file (with the line where the checker knows it),
 * the figure or component, the prop, and what is allowed.
 */
export interface BrokenCase {
  /** One line for the test report. */
  name: string;
  /** A file in tests/fork/broken/, copied into the course's chapters/ under the same name. */
  chapter?: string;
  /** A file in tests/fork/broken/datasets/, copied into the course's datasets/ under the same name. */
  dataset?: string;
  /** Every one of these must appear in the failed build's output. */
  expect: string[];
}

export const cases: BrokenCase[] = [
  {
    name: 'unknown figure',
    chapter: '03-unknown-figure.mdx',
    expect: ['03-unknown-figure.mdx:9:', 'unknown component <NeuronLin>.', 'Did you mean <NeuronLine>?', 'Chapters can use: ', 'ActivationGallery'],
  },
  {
    name: 'unknown prop',
    chapter: '03-unknown-prop.mdx',
    expect: ['03-unknown-prop.mdx:9:', '<NeuronLine> has no prop "resiudals".', 'Did you mean "residuals"?', 'Its props are: dataset, w, b, residuals, goal.'],
  },
  {
    name: 'out-of-range prop',
    chapter: '03-out-of-range-prop.mdx',
    expect: ['03-out-of-range-prop.mdx:9:', '<ActivationGallery> prop "z": expected a number from -4 to 4, got 9.'],
  },
  {
    name: 'off-step prop',
    chapter: '03-off-step-prop.mdx',
    // The first bad prop is reported: w, whose nearest steps bracket the value from both sides.
    expect: ['03-off-step-prop.mdx:9:', '<NeuronLine> prop "w": 2.999999 is not on the slider\'s steps of 0.05 from -1; use 2.95 or 3.'],
  },
  {
    name: 'NaN prop',
    chapter: '03-nan-prop.mdx',
    expect: ['03-nan-prop.mdx:9:', '<NeuronLine> prop "w": expected a number from -1 to 3, got NaN.'],
  },
  {
    name: 'off-step value in a step',
    chapter: '03-off-step-step.mdx',
    expect: ['03-off-step-step.mdx:11:', '<NeuronLine (via <Step>)> prop "b": 0.05 is not on the slider\'s steps of 0.1 from -2; use 0 or 0.1.'],
  },
  {
    name: 'bad frontmatter field',
    chapter: '03-bad-frontmatter.mdx',
    // Astro's own schema check: it names the file (no line) and the field, and what type the field needs.
    expect: ['03-bad-frontmatter.mdx', '03-bad-frontmatter data does not match collection schema.', 'order: Expected type `"number"`, received `"string"`'],
  },
  {
    name: 'unknown glossary term',
    chapter: '03-unknown-term.mdx',
    expect: ['03-unknown-term.mdx:7:', '<Term id="wieght"> is not in', 'glossary.json.', 'Did you mean "weight"?'],
  },
  {
    name: 'step naming an unknown figure',
    chapter: '03-unknown-step-figure.mdx',
    expect: ['03-unknown-step-figure.mdx:11:', '<Step figure="fig-unknown-step-figure-2"> names no figure of this chapter.', 'Figures here: fig-unknown-step-figure-1.'],
  },
  {
    name: 'unknown slide layout',
    chapter: '03-unknown-slide-layout.mdx',
    expect: ['03-unknown-slide-layout.mdx:9:', '<Slide layout> must be one of "stack", "split" (got "wide").'],
  },
  {
    name: 'two chapters with one slug',
    chapter: '04-a-forked-line.mdx',
    expect: ['01-a-forked-line.mdx and 04-a-forked-line.mdx would both be /chapters/a-forked-line/'],
  },
  {
    name: 'one figure id in two chapters',
    chapter: '03-shared-figure-id.mdx',
    // The embed page /embed/<id>/ names a figure by its id alone: the build names both places.
    expect: ['01-a-forked-line.mdx:15 and ', '03-shared-figure-id.mdx:9 both give a figure the id "fig-a-forked-line-1"', '/embed/fig-a-forked-line-1/'],
  },
  {
    name: 'slide inside EssayOnly',
    chapter: '03-slide-in-essay-only.mdx',
    expect: ['03-slide-in-essay-only.mdx:11:', 'a <Slide> must sit at the top level of the chapter, not inside <EssayOnly> (line 7).'],
  },
  {
    name: 'slide inside a quote',
    chapter: '03-slide-in-quote.mdx',
    expect: ['03-slide-in-quote.mdx:9:', 'a <Slide> must sit at the top level of the chapter, not inside a quote (>) (line 7).'],
  },
  {
    name: 'figure id taken by a heading',
    chapter: '03-figure-id-heading.mdx',
    expect: ['03-figure-id-heading.mdx:9:', '<NeuronLine> has the id "intro", which the heading "Intro" (line 7) already has'],
  },
  {
    name: 'figure inside notes',
    chapter: '03-figure-in-notes.mdx',
    expect: ['03-figure-in-notes.mdx:11:', '<Notes> cannot hold a figure (fig-figure-in-notes-1)'],
  },
  {
    name: 'unknown dataset',
    chapter: '03-unknown-dataset.mdx',
    expect: ['03-unknown-dataset.mdx:9:', '<NeuronLine> prop "dataset": expected the id of a one-input (x, y) dataset (a file in datasets/): ', '"ice-cream"', 'got "ice-cram". Did you mean "ice-cream"?'],
  },
  {
    name: 'dataset of the wrong kind',
    chapter: '03-classes-dataset.mdx',
    expect: ['03-classes-dataset.mdx:9:', '<NeuronLine> prop "dataset": expected the id of a one-input (x, y) dataset', 'got "moons"'],
  },
  {
    name: 'CSV with a bad cell',
    dataset: 'bad-cell.csv',
    expect: ['datasets/bad-cell.csv:4:2: row 4, column 2: \'abc\' is not a number'],
  },
  {
    name: 'CSV with too few points',
    dataset: 'one-point.csv',
    expect: ['datasets/one-point.csv: needs at least 2 points, found 1'],
  },
  {
    name: 'dataset metadata with an unknown field',
    dataset: 'bad-meta.json',
    expect: ['datasets/bad-meta.json:3: ', 'titel', 'The fields are: title, shortTitle, story'],
  },
  {
    name: 'dataset pattern that is not a formula',
    dataset: 'bad-pattern.json',
    expect: ['datasets/bad-pattern.json:3: pattern "2x + 1": expected an operator between "2" and "x" at column 2; write 2*x'],
  },
  {
    name: 'exercise with no correct option',
    chapter: '03-exercise-no-correct.mdx',
    expect: ['03-exercise-no-correct.mdx:9:', '<Choice> has no correct option; mark the right one <Option correct>.'],
  },
  {
    name: 'exercise with two correct options',
    chapter: '03-exercise-two-correct.mdx',
    expect: ['03-exercise-two-correct.mdx:7:', '<Choice> has 2 correct options (lines 10 and 11); a reader picks one, so mark one.'],
  },
  {
    name: 'exercise whose state its figure refuses',
    chapter: '03-exercise-bad-state.mdx',
    expect: ['03-exercise-bad-state.mdx:9', 'NeuronLine (via <Answer>)', 'prop "w"', 'got 9'],
  },
  {
    name: 'exercise naming no figure of its chapter',
    chapter: '03-exercise-unknown-figure.mdx',
    expect: ['03-exercise-unknown-figure.mdx:9:', '<Answer figure="fig-exercise-unknown-figure-3"> names no figure of this chapter. Figures here: fig-exercise-unknown-figure-1.'],
  },
  {
    name: 'exercise with a hint for the right number',
    chapter: '03-exercise-right-hint.mdx',
    expect: ['03-exercise-right-hint.mdx:7:', '<Answer> has a hint for 3.2, which counts as right (value 3, tolerance 0.5); hints are for wrong numbers.'],
  },
];
