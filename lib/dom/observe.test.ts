// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { observeElements } from './observe';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('observeElements', () => {
  it('reports present and later elements once each', async () => {
    document.body.innerHTML = '<div class="x" id="a"></div>';
    const seen: string[] = [];
    const stop = new AbortController();
    observeElements({ selector: '.x', signal: stop.signal, onMatch: (el) => seen.push(el.id) });
    expect(seen).toEqual(['a']);
    const b = document.createElement('div');
    b.className = 'x';
    b.id = 'b';
    document.body.append(b);
    document.body.append(document.createElement('span'));
    await flush();
    expect(seen).toEqual(['a', 'b']);
    stop.abort();
  });

  it('aborts an element signal when the element leaves the document', async () => {
    document.body.innerHTML = '<section><div class="x"></div></section>';
    const signals: AbortSignal[] = [];
    const stop = new AbortController();
    observeElements({ selector: '.x', signal: stop.signal, onMatch: (_el, s) => signals.push(s) });
    expect(signals[0]!.aborted).toBe(false);
    document.querySelector('section')!.remove();
    await flush();
    expect(signals[0]!.aborted).toBe(true);
    stop.abort();
  });

  it('aborts every element signal and stops watching when observation stops', async () => {
    document.body.innerHTML = '<div class="x"></div>';
    const signals: AbortSignal[] = [];
    const stop = new AbortController();
    observeElements({ selector: '.x', signal: stop.signal, onMatch: (_el, s) => signals.push(s) });
    stop.abort();
    expect(signals[0]!.aborted).toBe(true);
    document.body.append(Object.assign(document.createElement('div'), { className: 'x' }));
    await flush();
    expect(signals).toHaveLength(1);
  });

  it('skips filtered elements and survives a failing callback', async () => {
    document.body.innerHTML =
      '<div class="x" id="bad"></div><div class="x" id="skip"></div><div class="x" id="ok"></div>';
    const seen: string[] = [];
    const stop = new AbortController();
    observeElements({
      selector: '.x',
      signal: stop.signal,
      filter: (el) => el.id !== 'skip',
      onMatch: (el) => {
        if (el.id === 'bad') throw new Error('boom');
        seen.push(el.id);
      },
    });
    expect(seen).toEqual(['ok']);
    stop.abort();
  });
});
