/**
 * axe-core with WCAG 2.x A/AA rules and best practices; returns violations as readable lines. Shared by the
 * browser tests and the language check (scripts/check-language.ts).
 * Plot drawings are left out: each sits in a role="img" container with a name and a generated description
 * (which axe does check), and walking thousands of SVG nodes made axe take minutes on figure-heavy pages.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .exclude('.bl-ssr')
    .exclude('.bl-layered')
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
  );
}
