// Every rule file is registered, has a test beside it, a description and a row in the README's rules table.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from './index';

const dir = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir);
const readme = readFileSync(resolve(dir, '../../../README.md'), 'utf8');
const rulesTable = readme.split('## Analysis rules')[1]?.split('\n## ')[0] ?? '';
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
  it.each(rules.map((r) => [r.id] as const))('%s has a row in the README rules table', (id) => {
    expect(rulesTable).toMatch(new RegExp(`^\\|\\s*\`${id}\``, 'm'));
  });
});
