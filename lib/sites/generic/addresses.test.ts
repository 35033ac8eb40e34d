// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { emailsIn, mailtoAddresses, MAX_SCAN, participantsOf } from './addresses';

/** The pattern the scanner replaced: its results are the reference for ordinary text. */
const REFERENCE = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const reference = (text: string) => [
  ...new Set((text.match(REFERENCE) ?? []).map((a) => a.toLowerCase())),
];

function element(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.firstElementChild!;
}

describe('emailsIn', () => {
  it.each([
    ['Dana Reyes <Dana.Reyes@Acme.com>', ['dana.reyes@acme.com']],
    ['a@b.com, c@d.co.uk; e@f.org', ['a@b.com', 'c@d.co.uk', 'e@f.org']],
    ['write to 张伟@例子.公司 today', ['张伟@例子.公司']],
    ['mail.acme.com@x1', []],
    ['a@b.com.x1 and a@b.com', ['a@b.com']],
    ['a@b@c.com', ['b@c.com']],
    ['no address here', []],
    ['@@@@ x@ @y.com', []],
  ])('%s', (text, expected) => {
    expect(emailsIn(text)).toEqual(expected);
    expect(emailsIn(text)).toEqual(reference(text));
  });

  it('agrees with the reference pattern on seeded random text', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = [
      'a',
      'b',
      '.',
      '@',
      '-',
      '_',
      ' ',
      'com',
      '1',
      'é',
      '<',
      ',',
      '@acme.com',
      '张',
    ];
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      for (let n = Math.floor(next() * 20); n > 0; n--)
        text += alphabet[Math.floor(next() * alphabet.length)];
      expect(emailsIn(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('reads no address whose parts are longer than an address can be', () => {
    expect(emailsIn(`${'a'.repeat(65)}@acme.com`)).toEqual([]);
    expect(emailsIn(`a@${'b'.repeat(300)}.com`)).toEqual([]);
    // The worst cases of the old pattern: a long run of address characters, and many "@".
    expect(emailsIn('a'.repeat(40_000))).toEqual([]);
    expect(emailsIn('a@'.repeat(20_000))).toEqual([]);
  });

  it(`reads only the first ${MAX_SCAN} characters`, () => {
    expect(emailsIn(`${' '.repeat(MAX_SCAN)} late@acme.com`)).toEqual([]);
    expect(emailsIn(`early@acme.com ${' '.repeat(MAX_SCAN)}`)).toEqual(['early@acme.com']);
  });
});

describe('mailto links', () => {
  it('skips a malformed escape one address at a time', () => {
    expect(emailsIn(mailtoAddresses('mailto:bad%zz@acme.com,dana@acme.com?subject=x'))).toEqual([
      'dana@acme.com',
    ]);
    expect(emailsIn(mailtoAddresses('mailto:dana%40acme.com'))).toEqual(['dana@acme.com']);
  });

  it('keeps every other participant of the page when one link is malformed', () => {
    const found = participantsOf([
      element('<a href="mailto:100%@acme.com">Broken</a>'),
      element('<a href="MAILTO:dana@acme.com">Dana Reyes</a>'),
      element('<span title="lee@acme.com">Lee</span>'),
    ]);
    expect(found).toEqual([
      { address: 'dana@acme.com', name: 'Dana Reyes' },
      { address: 'lee@acme.com', name: 'Lee' },
    ]);
  });

  it('takes no name from a long text', () => {
    const found = participantsOf([element(`<div>${'word '.repeat(100)} pat@acme.com</div>`)]);
    expect(found).toEqual([{ address: 'pat@acme.com' }]);
  });
});
