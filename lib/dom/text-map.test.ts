// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractText } from './text-map';

const EXCLUDE = '.gmail_quote, .gmail_signature';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="e" contenteditable="true">${html}</div>`;
  return document.getElementById('e')!;
}

describe('extractText', () => {
  it.each([
    [
      'Gmail lines',
      '<div>Hallo Dana,</div><div><br></div><div>We guarantee it.</div>',
      'Hallo Dana,\n\nWe guarantee it.',
    ],
    ['br breaks', 'one<br>two<br><br>three', 'one\ntwo\n\nthree'],
    ['inline markup', 'we <b>really</b> <i>guarantee</i> it', 'we really guarantee it'],
    ['text after a block', '<div>a</div>b', 'a\nb'],
    ['nbsp and source newlines', 'a\u00a0b\nc', 'a b c'],
    ['nested blocks', '<div><div>a</div><div>b</div></div><p>c</p>', 'a\nb\nc'],
    ['leading empty block', '<div><br></div><div>a</div>', '\na'],
  ])('reads %s', (_name, html, expected) => {
    expect(extractText(editor(html)).text).toBe(expected);
  });

  it('leaves out quoted history and the signature', () => {
    const root = editor(
      '<div>I promise.</div><div class="gmail_signature">-- <br>Sam</div><div class="gmail_quote">On Mon, Dana wrote: we guarantee</div>',
    );
    expect(extractText(root, { exclude: EXCLUDE }).text).toBe('I promise.');
  });

  it('keeps newlines of pre-wrap editors', () => {
    expect(extractText(editor('a\nb'), { preserveNewlines: true }).text).toBe('a\nb');
  });

  it('maps a text span back to the DOM across elements', () => {
    const root = editor('<div>Hi,</div><div>we <b>guar</b>antee it</div>');
    const snap = extractText(root);
    const start = snap.text.indexOf('guarantee');
    const range = snap.range(start, start + 'guarantee'.length)!;
    expect(range.toString()).toBe('guarantee');
    expect(range.startContainer.textContent).toBe('guar');
    expect(range.endContainer.textContent).toBe('antee it');
  });

  it('maps DOM positions to text offsets, skipping excluded text', () => {
    const root = editor('<div class="gmail_quote">quoted</div><div>new text</div>');
    const snap = extractText(root, { exclude: EXCLUDE });
    const node = root.lastElementChild!.firstChild!;
    expect(snap.text).toBe('new text');
    expect(snap.offsetAt(node, 4)).toBe(4);
    expect(snap.offsetAt(root.firstElementChild!.firstChild!, 2)).toBeNull();
    expect(snap.offsetAt(root, 1)).toBe(0);
  });

  it('round-trips every offset of a mixed editor', () => {
    const root = editor('<div>我们保证</div><div><br></div><div>We <u>will</u> 😀 send</div>');
    const snap = extractText(root);
    for (let i = 0; i < snap.text.length; i++) {
      const range = snap.range(i, i + 1)!;
      if (snap.text[i] === '\n') continue;
      expect(range.toString()).toBe(snap.text[i]);
      expect(snap.offsetAt(range.startContainer, range.startOffset)).toBe(i);
    }
  });

  it('refuses offsets outside the text', () => {
    const snap = extractText(editor('abc'));
    expect(snap.range(2, 9)).toBeNull();
    expect(snap.range(-1, 1)).toBeNull();
  });
});
