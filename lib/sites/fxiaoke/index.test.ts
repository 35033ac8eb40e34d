// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/AccountObj/65a1b2c3d4" }
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/unit/sites/load-fixture';
import { isSkip } from '../types';
import { fxiaokeAdapter } from './index';

describe('fxiaoke adapter (test/fixtures/fxiaoke/fxiaoke-customer-2026-11.html)', () => {
  it('finds the 销售记录 textarea with its 发布 control', async () => {
    await loadFixture('fxiaoke/fxiaoke-customer-2026-11.html');
    const composer = fxiaokeAdapter.toComposer(document.querySelector('textarea')!);
    if (isSkip(composer)) throw new Error(composer.reason);
    expect(composer.sendButton()?.textContent).toBe('发布');
    // No recipient fields: the note is about the customer whose page it is on.
    expect(composer.recipients().map((p) => p.address)).toEqual(['dana@acme.example']);
    expect(composer.threadId()).toBe('fxiaoke:AccountObj/65a1b2c3d4');
  });

  it('reads the customer page: Chinese name, email, key from the hash route', async () => {
    await loadFixture('fxiaoke/fxiaoke-customer-2026-11.html');
    const record = fxiaokeAdapter.toThread!(
      document.querySelector(fxiaokeAdapter.threadSelector!)!,
    );
    if (isSkip(record)) throw new Error(record.reason);
    expect(record.subject()).toBe('艾克米科技（Acme）');
    expect(record.participants().map((p) => p.address)).toEqual(['dana@acme.example']);
  });

  it('finds the email composer around a TinyMCE-style editor with its 发送 control', async () => {
    await loadFixture('fxiaoke/fxiaoke-customer-2026-11.html');
    // jsdom does not load srcdoc documents: the editor is put in the page for this check (the
    // iframe path is covered end to end in Chromium).
    const frame = document.getElementById('mail_body_ifr')!;
    frame.insertAdjacentHTML(
      'afterend',
      '<div class="mce-content-body" contenteditable="true"><p>您好</p></div>',
    );
    const composer = fxiaokeAdapter.toComposer(document.querySelector('.mce-content-body')!);
    if (isSkip(composer)) throw new Error(composer.reason);
    expect(composer.sendButton()?.textContent).toBe('发送');
    expect(composer.recipients().map((p) => p.address)).toEqual(['dana@acme.example']);
    expect(composer.subject()).toBe('上线时间');
  });
});
