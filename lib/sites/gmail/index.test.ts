// @vitest-environment jsdom
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../dom/text-map';
import { isSkip, type Composer, type ThreadView } from '../types';
import { gmailAdapter } from './index';

const REAL = resolve('../shared/fixtures/gmail/gmail-compose-2020-10.html');
const own = (name: string) => resolve('test/fixtures/gmail', name);

function load(file: string): Document {
  const doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
  document.documentElement.replaceWith(document.adoptNode(doc.documentElement));
  return document;
}

function composers(doc: Document): Composer[] {
  return [...doc.querySelectorAll(gmailAdapter.bodySelector)].map((body) => {
    const composer = gmailAdapter.toComposer(body);
    if (isSkip(composer)) throw new Error(composer.reason);
    return composer;
  });
}

function thread(doc: Document): ThreadView {
  const view = gmailAdapter.toThread!(doc.querySelector(gmailAdapter.threadSelector!)!);
  if (isSkip(view)) throw new Error(view.reason);
  return view;
}

describe('gmail adapter: compose', () => {
  it.skipIf(!existsSync(REAL))('reads the real 2020 compose window (classic recipients)', () => {
    const doc = load(REAL);
    const [composer] = composers(doc);
    expect(composers(doc)).toHaveLength(1);
    expect(composer!.sendButton()?.classList.contains('aoO')).toBe(true);
    doc.querySelector<HTMLTextAreaElement>('textarea[name="to"]')!.value =
      'Dana Reyes <Dana@Acme.example>, lee@acme.example';
    expect(composer!.recipients()).toEqual([
      { address: 'dana@acme.example' },
      { address: 'lee@acme.example' },
    ]);
    expect(composer!.threadId()).toMatch(/^#thread-a:/);
  });

  it('reads classic hidden recipient inputs', () => {
    document.body.innerHTML = `<div class="M9"><div class="vR"><input type="hidden" name="to" value='"Dana Reyes" <dana@acme.example>'></div>
      <div class="vR"><input type="hidden" name="cc" value="lee@acme.example"></div>
      <div role="textbox" g_editable="true" contenteditable="true"></div></div>`;
    const [composer] = composers(document);
    expect(composer!.recipients()).toEqual([
      { address: 'dana@acme.example', name: 'Dana Reyes' },
      { address: 'lee@acme.example' },
    ]);
    expect(composer!.sendButton()).toBeNull();
  });

  it('reads the 2026 compose window with chips and German labels', () => {
    const [composer] = composers(load(own('gmail-compose-2026-11.html')));
    expect(composer!.root.matches('div.M9')).toBe(true);
    expect(composer!.recipients()).toEqual([
      { address: 'dana@acme.example', name: 'Dana Reyes' },
      { address: 'lee.park@acme.example', name: 'Lee Park' },
    ]);
    expect(composer!.subject()).toBe('Dashboard-Rollout');
    expect(composer!.sendButton()?.textContent).toBe('Senden');
    const text = extractText(composer!.body, { exclude: composer!.excluded }).text;
    expect(text).toBe(
      'Hallo Dana,\n\nthanks for the call today. We guarantee the new dashboard will be live by tomorrow.\n\n',
    );
  });

  it('reads the pop-out compose (div.AD) with To and Cc chips', () => {
    const [composer] = composers(load(own('gmail-popout-2026-11.html')));
    expect(composer!.root.matches('div.AD')).toBe(true);
    expect(composer!.recipients().map((p) => p.address)).toEqual([
      'wang.fang@globex.example',
      'chris.lo@gmail.com',
    ]);
    expect(composer!.subject()).toBe('发票问题');
    expect(composer!.sendButton()?.textContent).toBe('发送');
  });

  it('reads the inline reply and leaves out the quote, trimmed content and signature', () => {
    const [composer] = composers(load(own('gmail-thread-2026-11.html')));
    expect(composer!.root.matches('div.nr')).toBe(true);
    expect(composer!.subject()).toBe('Re: Dashboard rollout');
    expect(composer!.threadId()).toBe('#thread-f:1790012345678901234');
    const text = extractText(composer!.body, { exclude: composer!.excluded }).text;
    expect(text).not.toMatch(/guarantee|definitely|Sam|wrote/);
    expect(text).toContain('Thanks for the date.');
  });

  it('explains why it skips an editable outside any compose container', () => {
    document.body.innerHTML =
      '<div role="textbox" g_editable="true" contenteditable="true">stray</div>';
    const result = gmailAdapter.toComposer(document.querySelector(gmailAdapter.bodySelector)!);
    expect(isSkip(result) && result.reason).toMatch(/not inside a known compose container/);
  });
});

describe('gmail adapter: thread', () => {
  it('finds the subject, thread id and participants without the user', () => {
    const view = thread(load(own('gmail-thread-2026-11.html')));
    expect(view.subject()).toBe('Dashboard rollout');
    expect(view.threadId()).toBe('thread-f:1790012345678901234');
    expect(view.participants()).toEqual([
      { address: 'dana@acme.example', name: 'Dana Reyes' },
      { address: 'lee.park@acme.example', name: 'Lee Park' },
    ]);
  });
});

if (!existsSync(REAL))
  console.warn(`[unit] skipped the real Gmail compose test: ${REAL} is absent.`);
