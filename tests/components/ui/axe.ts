import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core on a rendered container and fails with the list of violations. The
 * 'color-contrast' rule is disabled: happy-dom does not compute styles, so axe cannot measure
 * contrast here (the palette in components/styles.css is chosen for WCAG AA; the e2e screenshots
 * are where contrast is reviewed).
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  const violations = result.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(violations, `axe violations:\n${violations.join('\n')}`).toEqual([]);
}
