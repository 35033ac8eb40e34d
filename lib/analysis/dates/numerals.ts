/** Number words in English and Chinese numerals (两/三/十五/二十四), as used in durations. */

const EN_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  thirty: 30,
  'a couple of': 2,
  couple: 2,
};

/** The alternation for English counts, for use inside a RegExp source. */
export const EN_COUNT = `\\d{1,3}|a couple of|couple|${Object.keys(EN_WORDS)
  .filter((w) => !w.includes(' ') && w !== 'couple')
  .join('|')}`;

/** The value of an English count matched by EN_COUNT, or NaN. */
export function enNumber(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return /^\d+$/.test(w) ? Number(w) : (EN_WORDS[w] ?? NaN);
}

const ZH_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Character class for Chinese or Arabic counts, for use inside a RegExp source. */
export const ZH_COUNT = '[0-9０-９零〇一二两三四五六七八九十百]{1,4}';

/** The value of a Chinese numeral up to 999 (十五 = 15, 二十四 = 24, 两 = 2), Arabic digits too; NaN otherwise. */
export function zhNumber(text: string): number {
  const t = text.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10));
  if (/^\d+$/.test(t)) return Number(t);
  let total = 0;
  let digit = 0;
  for (const ch of t) {
    if (ch in ZH_DIGITS) digit = ZH_DIGITS[ch]!;
    else if (ch === '十' || ch === '百') {
      total += (digit || 1) * (ch === '十' ? 10 : 100);
      digit = 0;
    } else return NaN;
  }
  return total + digit;
}
