/**
 * Datasets as content: what a course author's files become, and how each mistake is named (file, line, column).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { datasets } from '../../../../src/nn/index.ts';
import { readDatasetFolder, readDatasets } from '../../../../src/figures/kit/server/datasets.ts';
import { courseDatasets } from '../../../../src/lib/datasets.ts';
import type { ClassDataset, XYDataset } from '../../../../src/figures/kit/data/dataset.ts';

let folder = '';
afterEach(() => folder && rmSync(folder, { recursive: true, force: true }));

function course(files: Record<string, string>): string {
  folder = mkdtempSync(join(tmpdir(), 'bl-datasets-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}
const read = (files: Record<string, string>) => readDatasetFolder(course(files), 'content/datasets');

describe('a CSV alone is a dataset', () => {
  it('takes its id from the file, its labels from the header, and room around the data for its axes', () => {
    const set = read({ 'ice-cream.csv': 'temperature,sales\n14,2.15\n25,6.14\n18,4.06\n' }).get('ice-cream') as XYDataset;
    expect(set).toMatchObject({ id: 'ice-cream', shape: 'xy', title: 'Ice cream', xName: 'temperature', yName: 'sales', xLabel: 'temperature →', yLabel: '↑ sales' });
    expect(set.points).toEqual([{ x: 14, y: 2.15 }, { x: 25, y: 6.14 }, { x: 18, y: 4.06 }]);
    expect(set.xDomain[0]).toBeLessThan(14);
    expect(set.xDomain[1]).toBeGreaterThan(25);
    expect(set.yDomain[0]).toBeLessThan(2.15);
    expect(set.yDomain[1]).toBeGreaterThan(6.14);
  });

  it('reads three columns as two classes', () => {
    const set = read({ 'dots.csv': 'x1,x2,label\n0,0,0\n1,1,1\n' }).get('dots') as ClassDataset;
    expect(set.shape).toBe('classes');
    expect(set.points).toEqual([{ x1: 0, x2: 0, label: 0 }, { x1: 1, x2: 1, label: 1 }]);
  });
});

describe('metadata beside it', () => {
  it('gives the title, labels, domains and a pattern drawn at build time', () => {
    const set = read({
      'a.csv': 'x,y\n0,1\n1,3\n',
      'a.json': JSON.stringify({ title: 'A line', xLabel: 'Hours', yLabel: 'Score', xDomain: [0, 2], yDomain: [0, 5], pattern: '2*x + 1', source: 'made up', licence: 'CC0' }),
    }).get('a') as XYDataset;
    expect(set).toMatchObject({ title: 'A line', shortTitle: 'A line', xLabel: 'Hours →', yLabel: '↑ Score', xDomain: [0, 2], yDomain: [0, 5], source: 'made up', licence: 'CC0' });
    expect(set.patternCurve).toHaveLength(80);
    expect(set.patternCurve![79]).toEqual([2, 5]);
  });

  it('declares a generated dataset, whose numbers are exactly src/nn’s', () => {
    const set = read({ 'wave.json': JSON.stringify({ generate: { name: 'sine', options: { count: 10, noise: 0.1, seed: 4 } } }) }).get('wave') as XYDataset;
    const made = datasets.sine({ count: 10, noise: 0.1, seed: 4 });
    expect(set.points).toEqual(Array.from(made.inputs, (x, i) => ({ x, y: made.targets[i] })));
  });
});

describe('mistakes fail naming file, line and column', () => {
  it.each([
    ['a bad cell', { 'b.csv': 'x,y\n1,2\n2,abc\n' }, "content/datasets/b.csv:3:2: row 3, column 2: 'abc' is not a number"],
    ['too few points', { 'b.csv': 'x,y\n1,2\n' }, 'content/datasets/b.csv: needs at least 2 points, found 1'],
    ['no header', { 'b.csv': '1,2\n2,3\n' }, 'content/datasets/b.csv:1'],
    ['a class label that is not 0 or 1', { 'b.csv': 'x1,x2,label\n0,0,0\n1,1,2\n' }, 'content/datasets/b.csv:3:3: row 3: the label must be 0 or 1, got 2.'],
    ['four columns', { 'b.csv': 'a,b,c,d\n1,2,3,4\n5,6,7,8\n' }, 'content/datasets/b.csv:1: the header must name 2 columns (x,y) or 3 (x1,x2,label), found 4.'],
    ['an unknown metadata field', { 'b.csv': 'x,y\n1,2\n2,3\n', 'b.json': '{\n  "title": "B",\n  "titel": "oops"\n}' }, 'content/datasets/b.json:3: '],
    ['a domain the wrong way round', { 'b.csv': 'x,y\n1,2\n2,3\n', 'b.json': '{\n  "xDomain": [5, 1]\n}' }, 'content/datasets/b.json:2: xDomain: the first number must be below the second.'],
    ['a formula that is not one', { 'b.csv': 'x,y\n1,2\n2,3\n', 'b.json': '{\n  "pattern": "2x"\n}' }, 'content/datasets/b.json:2: pattern "2x": expected an operator between "2" and "x" at column 2; write 2*x.'],
    ['numbers twice', { 'b.csv': 'x,y\n1,2\n2,3\n', 'b.json': '{ "generate": { "name": "u" } }' }, 'keep one'],
    ['no numbers', { 'b.json': '{ "title": "B" }' }, 'content/datasets/b.json: no numbers: add content/datasets/b.csv'],
    ['an unknown generator', { 'b.json': '{ "generate": { "name": "spiralz" } }' }, 'content/datasets/b.json:1: generate.name'],
    ['a bad file name', { 'Big Set.csv': 'x,y\n1,2\n2,3\n' }, 'use lower-case letters, digits and dashes (got "Big Set")'],
    ['labels of the other kind', { 'b.csv': 'x1,x2,label\n0,0,0\n1,1,1\n', 'b.json': '{ "xLabel": "x" }' }, '"xLabel" is for one-input datasets'],
  ])('%s', (_name, files, message) => {
    expect(() => read(files as Record<string, string>)).toThrow(message);
  });
});

describe('folders', () => {
  it('a later folder’s dataset wins over an earlier one’s of the same id', () => {
    const first = course({ 'a.csv': 'x,y\n1,2\n2,3\n' });
    const second = mkdtempSync(join(tmpdir(), 'bl-datasets-'));
    writeFileSync(join(second, 'a.csv'), 'x,y\n5,6\n7,8\n');
    const [only] = readDatasets([{ path: first, shown: 'one' }, { path: second, shown: 'two' }]);
    expect((only as XYDataset).points[0]).toEqual({ x: 5, y: 6 });
    rmSync(second, { recursive: true, force: true });
  });

  it('the essay’s own folder holds the datasets every figure offers', () => {
    const ids = courseDatasets().map((d) => d.id);
    for (const id of ['study-hours', 'sleep-alertness', 'u', 'v', 'sine', 'plateau', 'sine-2x', 'u-40', 'circle', 'moons', 'xor']) expect(ids).toContain(id);
  });
});
