// The rule contract: every rule file is registered, documented (description, README row), tested
// (a phrase table and, when it offers fixes, a fix-result table in each language it covers), and its
// examples hold when run through the analyzer the product uses.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { detectLang } from '../sentence/lang';
import type { Finding, Rule, RuleExample } from '../types';
import { rules } from './index';

const dir = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir);
const readme = readFileSync(resolve(dir, '../../../README.md'), 'utf8');
const rulesTable = readme.split('## Analysis rules')[1]?.split('\n## ')[0] ?? '';
const ruleFiles = files
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));

const analyzer = createAnalyzer();
const textOf = (e: RuleExample): string => (typeof e === 'string' ? e : e.text);
const run = (e: RuleExample): Finding[] =>
  analyzer.analyze(textOf(e), {
    now: '2026-11-27T09:00:00Z',
    timeZone: 'UTC',
    ...(typeof e === 'string' ? {} : { ledger: e.ledger, settings: e.settings }),
  }).findings;
const examples = (key: 'flags' | 'ignores') =>
  rules.flatMap((r) => r.examples[key].map((e) => [r.id, textOf(e), r, e] as const));
const byId = (rule: Rule) => [rule.id, rule] as const;

describe('rule registry', () => {
  it.each(ruleFiles)('%s is registered under its file name', (id) => {
    expect(rules.map((r) => r.id)).toContain(id);
  });
  it.each(ruleFiles)('%s has a test file', (id) => {
    expect(files).toContain(`${id}.test.ts`);
  });
  it.each(rules.map(byId))('%s has a description and examples', (_id, rule) => {
    expect(rule.description.length).toBeGreaterThan(20);
    expect(rule.examples.flags.length).toBeGreaterThan(0);
    expect(rule.examples.ignores.length).toBeGreaterThan(0);
  });
  it.each(rules.map(byId))('%s declares cues per language, each a stateless regex', (_id, rule) => {
    for (const [lang, cue] of Object.entries(rule.cues)) {
      expect(['en', 'zh']).toContain(lang);
      // A global or sticky regex keeps its place between calls: `test` would skip sentences.
      expect(cue.flags).not.toMatch(/[gy]/);
    }
  });
  it.each(rules.map((r) => [r.id] as const))('%s has a row in the README rules table', (id) => {
    expect(rulesTable).toMatch(new RegExp(`^\\|\\s*\`${id}\``, 'm'));
  });
});

describe('rule examples, through the analyzer', () => {
  it.each(examples('flags'))('%s flags %s', (id, _text, _rule, example) => {
    expect(run(example).map((f) => f.rule)).toContain(id);
  });
  it.each(examples('ignores'))('%s ignores %s', (id, _text, _rule, example) => {
    expect(run(example).map((f) => f.rule)).not.toContain(id);
  });
  it.each(examples('flags').filter(([, , rule]) => Object.keys(rule.cues).length > 0))(
    "%s's own cues cover its example %s",
    (_id, text, rule) => {
      expect(rule.cues[detectLang(text)]?.test(text)).toBe(true);
    },
  );
});

describe('fix-result tables', () => {
  const offersFixes = (rule: Rule) =>
    rule.examples.flags.some((e) => run(e).some((f) => f.rule === rule.id && f.fixes.length > 0));
  it.each(rules.filter(offersFixes).map(byId))(
    '%s has a fix-result table in each language it covers',
    (id, rule) => {
      expect(files).toContain(`${id}.fixes.test.ts`);
      const table = readFileSync(resolve(dir, `${id}.fixes.test.ts`), 'utf8');
      // A row starts with its input: "['We guarantee…'" or "['保证…'".
      if (rule.cues.en) expect(table).toMatch(/\[\s*(['"`])[^\u4e00-\u9fff\n]*?\1,/);
      if (rule.cues.zh) expect(table).toMatch(/\[\s*(['"`])[\u4e00-\u9fff]/);
    },
  );
});
