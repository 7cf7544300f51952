/**
 * Reads the course's datasets at build time: `content/datasets/<id>.csv` (the numbers, with a header row of
 * column names) and an optional `<id>.json` beside it (title, story, axis labels with units, domains, the
 * pattern formula, source and licence), or a `.json` alone that declares a seeded generator of src/nn.
 * Every mistake fails the build naming the file, and the line and column where they are known:
 *   content/datasets/ice-cream.csv:7:2: row 7, column 2: 'abc' is not a number
 *
 * Which folders are read is the site's business (src/lib/datasets.ts); this file knows only how to read one.
 * Node only (fs).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { datasetNames, datasets as generators } from '../../../nn/index.ts';
import { countColumns, parseTable, type CsvProblem, type CsvSpeech } from '../data/csv.ts';
import { readLocale } from '../../../build/locales.ts';
import { compilePattern, PatternError } from '../data/pattern.ts';
import { sample } from '../compute/sample.ts';
import { roomyDomain } from '../data/domain.ts';
import type { ClassDataset, DatasetRecord, Point, XYDataset } from '../data/dataset.ts';

/** Problems in a course's dataset files are told to its author in English, as the build's other errors are. */
const ENGLISH: CsvSpeech = { words: readLocale('en').data as CsvSpeech['words'], language: 'en' };

export class DatasetError extends Error {
  override name = 'DatasetError';
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const domain = z.tuple([z.number(), z.number()]).refine(([lo, hi]) => lo < hi, 'the first number must be below the second');

const aboutSchema = z
  .object({
    title: z.string().min(1).max(120).optional(),
    shortTitle: z.string().min(1).max(40).optional(),
    story: z.string().max(400).optional(),
    xLabel: z.string().min(1).max(80).optional(),
    yLabel: z.string().min(1).max(80).optional(),
    x1Label: z.string().min(1).max(80).optional(),
    x2Label: z.string().min(1).max(80).optional(),
    xDomain: domain.optional(),
    yDomain: domain.optional(),
    pattern: z.string().min(1).max(200).optional(),
    patternLabel: z.string().min(1).max(120).optional(),
    source: z.string().max(300).optional(),
    licence: z.string().max(80).optional(),
    generate: z
      .object({
        name: z.enum(datasetNames as unknown as [string, ...string[]]),
        options: z.record(z.string(), z.number()).default({}),
      })
      .strict()
      .optional(),
  })
  .strict();
type About = z.infer<typeof aboutSchema>;

/** The 1-based line of a JSON key's first appearance, so a schema problem points into the file. */
function lineOfKey(text: string, key: string | number | undefined): number {
  if (typeof key !== 'string') return 1;
  const at = text.indexOf(`"${key}"`);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

function readAbout(file: string, label: string): About {
  const text = readFileSync(file, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DatasetError(`${label}: not valid JSON (${(error as Error).message}).`);
  }
  const parsed = aboutSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const where = unknownKey ?? (issue.path.join('.') || '(the file)');
    const line = lineOfKey(text, unknownKey ?? (issue.path[0] as string | number | undefined));
    const allowed = unknownKey ? ` The fields are: ${Object.keys(aboutSchema.shape).join(', ')}.` : '';
    throw new DatasetError(`${label}:${line}: ${where}: ${issue.message}.${allowed}`);
  }
  if (parsed.data.pattern) {
    try {
      compilePattern(parsed.data.pattern);
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      throw new DatasetError(`${label}:${lineOfKey(text, 'pattern')}: pattern "${parsed.data.pattern}": ${error.message}.`);
    }
  }
  return parsed.data;
}

function csvError(label: string, problems: CsvProblem[]): DatasetError {
  const lines = problems.map((p) => `${label}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}: ${p.message}`);
  return new DatasetError(lines.join('\n'));
}

interface Table {
  header: string[];
  rows: number[][];
}

function readCsv(file: string, label: string): Table {
  const text = readFileSync(file, 'utf8');
  const columns = countColumns(text);
  if (columns !== 2 && columns !== 3) {
    throw new DatasetError(`${label}:1: the header must name 2 columns (x,y) or 3 (x1,x2,label), found ${columns}.`);
  }
  const result = parseTable(text, { columns, header: 'required', speech: ENGLISH });
  if (!result.ok) throw csvError(label, result.problems);
  const { header, rows, lines } = result.table;
  if (columns === 3) {
    rows.forEach((row, i) => {
      if (row[2] !== 0 && row[2] !== 1) throw new DatasetError(`${label}:${lines[i]}:3: row ${lines[i]}: the label must be 0 or 1, got ${row[2]}.`);
    });
  }
  return { header: header!, rows };
}

function generated(about: About, label: string): Table {
  const { name, options } = about.generate!;
  let set;
  try {
    set = generators[name as keyof typeof generators](options as never);
  } catch (error) {
    throw new DatasetError(`${label}: generate ${name}: ${(error as Error).message}.`);
  }
  const rows: number[][] = [];
  for (let i = 0; i < set.count; i++) {
    rows.push([...Array.from(set.inputs.subarray(i * set.inputSize, (i + 1) * set.inputSize)), set.targets[i]]);
  }
  return { header: set.inputSize === 1 ? ['x', 'y'] : ['x1', 'x2', 'label'], rows };
}

const titleOf = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

/** Where generated numbers come from, when the metadata does not say: the call that makes them. */
function generatorSource(about: About): string {
  if (!about.generate) return '';
  const options = Object.entries(about.generate.options).map(([key, value]) => `${key}: ${value}`).join(', ');
  return `Generated by src/nn: datasets.${about.generate.name}({ ${options} })`;
}

function record(id: string, table: Table, about: About, label: string): DatasetRecord {
  const title = about.title ?? titleOf(id);
  const source = about.source ?? generatorSource(about);
  const common = { id, title, shortTitle: about.shortTitle ?? title, story: about.story ?? '', source, licence: about.licence ?? '' };
  if (table.header.length === 3) {
    for (const key of ['xLabel', 'yLabel', 'xDomain', 'yDomain', 'pattern', 'patternLabel'] as const) {
      if (about[key] !== undefined) throw new DatasetError(`${label}: "${key}" is for one-input datasets; a two-class dataset takes x1Label and x2Label.`);
    }
    const points = table.rows.map(([x1, x2, l]) => ({ x1, x2, label: l as 0 | 1 }));
    return { ...common, shape: 'classes', x1Label: about.x1Label ?? table.header[0], x2Label: about.x2Label ?? table.header[1], points } satisfies ClassDataset;
  }
  for (const key of ['x1Label', 'x2Label'] as const) {
    if (about[key] !== undefined) throw new DatasetError(`${label}: "${key}" is for two-class datasets; a one-input dataset takes xLabel and yLabel.`);
  }
  const points: Point[] = table.rows.map(([x, y]) => ({ x, y }));
  const dataset: XYDataset = {
    ...common,
    shape: 'xy',
    xLabel: `${about.xLabel ?? table.header[0]} →`,
    yLabel: `↑ ${about.yLabel ?? table.header[1]}`,
    xName: table.header[0],
    yName: table.header[1],
    xDomain: about.xDomain ?? roomyDomain(points.map((p) => p.x)),
    yDomain: about.yDomain ?? roomyDomain(points.map((p) => p.y)),
    points,
  };
  if (about.pattern) {
    dataset.pattern = about.pattern;
    dataset.patternLabel = about.patternLabel ?? about.pattern;
    // Drawn from here, so no formula compiler reaches the browser; a formula undefined somewhere leaves a gap.
    dataset.patternCurve = sample(compilePattern(about.pattern), dataset.xDomain, 80).filter(([, y]) => Number.isFinite(y));
  }
  return dataset;
}

/** Every dataset in one folder, by id. `shown` is the folder as messages name it (content/datasets). */
export function readDatasetFolder(folder: string, shown: string): Map<string, DatasetRecord> {
  const found = new Map<string, DatasetRecord>();
  if (!existsSync(folder)) return found;
  const files = readdirSync(folder).filter((name) => /\.(csv|json)$/.test(name));
  for (const id of new Set(files.map((name) => name.replace(/\.(csv|json)$/, '')))) {
    const csv = files.includes(`${id}.csv`) ? `${id}.csv` : undefined;
    const json = files.includes(`${id}.json`) ? `${id}.json` : undefined;
    const label = `${shown}/${csv ?? json}`;
    if (!ID.test(id)) throw new DatasetError(`${label}: a dataset's file name is its id: use lower-case letters, digits and dashes (got "${id}").`);
    const about = json ? readAbout(join(folder, json), `${shown}/${json}`) : {};
    if (csv && about.generate) throw new DatasetError(`${shown}/${json}: "generate" makes the numbers, but ${shown}/${csv} has them too: keep one.`);
    if (!csv && !about.generate) throw new DatasetError(`${label}: no numbers: add ${shown}/${id}.csv (a header row, then one point per line) or a "generate" entry.`);
    const table = csv ? readCsv(join(folder, csv), label) : generated(about, label);
    found.set(id, record(id, table, about, label));
  }
  return found;
}

/** A folder of datasets, and how messages name it. */
export interface DatasetFolder {
  path: string;
  shown: string;
}

/** Every dataset in these folders; a later folder's dataset wins over an earlier one's of the same id. */
export function readDatasets(folders: readonly DatasetFolder[]): DatasetRecord[] {
  const all = new Map<string, DatasetRecord>();
  for (const { path, shown } of folders) for (const [id, dataset] of readDatasetFolder(path, shown)) all.set(id, dataset);
  return [...all.values()];
}
