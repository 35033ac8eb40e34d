// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D" }
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/unit/sites/load-fixture';
import { extractText } from '../../dom/text-map';
import { isSkip } from '../types';
import { outlookAdapter } from './index';

describe('outlook adapter (test/fixtures/outlook/outlook-reply-2026-11.html)', () => {
  it('finds the hydrated inline reply: recipients from the To and Cc wells, subject, Send', async () => {
    await loadFixture('outlook/outlook-reply-2026-11.html', 350);
    const bodies = document.querySelectorAll(outlookAdapter.bodySelector);
    expect(bodies).toHaveLength(1);
    const composer = outlookAdapter.toComposer(bodies[0]!);
    if (isSkip(composer)) throw new Error(composer.reason);
    expect(composer.root.getAttribute('data-app-section')).toBe('Form_Content');
    expect(composer.recipients()).toEqual([
      { address: 'dana@acme.example', name: 'Dana Reyes' },
      { address: 'lee.park@acme.example', name: 'Lee Park' },
    ]);
    expect(composer.subject()).toBe('RE: Dashboard rollout');
    expect(composer.sendButton()?.textContent).toBe('Send');
    expect(composer.threadId()).toBe('outlook:AAQkAGI2TG93AAA%3D');
  });

  it('leaves the signature and quoted history out of the analysed text', async () => {
    await loadFixture('outlook/outlook-reply-2026-11.html', 350);
    const composer = outlookAdapter.toComposer(
      document.querySelector(outlookAdapter.bodySelector)!,
    );
    if (isSkip(composer)) throw new Error(composer.reason);
    const text = extractText(composer.body, { exclude: composer.excluded }).text;
    expect(text).toContain('Thanks for your patience.');
    expect(text).not.toContain('quoted');
    expect(text).not.toContain('Kept Consulting');
  });

  it('reads the reading pane participants without the signed-in user', async () => {
    await loadFixture('outlook/outlook-reply-2026-11.html');
    const pane = document.querySelector(outlookAdapter.threadSelector!)!;
    const thread = outlookAdapter.toThread!(pane);
    if (isSkip(thread)) throw new Error(thread.reason);
    expect(thread.participants().map((p) => p.address)).toContain('dana@acme.example');
    expect(thread.participants().map((p) => p.address)).not.toContain('sam@kept.example');
    expect(thread.subject()).toBe('Dashboard rollout');
  });

  it('finds the pop-out new message with a typed, unresolved address', async () => {
    await loadFixture('outlook/outlook-compose-2026-11.html');
    const composer = outlookAdapter.toComposer(
      document.querySelector(outlookAdapter.bodySelector)!,
    );
    if (isSkip(composer)) throw new Error(composer.reason);
    expect(composer.recipients()).toEqual([{ address: 'lee.park@acme.example' }]);
    expect(composer.subject()).toBe('Rollout plan');
    expect(composer.sendButton()?.textContent).toBe('Send');
  });
});
