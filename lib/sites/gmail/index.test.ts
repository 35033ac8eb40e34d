// @vitest-environment jsdom
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSkip } from '../types';
import { gmailAdapter } from './index';

const REAL = resolve('../shared/fixtures/gmail/gmail-compose-2020-10.html');
const OWN = resolve('test/fixtures/gmail/gmail-compose-2026-11.html');

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
}

describe('gmail adapter: compose bodies', () => {
  it.skipIf(!existsSync(REAL))('finds the body of the real 2020 compose window', () => {
    const doc = load(REAL);
    const bodies = [...doc.querySelectorAll(gmailAdapter.bodySelector)];
    expect(bodies).toHaveLength(1);
    const composer = gmailAdapter.toComposer(bodies[0]!);
    expect(isSkip(composer)).toBe(false);
  });

  it('finds the body of our 2026 compose window with German labels', () => {
    const doc = load(OWN);
    const bodies = [...doc.querySelectorAll(gmailAdapter.bodySelector)];
    expect(bodies).toHaveLength(1);
    const composer = gmailAdapter.toComposer(bodies[0]!);
    if (isSkip(composer)) throw new Error(composer.reason);
    expect(composer.root.matches('div.M9, [role="dialog"]')).toBe(true);
  });

  it('explains why it skips an editable outside any compose container', () => {
    document.body.innerHTML =
      '<div role="textbox" g_editable="true" contenteditable="true">stray</div>';
    const result = gmailAdapter.toComposer(document.querySelector(gmailAdapter.bodySelector)!);
    expect(isSkip(result) && result.reason).toMatch(/not inside a known compose container/);
  });
});

if (!existsSync(REAL))
  console.warn(`[unit] skipped the real Gmail compose test: ${REAL} is absent.`);
