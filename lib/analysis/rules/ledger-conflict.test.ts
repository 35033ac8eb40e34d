import { describe, expect, it } from 'vitest';
import { analyze } from '../index';

const ctx = (text: string, due: string) => ({
  now: '2026-11-27T09:00:00Z',
  timeZone: 'UTC',
  ledger: [{ text, due }],
});
const found = (text: string, ledgerText: string, due: string): string[] =>
  analyze(text, ctx(ledgerText, due)).findings.map((f) => f.rule);

describe('ledger-conflict', () => {
  it.each([
    ['I will send the revised proposal tomorrow.', 'send revised proposal', '2026-12-14'],
    ['我们会在明天发送报价单。', '发送报价单', '2026-12-14'],
  ])('flags %s', (text, entry, due) => {
    expect(found(text, entry, due)).toContain('ledger-conflict');
  });
  it("reads a bare ledger date as a calendar day in the writer's zone", () => {
    const found = analyze('I will send the revised proposal tomorrow.', {
      now: '2026-11-27T20:00:00Z',
      timeZone: 'America/Los_Angeles',
      ledger: [{ text: 'send revised proposal', due: '2026-11-28' }],
    }).findings.map((f) => f.rule);
    expect(found).not.toContain('ledger-conflict');
  });
  it.each([
    ['I will send the revised proposal tomorrow.', 'send revised proposal', '2026-11-28T17:00:00Z'],
    ['I will send the invoice tomorrow.', 'book the venue', '2026-12-14'],
    ['我们会在明天发送合同。', '安排工程师上门', '2026-12-14'],
  ])('ignores %s', (text, entry, due) => {
    expect(found(text, entry, due)).not.toContain('ledger-conflict');
  });
  it('says the date it was told, never the logged promise (the page can read the finding)', () => {
    const secret = 'send revised proposal with the 30% discount for Dana';
    for (const text of ['I will send the revised proposal tomorrow.', '我们会在明天发送报价单。']) {
      const ledger = [
        { text: secret, due: '2026-12-14' },
        { text: '发送报价单 机密', due: '2026-12-14' },
      ];
      const { findings } = analyze(text, { ...ctx('', ''), ledger });
      const conflict = findings.find((f) => f.rule === 'ledger-conflict');
      expect(conflict).toBeDefined();
      const shown = JSON.stringify(findings);
      expect(shown).not.toMatch(/discount|Dana|机密/);
      expect(conflict!.message).toMatch(/December|12月|14/);
    }
  });
});
