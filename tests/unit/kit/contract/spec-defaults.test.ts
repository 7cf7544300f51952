/**
 * Every figure's defaults must pass the same check as an author's props: a default between slider steps would be
 * drawn at build time and then snap to a step once the script reads its slider back.
 */
import { describe, expect, it } from 'vitest';
import { figureFolders, loadSpec } from '../../../../src/figures/folders.ts';
import { defaultsOf, parseStrict } from '../../../../src/figures/kit/contract/spec.ts';

describe('every Spec default', () => {
  for (const folder of figureFolders()) {
    it(`${folder.name}: its defaults parse strictly (in range, on their slider's steps)`, async () => {
      const spec = await loadSpec(folder);
      expect(() => parseStrict(spec, defaultsOf(spec), { figure: folder.component, source: `src/figures/${folder.name}/state.ts` })).not.toThrow();
    });
  }
});
