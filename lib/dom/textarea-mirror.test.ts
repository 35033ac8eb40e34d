// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { textareaSurface } from './textarea-mirror';

let stop: AbortController;
afterEach(() => {
  stop.abort();
  document.body.innerHTML = '';
});

function surface(value: string) {
  document.body.innerHTML = '<form><textarea id="t"></textarea></form>';
  const textarea = document.getElementById('t') as HTMLTextAreaElement;
  textarea.value = value;
  stop = new AbortController();
  return { textarea, surface: textareaSurface(textarea, stop.signal) };
}

describe('textareaSurface', () => {
  it('mirrors the text outside the textarea and maps offsets 1:1', () => {
    const { textarea, surface: s } = surface('We guarantee it.\nThanks');
    const snap = s.read();
    expect(snap.text).toBe('We guarantee it.\nThanks');
    const range = snap.range(3, 12)!;
    expect(range.toString()).toBe('guarantee');
    expect(textarea.parentElement!.innerHTML).toBe('<textarea id="t"></textarea>');
    expect(document.querySelector('kept-mirror')!.shadowRoot!.textContent).toBe(snap.text);
  });

  it('follows edits, selects a range in the textarea and reports the caret', () => {
    const { textarea, surface: s } = surface('one');
    textarea.value = 'we promise';
    const snap = s.read();
    expect(snap.text).toBe('we promise');
    s.select(snap.range(3, 10)!);
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([3, 10]);
    expect(s.caret()?.offset).toBe(10);
    expect(snap.offsetAt(s.caret()!.node, 4)).toBe(4);
  });

  it('removes the mirror when the composer goes away', () => {
    surface('x');
    stop.abort();
    expect(document.querySelector('kept-mirror')).toBeNull();
  });
});
