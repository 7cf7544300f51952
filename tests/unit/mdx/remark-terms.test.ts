import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { remarkTerms } from '../../../src/mdx/remark-terms.ts';

const terms = { glossary: 'tests/fork/course/glossary.json', label: 'tests/fork/course/glossary.json', root: '/repo' };

async function build(source: string, path = '/repo/content/chapters/03-demo.mdx') {
  return String(await compile({ value: source, path }, { remarkPlugins: [[remarkTerms, terms]] }));
}

describe('remarkTerms', () => {
  it('accepts glossary ids and leaves the chapter as it was', async () => {
    expect(await build('A <Term id="weight">weight</Term>.')).toContain('"weight"');
  });
  it('fails on an unknown id, naming file, line, the glossary and the nearest id', async () => {
    await expect(build('Intro\n\nA <Term id="wieght">weight</Term>.')).rejects.toThrow(
      'content/chapters/03-demo.mdx:3: <Term id="wieght"> is not in tests/fork/course/glossary.json. Did you mean "weight"?',
    );
  });
  it('fails on a Term without an id', async () => {
    await expect(build('A <Term>weight</Term>.')).rejects.toThrow('content/chapters/03-demo.mdx:1: <Term> needs an id');
  });
});
