/**
 * Kept's text in both languages, for Kept's own pages: both locale files whole. Content scripts import
 * lib/i18n/in-page.ts instead (docs/ARCHITECTURE.md, "Language").
 */
import en from '../../locales/en.json';
import zh from '../../locales/zh_CN.json';
import { registerMessages, type Messages } from './core';

// Typed as Messages so a key missing from the Chinese file fails the type check.
const zhMessages: Messages = zh;
registerMessages({ en, zh: zhMessages });

export * from './core';
