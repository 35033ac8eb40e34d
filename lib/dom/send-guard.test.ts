// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guardSend } from './send-guard';

let stop: AbortController;
let seen: string[];
let decide: ((send: boolean) => void) | undefined;
let reviews: number;
/** The events "the user" made; anything else stands for the host page's synthetic events. */
let userEvents: WeakSet<Event>;

const HOST_EVENTS = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'keydown',
  'keyup',
];

function setup(shouldReview: boolean, sendButton = () => document.getElementById('send')) {
  document.body.innerHTML =
    '<div id="root"><div id="body" contenteditable="true">x</div><div id="send" role="button"><span id="label">Send</span></div></div><input id="elsewhere">';
  // Stands in for the host's own Send handling (Gmail delegates from the document).
  for (const type of HOST_EVENTS)
    document.getElementById('root')!.addEventListener(type, (event) => seen.push(event.type));
  guardSend({
    root: document.getElementById('root')!,
    sendButton,
    shouldReview: () => shouldReview,
    review: () => {
      reviews += 1;
      return new Promise<boolean>((resolve) => (decide = resolve));
    },
    signal: stop.signal,
    isTrusted: (event) => userEvents.has(event),
  });
}

/** Dispatches an event as the user's (`byUser`) or as a page script's. */
function fire(target: Element, event: Event, byUser = true) {
  if (byUser) userEvents.add(event);
  target.dispatchEvent(event);
}
const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
const mouse = (type: string) =>
  type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init);

/** A mouse click as a browser delivers it (without pointer events unless `withPointer`). */
const click = (id = 'label', { byUser = true, withPointer = false } = {}) => {
  const target = document.getElementById(id)!;
  const types = withPointer
    ? ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']
    : ['mousedown', 'mouseup', 'click'];
  for (const type of types) fire(target, mouse(type), byUser);
};
const ctrlEnter = (id = 'body', byUser = true) =>
  fire(
    document.getElementById(id)!,
    new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }),
    byUser,
  );
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  stop = new AbortController();
  seen = [];
  decide = undefined;
  reviews = 0;
  userEvents = new WeakSet();
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
    expect(seen).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
  });

  it('holds the rest of a held key press (a button acting on keyup cannot send behind the review)', () => {
    setup(true);
    const send = document.getElementById('send')!;
    for (const type of ['keydown', 'keyup'])
      fire(send, new KeyboardEvent(type, { key: ' ', bubbles: true, cancelable: true }));
    expect(seen).toEqual([]);
    expect(reviews).toBe(1);
  });

  it('holds a press dragged off Send without opening the review (nothing was sent)', () => {
    setup(true);
    const send = document.getElementById('send')!;
    fire(send, mouse('mousedown'));
    fire(document.body, mouse('mouseup'));
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
      isTrusted: () => true,
    });
    click('send');
    await settle();
    expect(seen).toEqual(['click']);
  });

  it('lets Ctrl+Enter through untouched when no Send button is found (nothing to replay to)', async () => {
    setup(true, () => null);
    ctrlEnter();
    expect(reviews).toBe(0);
    expect(seen).toEqual(['keydown']);
  });

  it('holds pointer events too, and replays the press exactly as it came, once', async () => {
    setup(true);
    click('label', { withPointer: true });
    expect(seen).toEqual([]);
    expect(reviews).toBe(1);
    decide!(true);
    await settle();
    expect(seen).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
  });

  it('holds a touch (its events and the click that follows) until the review decides', async () => {
    setup(true);
    const send = document.getElementById('send')!;
    const touched: string[] = [];
    for (const type of ['touchstart', 'touchend'])
      document.getElementById('root')!.addEventListener(type, () => touched.push(type));
    fire(send, new PointerEvent('pointerdown', { ...init, pointerType: 'touch' }));
    fire(send, new TouchEvent('touchstart', init));
    fire(send, new PointerEvent('pointerup', { ...init, pointerType: 'touch' }));
    const touchend = new TouchEvent('touchend', init);
    fire(send, touchend);
    // Cancelling touchend would cancel the click that opens the review.
    expect(touchend.defaultPrevented).toBe(false);
    for (const type of ['mousedown', 'mouseup', 'click']) fire(send, mouse(type));
    expect(touched).toEqual([]);
    expect(seen).toEqual([]);
    expect(reviews).toBe(1);
    decide!(true);
    await settle();
    expect(seen.filter((t) => t === 'click')).toHaveLength(1);
    expect(seen.filter((t) => t === 'pointerup')).toHaveLength(1);
  });

  it("ignores a page's synthetic events: they open no review and pass untouched", () => {
    setup(true);
    click('label', { byUser: false, withPointer: true });
    ctrlEnter('body', false);
    expect(reviews).toBe(0);
    expect(seen).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'keydown']);
  });

  it("a page's synthetic events cannot release a held press or replay it", async () => {
    setup(true);
    const send = document.getElementById('send')!;
    fire(send, mouse('pointerdown'));
    // A script's own mousedown in the middle of the user's press does not reset what is held.
    fire(send, mouse('mousedown'), false);
    fire(send, mouse('pointerup'));
    fire(send, mouse('mouseup'));
    fire(send, mouse('click'));
    expect(seen).toEqual(['mousedown']);
    expect(reviews).toBe(1);
    decide!(false);
    await settle();
    expect(seen).toEqual(['mousedown']);
  });
});
