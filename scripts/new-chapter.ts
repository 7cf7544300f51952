/**
 * `npm run new-chapter -- "Gradient Tricks"`: creates content/chapters/NN-gradient-tricks.mdx with valid
 * frontmatter, the next order number, one Slide with Notes, and a comment listing every figure (read from
 * the figure folders) with an example of each. The site builds right after. Honours CONTENT_DIR.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { exampleTag } from '../src/figures/kit/contract/spec.ts';
import { figureFolders, loadSpec } from '../src/figures/folders.ts';
import { contentPath } from '../src/lib/content-dir.ts';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Usage: npm run new-chapter -- "Chapter title"');
  process.exit(2);
}
const slug = title
  .toLowerCase()
  .normalize('NFKD')
  .replace(/[\u0300-\u036f]/g, '')
  .replace(/[^a-z0-9]+/g, '-')
  .replace(/^-|-$/g, '');
if (!slug) {
  console.error(`"${title}" has no letters or digits to make a file name from.`);
  process.exit(2);
}

const dir = contentPath('chapters');
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
if (files.some((f) => f.replace(/^\d+-/, '') === `${slug}.mdx`)) {
  console.error(`A chapter with the slug "${slug}" already exists in ${dir}.`);
  process.exit(1);
}
const orders = files.map((f) => Number(/^order:\s*(\d+)/m.exec(readFileSync(`${dir}/${f}`, 'utf8'))?.[1] ?? 0));
const order = Math.max(0, ...orders) + 1;
const file = `${dir}/${String(order).padStart(2, '0')}-${slug}.mdx`;

/** One example line per figure, from its Spec's defaults (the first few reader props). */
async function figureExamples(): Promise<string[]> {
  const lines: string[] = [];
  for (const folder of figureFolders()) lines.push(`  ${exampleTag(folder.component, await loadSpec(folder))}`);
  return lines;
}

const body = `---
title: ${JSON.stringify(title)}
order: ${order}
summary: One or two sentences that say what a reader will learn here.
duration: 5
---

{/*
  Figures you can use (no import needed). Every prop is optional; the catalog at /figures/ lists them all
  with their ranges. A misspelt prop or a value out of range stops the build with this file and line.
${(await figureExamples()).join('\n')}
  Also: <Term id="weight">weights</Term> (ids in ${contentPath('glossary.json')}), <TryThis>…</TryThis>, <Recap>…</Recap>.
  Your own data: put my-data.csv (a header row, then x,y per line) in ${contentPath('datasets')}/ and write
  <NeuronLine dataset="my-data" />; docs/AUTHORING.md ("Your own data") shows the optional my-data.json beside it.
  Content outside a <Slide> appears in the essay only; content inside appears in the essay and the deck.
  An exercise, placed before what answers it (docs/AUTHORING.md, "Exercises"):
    <Choice>
    The question.

    <Option hint="Why someone might pick this, and what to look at.">A wrong answer</Option>
    <Option correct explain="Why this is right.">The right answer</Option>
    </Choice>
  or <Answer value={3} unit="bends" hints={{ 0: 'what to say to someone who answers 0' }}>The question.</Answer>
*/}

Write the opening paragraph here.

<Slide title=${JSON.stringify(title)}>

One idea, in a few words.

<Notes>What the presenter says, and what to do with the figure.</Notes>
</Slide>
`;

writeFileSync(file, body);
console.log(`Created ${file} (order ${order}). Run npm run dev and open /chapters/${slug}/.`);
