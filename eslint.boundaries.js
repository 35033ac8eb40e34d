import { posix } from 'node:path';

/**
 * What each of Kept's parts may import, as ESLint `no-restricted-imports` rules: the table in
 * docs/ARCHITECTURE.md, "What each part may import", written as data. A part not listed here is not
 * restricted. Tests (`*.test.ts`) are exempt: they may reach across parts to set a scene.
 */

/** Kept's parts, by folder. `components` is Kept's own pages: every component outside `in-page`. */
const PARTS = [
  'lib/analysis',
  'lib/context',
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
  'components/in-page',
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
      'lib/context',
      'lib/dom',
      'lib/i18n',
      'lib/messaging',
      'lib/model',
      'lib/sites',
      'components/in-page',
    ],
    packages: DEXIE,
    modules: ['lib/messaging/handlers', 'lib/messaging/router', 'lib/context/context-handlers'],
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
    may: ['lib/context', 'lib/db', 'lib/model', 'lib/reminders', 'lib/analysis', 'lib/i18n'],
    packages: REACT,
  },
  {
    part: 'components',
    why: "Kept's pages read the ledger through components/hooks and the named reads of lib/db/queries, never through Dexie",
    // Every part of ours but the in-page application: only host pages run it (the playground too).
    may: PARTS.filter((p) => p !== 'components'),
    packages: DEXIE,
    modules: ['lib/db/database'],
    // The hooks are the one place that opens the database for a page.
    except: ['components/hooks'],
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
  const notInPage = target === 'components' ? '(?!in-page(/|$)|\\.\\.(/|$))' : '';
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
    for (let depth = 0; depth < 4; depth += 1) {
      const dir = row.part + '/x'.repeat(depth);
      const message = `${row.why} (docs/ARCHITECTURE.md, "What each part may import").`;
      const patterns = [
        ...others.map((p) => ({ regex: importOf(p, dir), message })),
        ...(row.modules ?? []).map((m) => ({ regex: importOf(m, dir), message })),
        { regex: packagesPattern(row.packages), message },
      ];
      configs.push({
        files: [`${row.part}/${'*/'.repeat(depth)}*.{ts,tsx,js,mjs}`],
        ignores: [
          '**/*.test.{ts,tsx}',
          ...(row.except ?? []).map((e) => `${e}/**`),
          ...(row.part === 'components' ? ['components/in-page/**'] : []),
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
