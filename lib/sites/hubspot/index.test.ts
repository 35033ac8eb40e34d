// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://app.hubspot.com/contacts/2345678/record/0-1/901" }
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/unit/sites/load-fixture';
import { deepQueryAll } from '../../dom/deep-query';
import { isSkip } from '../types';
import { hubspotAdapter } from './index';

describe('hubspot adapter (test/fixtures/hubspot/*-2026-11.html)', () => {
  it('finds the re-rendered record composer with its recipient, subject, Send and record key', async () => {
    await loadFixture('hubspot/hubspot-contact-2026-11.html', 350);
    const bodies = deepQueryAll(document, hubspotAdapter.bodySelector);
    expect(bodies).toHaveLength(1);
    const composer = hubspotAdapter.toComposer(bodies[0]!);
    if (isSkip(composer)) throw new Error(composer.reason);
    expect(composer.recipients()).toEqual([{ address: 'dana@acme.example', name: 'Dana Reyes' }]);
    expect(composer.subject()).toBe('Dashboard rollout');
    expect(composer.sendButton()?.textContent).toBe('Send');
    expect(composer.threadId()).toBe('hubspot:2345678/0-1/901');
    expect(composer.body.contains(composer.chip.anchor.parentElement)).toBe(false);
  });

  it('reads the contact record: name, email, key', async () => {
    await loadFixture('hubspot/hubspot-contact-2026-11.html');
    const record = hubspotAdapter.toThread!(
      document.querySelector(hubspotAdapter.threadSelector!)!,
    );
    if (isSkip(record)) throw new Error(record.reason);
    expect(record.subject()).toBe('Dana Reyes');
    expect(record.participants().map((p) => p.address)).toEqual(['dana@acme.example']);
    expect(record.threadId()).toBe('hubspot:2345678/0-1/901');
  });

  it('resolves a company record by its website domain', async () => {
    await loadFixture('hubspot/hubspot-company-2026-11.html');
    const record = hubspotAdapter.toThread!(
      document.querySelector(hubspotAdapter.threadSelector!)!,
    );
    if (isSkip(record)) throw new Error(record.reason);
    expect(record.subject()).toBe('Acme');
    expect(record.participants()).toEqual([{ address: '*@acme.example' }]);
  });

  it('explains why it skips an editable outside any composer', () => {
    document.body.innerHTML = '<div contenteditable="true">note</div>';
    const result = hubspotAdapter.toComposer(document.querySelector('[contenteditable]')!);
    expect(isSkip(result) && result.reason).toMatch(/not inside/);
  });
});
