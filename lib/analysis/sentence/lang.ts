/** Which language a sentence is written in, for messages and for choosing the analysis. */
import type { Lang } from '../types';

/** Chinese when Han characters are at least a third as many as Latin letters. */
export function detectLang(text: string): Lang {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return han > 0 && han * 3 >= latin ? 'zh' : 'en';
}
