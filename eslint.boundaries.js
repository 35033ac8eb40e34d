import { posix } from 'node:path';

/**
 * What each of Kept's parts may import, as ESLint `no-restricted-imports` rules: the table in
 * docs/ARCHITECTURE.md, "What each part may import", written as data. A part not listed here is not
 * restricted. Tests (`*.test.ts`) are exempt: they may reach across parts to set a scene.
 */

/** Kept's parts, by folder. `components` is Kept's own pages: every component outside `in-page`. */
const PARTS = [
  'lib/analysis',
  'lib/db',
  'lib/dom',
  'lib/i18n',
  'lib/in-page',
  'lib/messaging',
  'lib/model',
  'lib/reminders',
  'lib/report',
  'lib/site-access',
  'lib/sites',
  'lib/tab-context',
  'components/in-page',
  'components/hooks',
  'components',
  'entrypoints',
];

const DEXIE = ['dexie', 'dexie-react-hooks'];
const REACT = ['react', 'react-dom', 'react/jsx-runtime'];
const EXTENSION = ['wxt', '@wxt-dev', 'webextension-polyfill'];

/**
 * One row per restricted part: the parts of ours it may import (besides itself), the packages it may
 * not, the globals it may not read, and any module of an allowed part it still may not import.
 */
export const BOUNDARIES = [
  {
    part: 'lib/analysis',
    why: 'Analysis is a pure library: no DOM, no browser API, no database, nothing of ours but the model',
    may: ['lib/model'],
    packages: [...DEXIE, ...REACT, ...EXTENSION],
    globals: ['window', 'document', 'navigator', 'browser', 'chrome', 'indexedDB', 'localStorage'],
  },
  {
    part: 'lib/model',
    why: 'The model is data and pure functions every part may import: it imports none of them',
    may: [],
    packages: [...DEXIE, ...REACT, ...EXTENSION],
  },
  {
    part: 'lib/dom',
    why: 'lib/dom is page machinery: highlights, observers, shadow roots, the send guard',
    may: ['components/in-page'],
    packages: DEXIE,
  },
  {
    part: 'lib/sites',
    why: "A site is an adapter: from a host's DOM to composers, recipients, threads and records",
    may: ['lib/dom', 'lib/model'],
    packages: [...DEXIE, ...REACT, ...EXTENSION],
  },
  {
    part: 'lib/in-page',
    why: 'The in-page application runs in host pages: it reaches the ledger only through lib/messaging',
    may: [
      'lib/analysis',
      'lib/dom',
      'lib/i18n',
      'lib/messaging',
      'lib/model',
      'lib/sites',
      'components/in-page',
    ],
    packages: DEXIE,
    modules: ['lib/messaging/handlers', 'lib/messaging/router'],
  },
  {
    part: 'components/in-page',
    why: 'What Kept draws in host pages: no database and no extension-page API',
    may: ['lib/analysis', 'lib/dom', 'lib/i18n', 'lib/model'],
    packages: [...DEXIE, ...EXTENSION],
  },
  {
    part: 'lib/db',
    why: 'The database knows no screen, page or message',
    may: ['lib/model', 'lib/analysis'],
    packages: [...REACT, ...EXTENSION],
  },
  {
    part: 'lib/messaging',
    why: 'The protocol and the background handlers: no screen and nothing drawn in a host page',
    may: ['lib/model', 'lib/db', 'lib/tab-context', 'lib/reminders'],
    packages: REACT,
  },
  {
    part: 'lib/messaging',
    // The modules content scripts load: a row of their own, stricter than their folder's.
    files: ['client', 'protocol', 'payloads', 'errors', 'tab-protocol', 'settings-changes'],
    why: 'What content scripts load of lib/messaging imports the model alone, never the database',
    may: ['lib/model'],
    packages: [...REACT, ...DEXIE],
  },
  {
    part: 'lib/tab-context',
    why: "Each tab's context is kept by the background: it knows the model, not the database",
    may: ['lib/model'],
    packages: [...REACT, ...DEXIE],
  },
  {
    part: 'lib/reminders',
    why: 'Reminders run in the background over the ledger: no screen and no message',
    may: ['lib/model', 'lib/db', 'lib/analysis'],
    packages: REACT,
  },
  {
    part: 'lib/report',
    why: 'The progress report is drafted as a pure function of the ledger it is given',
    may: ['lib/model', 'lib/analysis', 'lib/i18n'],
    packages: [...REACT, ...DEXIE],
  },
  {
    part: 'components',
    why: "Kept's pages read the ledger through components/hooks and write it through lib/messaging, never through lib/db or Dexie",
    may: PARTS.filter((p) => !['components', 'lib/db', 'entrypoints'].includes(p)),
    packages: DEXIE,
    modules: ['lib/messaging/handlers', 'lib/messaging/router'],
  },
  {
    part: 'components/hooks',
    why: 'The hooks read the ledger live through the named reads; writes are lib/messaging verbs',
    may: PARTS.filter((p) => !['components/hooks', 'entrypoints'].includes(p)),
    packages: ['dexie'],
    modules: [
      'lib/db/repository',
      'lib/db/transfer',
      'lib/messaging/handlers',
      'lib/messaging/router',
    ],
  },
];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern matching every spelling of an import of `target` from a file in `dir`: relative, or
 * through WXT's `@/` and `~/` aliases. `components` (the pages) leaves out `components/in-page`.
 */
function importOf(target, dir) {
  const rel = posix.relative(dir, target) || '.';
  const spelled = rel.startsWith('.') ? rel : `./${rel}`;
  // `components` (the pages) leaves out its subfolders that are parts of their own.
  const notInPage = target === 'components' ? '(?!in-page(/|$)|hooks(/|$)|\\.\\.(/|$))' : '';
  const tail = `(/${notInPage}|$)`;
  return `^(${escape(spelled)}|[@~]{1,2}/${escape(target)})${tail}`;
}

/** The packages a row forbids, as a pattern (the package or any of its subpaths). */
const packagesPattern = (names) => `^(${names.map(escape).join('|')})(/|$)`;

/** Flat-config blocks, one per row and folder depth (relative imports differ by depth). */
export function boundaryConfigs() {
  const configs = [];
  for (const row of BOUNDARIES) {
    const others = PARTS.filter(
      (p) =>
        p !== row.part &&
        !row.may.includes(p) &&
        // A part's own subfolders and the part around it are not "others".
        !p.startsWith(`${row.part}/`) &&
        !(row.part.startsWith(`${p}/`) && p !== 'components'),
    );
    for (let depth = 0; depth < (row.files ? 1 : 4); depth += 1) {
      const dir = row.part + '/x'.repeat(depth);
      const message = `${row.why} (docs/ARCHITECTURE.md, "What each part may import").`;
      const patterns = [
        ...others.map((p) => ({ regex: importOf(p, dir), message })),
        ...(row.modules ?? []).map((m) => ({ regex: importOf(m, dir), message })),
        { regex: packagesPattern(row.packages), message },
      ];
      configs.push({
        files: row.files
          ? row.files.map((f) => `${row.part}/${f}.ts`)
          : [`${row.part}/${'*/'.repeat(depth)}*.{ts,tsx,js,mjs}`],
        ignores: [
          '**/*.test.{ts,tsx}',
          // A subfolder that is a part of its own has its own row.
          ...PARTS.filter((p) => p.startsWith(`${row.part}/`)).map((p) => `${p}/**`),
        ],
        rules: {
          'no-restricted-imports': ['error', { patterns }],
          ...(row.globals && {
            'no-restricted-globals': ['error', ...row.globals.map((name) => ({ name, message }))],
          }),
        },
      });
    }
  }
  return configs;
}
