// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/unit/sites/load-fixture';
import { isSkip } from '../types';
import { genericAdapter } from './index';
import { isSendLike } from './send-words';

describe('generic adapter (test/fixtures/generic/generic-support-2026-11.html)', () => {
  it('takes the reply textarea with its "Send reply" button and the To field', async () => {
    await loadFixture('generic/generic-support-2026-11.html');
    const composer = genericAdapter.toComposer(document.querySelector('textarea')!);
    if (isSkip(composer)) throw new Error(composer.reason);
    expect(composer.root.localName).toBe('form');
    expect(composer.sendButton()?.textContent).toBe('Send reply');
    expect(composer.recipients().map((p) => p.address)).toEqual(['dana@acme.example']);
  });

  it('skips an editable with no Send-like control nearby, and says why', async () => {
    await loadFixture('generic/generic-support-2026-11.html');
    const result = genericAdapter.toComposer(document.querySelector('.note')!);
    expect(isSkip(result) && result.reason).toBe('no Send-like control near the editor');
  });

  it('skips one-line and nested editables', () => {
    document.body.innerHTML =
      '<form><textarea rows="1"></textarea><div contenteditable="true"><p contenteditable="true">x</p></div><button>Send</button></form>';
    const one = genericAdapter.toComposer(document.querySelector('textarea')!);
    expect(isSkip(one) && one.reason).toBe('a one-line textarea');
    const nested = genericAdapter.toComposer(document.querySelector('p')!);
    expect(isSkip(nested) && nested.reason).toBe('nested inside another editable');
  });
});

describe('isSendLike', () => {
  const control = (html: string) => {
    document.body.innerHTML = html;
    return document.body.firstElementChild!;
  };
  it.each([
    '<button>Send</button>',
    '<button> 发送 </button>',
    '<button>Senden</button>',
    '<button aria-label="Send"><svg></svg></button>',
    '<input type="submit" value="Send email">',
    '<button>Send ➤</button>',
  ])('flags %s', (html) => expect(isSendLike(control(html))).toBe(true));
  it.each([
    '<button>Send later</button>',
    '<button>Resend invitation</button>',
    '<button>Sender settings</button>',
    '<button>Save</button>',
  ])('ignores %s', (html) => expect(isSendLike(control(html))).toBe(false));
});
