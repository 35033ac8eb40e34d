// Every rule file is registered, has a test beside it and a description. The README rules table check
// is still to come (README belongs to the lead): add it here when the table exists.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from './index';

const dir = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir);
const ruleFiles = files
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('rule registry', () => {
  it.each(ruleFiles)('%s is registered under its file name', (id) => {
    expect(rules.map((r) => r.id)).toContain(id);
  });
  it.each(ruleFiles)('%s has a test file', (id) => {
    expect(files).toContain(`${id}.test.ts`);
  });
  it.each(rules.map((r) => [r.id, r] as const))(
    '%s has a description and examples',
    (_id, rule) => {
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.examples.flags.length).toBeGreaterThan(0);
      expect(rule.examples.ignores.length).toBeGreaterThan(0);
    },
  );
});
