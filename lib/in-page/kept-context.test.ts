// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import gmailScript from '../../entrypoints/gmail.content';
import sitesScript from '../../entrypoints/sites.content';
import { keptContext } from './kept-context';
import { startKept } from './start';

vi.mock('./start', () => ({ startKept: vi.fn() }));
const start = vi.mocked(startKept);

/** What a host page's script can do once it knows Kept's extension id: claim a newer Kept started. */
function pageClaimsNewerScript(name: string) {
  // `${extension id}:${entrypoint}:wxt:content-script-started`, as WXT names it.
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  expect(type).toContain(`${fakeBrowser.runtime.id}:`);
  document.dispatchEvent(
    new CustomEvent(type, {
      detail: { contentScriptName: name, messageId: 'from-the-page' },
    }),
  );
}

afterEach(() => {
  start.mockReset();
  vi.useRealTimers();
});

describe("Kept's content-script context", () => {
  it("WXT stops on the page's event; Kept does not while its extension is alive", () => {
    const ctx = new ContentScriptContext('gmail');
    const kept = keptContext(ctx);
    const removed = vi.fn();
    kept.ui.onInvalidated(removed);
    pageClaimsNewerScript('gmail');
    expect(ctx.signal.aborted).toBe(true);
    expect(kept.signal.aborted).toBe(false);
    expect(removed).not.toHaveBeenCalled();
  });

  it("stops when the extension context is really gone: on WXT's signal, a timer or tab switch", () => {
    vi.useFakeTimers();
    let alive = true;
    const viaWxt = keptContext(new ContentScriptContext('sites'), () => alive);
    alive = false;
    pageClaimsNewerScript('sites'); // as a reloaded Kept's new script does
    expect(viaWxt.signal.aborted).toBe(true);

    alive = true;
    const idle = keptContext({ signal: new AbortController().signal }, () => alive);
    const removed = vi.fn();
    idle.ui.onInvalidated(removed);
    vi.advanceTimersByTime(60_000);
    expect(idle.signal.aborted).toBe(false);
    alive = false;
    vi.advanceTimersByTime(30_000);
    expect(idle.signal.aborted).toBe(true);
    expect(removed).toHaveBeenCalledTimes(1);

    alive = true;
    const shown = keptContext({ signal: new AbortController().signal }, () => alive);
    alive = false;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(shown.signal.aborted).toBe(true);
  });

  it.each([
    ['gmail', gmailScript],
    ['sites', sitesScript],
  ])('the %s content script keeps running after the page dispatches the event', (name, script) => {
    expect(fakeBrowser.runtime.id).toBeTruthy();
    if (name === 'sites') vi.stubGlobal('location', new URL('https://app.hubspot.com/contacts/1'));
    const ctx = new ContentScriptContext(name);
    void script.main(ctx);
    vi.unstubAllGlobals();
    expect(start).toHaveBeenCalledTimes(1);
    const [ui, , signal] = start.mock.calls[0]!;
    const removed = vi.fn();
    ui.onInvalidated(removed);
    pageClaimsNewerScript(name);
    expect(ctx.signal.aborted).toBe(true);
    expect(signal.aborted).toBe(false);
    expect(removed).not.toHaveBeenCalled();
  });
});
