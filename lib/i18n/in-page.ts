/**
 * The text of the in-page UI (chips, cards, the review): only the locale sections it uses, so a host
 * page's content script carries a fraction of Kept's text (docs/ARCHITECTURE.md, "Language"). The
 * named imports let the bundler leave the other sections out.
 */
import { common as enCommon, due as enDue, inpage as enInpage } from '../../locales/en.json';
import { common as zhCommon, due as zhDue, inpage as zhInpage } from '../../locales/zh_CN.json';
import { registerMessages, type Messages } from './core';

// Only these sections are read in a host page; the rest of Messages is never looked up there.
registerMessages({
  en: { common: enCommon, due: enDue, inpage: enInpage } as unknown as Messages,
  zh: { common: zhCommon, due: zhDue, inpage: zhInpage } as unknown as Messages,
});

export * from './core';
