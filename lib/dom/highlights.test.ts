import { describe, expect, it } from 'vitest';
import { highlightName } from './highlights';

describe('highlightName', () => {
  it.each([
    ['overpromise', undefined, 'kept-overpromise'],
    ['overpromise', 'warning', 'kept-overpromise'],
    ['overpromise', 'error', 'kept-overpromise-error'],
    ['missing-date', 'info', 'kept-missing-date-info'],
    ['something-new', 'error', 'kept-other-error'],
    ['overpromise', 'loud', 'kept-overpromise'],
  ])('%s at %s → %s', (kind, severity, name) => {
    expect(highlightName(kind, severity)).toBe(name);
  });
});

describe('underline styles', () => {
  it('take their colour from the severity, whatever the kind', async () => {
    // The rules are built once; read them through a sheet the way the page would.
    const sheets: { text: string }[] = [];
    class FakeSheet {
      replaceSync(text: string) {
        sheets.push({ text });
      }
    }
    const target = {
      adoptedStyleSheets: [] as unknown[],
      ownerDocument: null,
    } as unknown as Document;
    Object.assign(target, { defaultView: { CSSStyleSheet: FakeSheet } });
    const restore = { CSS: globalThis.CSS, Highlight: globalThis.Highlight };
    Object.assign(globalThis, { CSS: { highlights: new Map() }, Highlight: class {} });
    try {
      const { installHighlightStyles } = await import('./highlights');
      installHighlightStyles(target);
    } finally {
      Object.assign(globalThis, restore);
    }
    const rule = (name: string) =>
      sheets[0]!.text.split('\n').find((r) => r.startsWith(`::highlight(${name})`));
    expect(rule('kept-overpromise-error')).toContain('wavy #d93025');
    expect(rule('kept-past-date-error')).toContain('wavy #d93025');
    expect(rule('kept-overpromise')).toContain('wavy #e37400');
    expect(rule('kept-ledger-conflict')).toContain('wavy #e37400');
    expect(rule('kept-vague-date-info')).toContain('dotted #1a73e8');
  });
});
