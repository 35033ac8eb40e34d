import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/analysis/index';
import { parseArgs, type CheckOptions } from '../../../lib/analysis/cli/args';
import { lineCol, runCheck } from '../../../lib/analysis/cli/run';

function run(argv: string[], files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const options = parseArgs(argv) as CheckOptions;
  const code = runCheck(options, createAnalyzer(), {
    read: (name) => {
      if (!(name in files)) throw new Error('ENOENT');
      return files[name]!;
    },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => new Date('2026-11-27T09:00:00Z'),
  });
  return { code, out, err };
}

describe('check CLI', () => {
  it('prints file:line:col severity rule message and exits 1 on a warning', () => {
    const r = run(['a.txt'], { 'a.txt': 'Hello.\nWe guarantee delivery by Monday.' });
    expect(r.out[0]).toMatch(/^a\.txt:2:1 warning overpromise-guarantee /);
    expect(r.code).toBe(1);
  });
  it('exits 0 when nothing reaches --fail-on', () => {
    expect(run(['--fail-on', 'error', 'a.txt'], { 'a.txt': 'We guarantee it.' }).code).toBe(0);
  });
  it('writes one JSON line per --jsonl input, in order, and names bad lines', () => {
    const input =
      '{"id":"1","text":"I will call you tomorrow."}\nnot json\n{"id":"2","text":"Hi"}\n';
    const r = run(['--jsonl', 'in.jsonl'], { 'in.jsonl': input });
    expect(r.out.map((l) => JSON.parse(l).id)).toEqual(['1', '2']);
    expect(r.err[0]).toContain('in.jsonl:2');
    expect(r.code).toBe(2);
  });
  it('reports an unreadable file and still checks the others', () => {
    const r = run(['missing.txt', 'b.txt'], { 'b.txt': 'I promise it works.' });
    expect(r.err[0]).toContain('missing.txt');
    expect(r.out.length).toBeGreaterThan(0);
  });
  it('rejects bad options', () => {
    expect(parseArgs(['--lang', 'fr'])).toHaveProperty('error');
    expect(parseArgs(['--now', 'yesterday-ish'])).toHaveProperty('error');
  });
  it('computes 1-based lines and columns', () => {
    expect(lineCol('ab\ncd', 4)).toEqual({ line: 2, col: 2 });
  });
});
