// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://acme.pipedrive.com/person/42" }
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/unit/sites/load-fixture';
import { isSkip } from '../types';
import { recordKey } from '../generic/record-site';
import { pipedriveAdapter } from './index';
import { PIPEDRIVE_RECORD } from './selectors';

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

  it.each([
    ['/person/42', 'pipedrive:person/42'],
    ['/organization/7', 'pipedrive:organization/7'],
    ['/deal/913', 'pipedrive:deal/913'],
    ['/pipeline/1', undefined],
  ])('keys the record at %s as %s', (path, key) => {
    expect(
      recordKey('pipedrive', new URL(`https://acme.pipedrive.com${path}`), PIPEDRIVE_RECORD),
    ).toBe(key);
  });
});
