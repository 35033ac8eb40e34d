// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { closestDeep, deepQueryAll, isLive, outerFrame } from './deep-query';
import { DEEP_SCAN_MS, observeElements } from './observe';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A host element with an open shadow root holding `html`. */
function shadowHost(parent: Node, name: string, html: string): ShadowRoot {
  const host = document.createElement(name);
  parent.appendChild(host);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = html;
  return root;
}

/** A same-origin iframe in `parent` whose document body holds `html`. */
function frame(html: string, parent: Element = document.body) {
  const iframe = document.createElement('iframe');
  parent.append(iframe);
  const doc = iframe.contentDocument!;
  doc.body.innerHTML = html;
  return { iframe, doc };
}

describe('deep queries (Salesforce shadow roots, CKEditor/TinyMCE frames)', () => {
  it('finds elements in nested open shadow roots and frame documents, never in Kept’s own UI', () => {
    const outer = shadowHost(document.body, 'x-page', '<div class="ed" id="a"></div>');
    shadowHost(outer, 'x-inner', '<div class="ed" id="b"></div>');
    shadowHost(document.body, 'kept-card', '<div class="ed" id="mine"></div>');
    const { doc } = frame('<div class="ed" id="c"></div>');
    expect(
      deepQueryAll(document, '.ed')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(doc.getElementById('c')!.ownerDocument).toBe(doc);
  });

  it('walks up across shadow and frame boundaries', () => {
    const form = document.createElement('form');
    document.body.append(form);
    const inner = shadowHost(form, 'x-editor', '<p><span id="s"></span></p>');
    expect(closestDeep(inner.getElementById('s')!, 'form')).toBe(form);
    // Moving an iframe reloads it, so it is created in place.
    const { iframe, doc } = frame('<p id="p"></p>', form);
    expect(closestDeep(doc.getElementById('p')!, 'form')).toBe(form);
    expect(outerFrame(doc)).toBe(iframe);
  });

  it('treats an element of a removed frame as gone', () => {
    const { iframe, doc } = frame('<p id="p"></p>');
    const p = doc.getElementById('p')!;
    expect(isLive(p)).toBe(true);
    iframe.remove();
    expect(isLive(p)).toBe(false);
  });
});

describe('observeElements({ deep: true })', () => {
  it('matches an editor rendered later inside a shadow root, and signals when it goes', async () => {
    const controller = new AbortController();
    const seen: { element: Element; signal: AbortSignal }[] = [];
    const page = shadowHost(document.body, 'x-page', '<div id="slot"></div>');
    observeElements({
      selector: '.ed',
      deep: true,
      signal: controller.signal,
      onMatch: (element, signal) => seen.push({ element, signal }),
    });
    page.getElementById('slot')!.innerHTML = '<div class="ed"></div>';
    await new Promise((done) => setTimeout(done, DEEP_SCAN_MS * 2));
    expect(seen).toHaveLength(1);
    page.getElementById('slot')!.innerHTML = '';
    await new Promise((done) => setTimeout(done, DEEP_SCAN_MS * 2));
    expect(seen[0]!.signal.aborted).toBe(true);
    controller.abort();
  });
});
