import { describe, expect, it } from 'vitest';
import { analyze } from '../index';

const found = (text: string, flag: string[]): string[] =>
  analyze(text, { now: '2026-11-27T09:00:00Z', settings: { flag } }).findings.map((f) => f.rule);

describe('user-phrase', () => {
  it.each([
    ['It is a piece of cake.', 'piece of cake'],
    ['这是小意思。', '小意思'],
  ])('flags %s', (text, phrase) => {
    expect(found(text, [phrase])).toContain('user-phrase');
  });
  it.each([['It is a piece of cake.', 'walk in the park']])('ignores %s', (text, phrase) => {
    expect(found(text, [phrase])).not.toContain('user-phrase');
  });
});
