// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://acme-dev.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAV/view" }
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/unit/sites/load-fixture';
import { deepQueryAll } from '../../dom/deep-query';
import { isSkip } from '../types';
import { salesforceAdapter } from './index';

describe('salesforce adapter (test/fixtures/salesforce/salesforce-contact-2026-11.html)', () => {
  it('is blind without piercing: the editor is only in shadow roots', async () => {
    await loadFixture('salesforce/salesforce-contact-2026-11.html');
    expect(document.querySelectorAll(salesforceAdapter.bodySelector)).toHaveLength(0);
  });

  it('finds the re-rendered Quill composer through nested open shadow roots', async () => {
    await loadFixture('salesforce/salesforce-contact-2026-11.html', 350);
    const bodies = deepQueryAll(document, salesforceAdapter.bodySelector);
    expect(bodies).toHaveLength(1);
    const composer = salesforceAdapter.toComposer(bodies[0]!);
    if (isSkip(composer)) throw new Error(composer.reason);
    expect(composer.recipients()).toEqual([{ address: 'dana@acme.example', name: 'Dana Reyes' }]);
    expect(composer.subject()).toBe('Dashboard rollout');
    expect(composer.sendButton()?.textContent).toBe('Send');
    expect(composer.threadId()).toBe('salesforce:Contact/0035g00000AbCdEAAV');
  });

  it('reads the record in another shadow root: name and email', async () => {
    await loadFixture('salesforce/salesforce-contact-2026-11.html');
    const [title] = deepQueryAll(document, salesforceAdapter.threadSelector!);
    const record = salesforceAdapter.toThread!(title!);
    if (isSkip(record)) throw new Error(record.reason);
    expect(record.subject()).toBe('Dana Reyes');
    expect(record.participants().map((p) => p.address)).toEqual(['dana@acme.example']);
  });
});
