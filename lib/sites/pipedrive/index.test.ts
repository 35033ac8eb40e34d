// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://acme.pipedrive.com/person/42" }
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/unit/sites/load-fixture';
import { isSkip } from '../types';
import { pipedriveAdapter } from './index';

describe('pipedrive adapter (test/fixtures/pipedrive/pipedrive-person-2026-11.html)', () => {
  it('finds the re-rendered ProseMirror composer', async () => {
    await loadFixture('pipedrive/pipedrive-person-2026-11.html', 350);
    const bodies = document.querySelectorAll(pipedriveAdapter.bodySelector);
    expect(bodies).toHaveLength(1);
    const composer = pipedriveAdapter.toComposer(bodies[0]!);
    if (isSkip(composer)) throw new Error(composer.reason);
    expect(composer.recipients().map((p) => p.address)).toEqual(['dana@acme.example']);
    expect(composer.subject()).toBe('Dashboard rollout');
    expect(composer.sendButton()?.getAttribute('data-test')).toBe('email-send-button');
    expect(composer.threadId()).toBe('pipedrive:person/42');
  });

  it('reads the person page', async () => {
    await loadFixture('pipedrive/pipedrive-person-2026-11.html');
    const record = pipedriveAdapter.toThread!(
      document.querySelector(pipedriveAdapter.threadSelector!)!,
    );
    if (isSkip(record)) throw new Error(record.reason);
    expect(record.subject()).toBe('Dana Reyes');
    expect(record.participants().map((p) => p.address)).toEqual(['dana@acme.example']);
  });
});
