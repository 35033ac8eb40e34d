// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://crm.zoho.eu/crm/org20001/tab/Leads/5000000123456" }
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/unit/sites/load-fixture';
import { deepQueryAll, outerFrame } from '../../dom/deep-query';
import { isSkip } from '../types';
import { zohoAdapter } from './index';

describe('zoho adapter (test/fixtures/zoho/zoho-lead-2026-11.html)', () => {
  it('finds the CKEditor body inside the about:blank iframe and the composer around the frame', async () => {
    await loadFixture('zoho/zoho-lead-2026-11.html');
    const bodies = deepQueryAll(document, zohoAdapter.bodySelector);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.ownerDocument).not.toBe(document);
    const composer = zohoAdapter.toComposer(bodies[0]!);
    if (isSkip(composer)) throw new Error(composer.reason);
    expect(composer.root.localName).toBe('crm-mail-compose');
    expect(composer.recipients().map((p) => p.address)).toEqual(['dana@acme.example']);
    expect(composer.subject()).toBe('Dashboard rollout');
    expect(composer.sendButton()?.getAttribute('data-zcqa')).toBe('mail_send');
    // The chip goes after the <iframe>, never into the editor's own document.
    expect(composer.chip.anchor).toBe(outerFrame(bodies[0]!.ownerDocument));
  });

  it('reads the Leads record: name, email and key', async () => {
    await loadFixture('zoho/zoho-lead-2026-11.html');
    const record = zohoAdapter.toThread!(document.querySelector(zohoAdapter.threadSelector!)!);
    if (isSkip(record)) throw new Error(record.reason);
    expect(record.subject()).toBe('Dana Reyes');
    expect(record.participants().map((p) => p.address)).toEqual(['dana@acme.example']);
    expect(record.threadId()).toBe('zoho:org20001/Leads/5000000123456');
  });
});
