import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DIAGNOSTICS_KEY, recordReason, type SiteDiagnostics } from './diagnostics';

afterEach(() => {
  vi.useRealTimers();
  fakeBrowser.reset();
});

describe('recordReason', () => {
  it('batches reasons per site into storage.local with counts', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    recordReason('gmail', 'compose: Send button not found');
    recordReason('gmail', 'compose: Send button not found');
    recordReason('outlook', 'body outside the reading pane');
    expect(await fakeBrowser.storage.local.get(DIAGNOSTICS_KEY)).toEqual({});
    await vi.advanceTimersByTimeAsync(2000);
    const stored = (await fakeBrowser.storage.local.get(DIAGNOSTICS_KEY))[
      DIAGNOSTICS_KEY
    ] as Record<string, SiteDiagnostics>;
    expect(stored.gmail!.reasons).toEqual([
      { reason: 'compose: Send button not found', count: 2, last: expect.any(String) },
    ]);
    expect(stored.outlook!.reasons[0]!.count).toBe(1);
  });
});
