// A fuzz of the analyzer: seeded random text mixing promises in both languages with emoji, lone
// surrogates, right-to-left and zero-width characters, combining marks, case-changing letters ("İ",
// "ß") and very long tokens. Whatever the input, nothing throws (the unit-test setup rethrows rule
// errors) and every finding, fix and commitment points at exactly the words it names.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import type { AnalysisResult, RuleSettings } from './types';

const NOW = new Date('2026-11-25T10:00:00Z');

/** Mulberry32: a small seeded generator, so a failing case is reproducible from its seed. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'We guarantee delivery by Monday.',
  "I'll send you the draft soon",
  'It will definitely be done tomorrow',
  '我们保证明天完成。',
  '报价单我周四下午发您',
  '我们会尽快处理',
  '绝对没问题',
  '100%',
  ' ',
  '\n',
  '. ',
  '。',
  '😀',
  '👩🏽‍💻',
  '\uD83D', // a lone high surrogate
  '\uDE00', // a lone low surrogate
  '\u200B', // zero-width space
  '\u200D', // zero-width joiner
  '\uFEFF', // byte-order mark
  '\u200F', // right-to-left mark
  '\u202E', // right-to-left override
  'سنرسل لك العقد غدا',
  'נשלח את החוזה מחר',
  'İSTANBUL İstanbul',
  'Straße',
  'e\u0301', // combining acute
  'ﬁnal', // a ligature whose case mapping is longer
  'by Friday',
  'next week',
  '下周五',
  'More to follow.',
];

function randomText(next: () => number): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(next() * 40);
  for (let i = 0; i < n; i++) {
    const r = next();
    if (r < 0.05) {
      // A very long token, sometimes of astral characters.
      const unit = next() < 0.5 ? 'x' : '𝒳';
      parts.push(unit.repeat(500 + Math.floor(next() * 5000)));
    } else if (r < 0.2) {
      // Any code unit at all, surrogates included.
      parts.push(String.fromCharCode(Math.floor(next() * 0x10000)));
    } else {
      parts.push(PIECES[Math.floor(next() * PIECES.length)]!);
    }
  }
  return parts.join(next() < 0.5 ? ' ' : '');
}

function assertOffsets(text: string, result: AnalysisResult): void {
  for (const f of result.findings) {
    expect(0 <= f.start && f.start < f.end && f.end <= text.length, `finding ${f.rule}`).toBe(true);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    for (const fix of f.fixes) expect(typeof fix.replacement).toBe('string');
  }
  for (const c of result.commitments) {
    expect(0 <= c.start && c.start < c.end && c.end <= text.length, 'commitment').toBe(true);
    expect(text.slice(c.start, c.end)).toBe(c.text);
  }
}

describe('analyzer fuzz', () => {
  const SEED = 20261129;
  const RUNS = 300;
  const settings: RuleSettings = { flag: ['istanbul', 'straße', 'ﬁnal'], allow: ['İstanbul'] };

  it(`keeps every offset true on ${RUNS} random texts (seed ${SEED})`, () => {
    const next = generator(SEED);
    const analyzer = createAnalyzer({ cacheSize: 0 });
    for (let run = 0; run < RUNS; run++) {
      const text = randomText(next);
      const lang = (['auto', 'en', 'zh'] as const)[run % 3];
      let result: AnalysisResult;
      try {
        result = analyzer.analyze(text, { now: NOW, lang, settings });
      } catch (error) {
        throw new Error(
          `run ${run} (seed ${SEED}) threw on ${JSON.stringify(text.slice(0, 200))}: ${error}`,
          { cause: error },
        );
      }
      assertOffsets(text, result);
    }
  });

  it('finds user phrases after characters whose lower case is longer', () => {
    const text = 'İİİ We can do it, piece of cake.';
    const result = createAnalyzer().analyze(text, {
      now: NOW,
      settings: { flag: ['Piece of Cake'] },
    });
    const found = result.findings.find((f) => f.rule === 'user-phrase');
    expect(found?.text).toBe('piece of cake');
    assertOffsets(text, result);
  });

  it('applies the allow list at the right place after such characters', () => {
    const text = `${'İ'.repeat(20)} We guarantee delivery by Monday.`;
    const allowed = createAnalyzer().analyze(text, {
      now: NOW,
      settings: { allow: ['WE GUARANTEE'] },
    });
    expect(allowed.findings.map((f) => f.rule)).not.toContain('overpromise-guarantee');
    // An allowed phrase elsewhere does not hide the finding.
    const elsewhere = createAnalyzer().analyze(`${text} İİ`, {
      now: NOW,
      settings: { allow: ['İİ'] },
    });
    expect(elsewhere.findings.map((f) => f.rule)).toContain('overpromise-guarantee');
  });
});
