// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guardSend } from './send-guard';

let stop: AbortController;
let seen: string[];
let decide: ((send: boolean) => void) | undefined;
let reviews: number;

function setup(shouldReview: boolean) {
  document.body.innerHTML =
    '<div id="root"><div id="body" contenteditable="true">x</div><div id="send" role="button"><span id="label">Send</span></div></div><input id="elsewhere">';
  // Stands in for the host's own Send handling (Gmail delegates from the document).
  for (const type of ['mousedown', 'mouseup', 'click', 'keydown', 'keyup'])
    document.getElementById('root')!.addEventListener(type, (event) => seen.push(event.type));
  guardSend({
    root: document.getElementById('root')!,
    sendButton: () => document.getElementById('send'),
    shouldReview: () => shouldReview,
    review: () => {
      reviews += 1;
      return new Promise<boolean>((resolve) => (decide = resolve));
    },
    signal: stop.signal,
  });
}

const click = (id = 'label') => {
  const target = document.getElementById(id)!;
  for (const type of ['mousedown', 'mouseup', 'click'])
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
};
const ctrlEnter = (id = 'body') =>
  document.getElementById(id)!.dispatchEvent(
    new KeyboardEvent('keydown', {
      key: 'Enter',
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
    }),
  );
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  stop = new AbortController();
  seen = [];
  decide = undefined;
  reviews = 0;
});
afterEach(() => stop.abort());

describe('guardSend', () => {
  it('lets Send through untouched when there is nothing to review', () => {
    setup(false);
    click();
    ctrlEnter();
    expect(seen).toEqual(['mousedown', 'mouseup', 'click', 'keydown']);
    expect(reviews).toBe(0);
  });

  it('holds the whole click and replays it exactly once when the user sends', async () => {
    setup(true);
    click();
    expect(seen).toEqual([]);
    expect(reviews).toBe(1);
    decide!(true);
    await settle();
    expect(seen).toEqual(['mousedown', 'mouseup', 'click']);
  });

  it('sends nothing when the user goes back to editing', async () => {
    setup(true);
    click();
    decide!(false);
    await settle();
    expect(seen).toEqual([]);
  });

  it('holds Ctrl+Enter from the composer and replays it as a click on Send', async () => {
    setup(true);
    ctrlEnter();
    expect(seen).toEqual([]);
    decide!(true);
    await settle();
    expect(seen).toEqual(['mousedown', 'mouseup', 'click']);
  });

  it('holds the rest of a held key press (a button acting on keyup cannot send behind the review)', () => {
    setup(true);
    const send = document.getElementById('send')!;
    for (const type of ['keydown', 'keyup'])
      send.dispatchEvent(new KeyboardEvent(type, { key: ' ', bubbles: true, cancelable: true }));
    expect(seen).toEqual([]);
    expect(reviews).toBe(1);
  });

  it('holds a press dragged off Send without opening the review (nothing was sent)', () => {
    setup(true);
    const send = document.getElementById('send')!;
    send.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true }));
    expect(reviews).toBe(0);
    expect(seen).toEqual([]);
  });

  it('opens one review for repeated activations while it is open', async () => {
    setup(true);
    click();
    click();
    ctrlEnter();
    expect(reviews).toBe(1);
    decide!(true);
    await settle();
    expect(seen.filter((t) => t === 'click')).toHaveLength(1);
  });

  it('ignores key presses outside the composer and stops when its signal aborts', () => {
    setup(true);
    ctrlEnter('elsewhere');
    expect(reviews).toBe(0);
    stop.abort();
    click();
    expect(seen).toEqual(['mousedown', 'mouseup', 'click']);
  });

  it('fails open: a review that breaks still sends once', async () => {
    document.body.innerHTML = '<div id="root"><div id="send" role="button">Send</div></div>';
    document.getElementById('root')!.addEventListener('click', () => seen.push('click'));
    guardSend({
      root: document.getElementById('root')!,
      sendButton: () => document.getElementById('send'),
      shouldReview: () => true,
      review: () => Promise.reject(new Error('boom')),
      signal: stop.signal,
    });
    click('send');
    await settle();
    expect(seen).toEqual(['click']);
  });
});
