// The boundaries between Kept's parts hold: ESLint (eslint.boundaries.js, from docs/ARCHITECTURE.md,
// "What each part may import") refuses a deliberate violation in each part and lets the allowed
// imports through. Each case lints a small in-memory file as if it were at `path`.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The boundary rules `code` breaks at `path` (other rules are not this test's business). */
async function broken(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: path });
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

const use = (what: string) => `import * as m from '${what}';\nexport const x = m;`;

describe('part boundaries', () => {
  it.each([
    ['analysis imports the DOM helpers', 'lib/analysis/probe.ts', use('../dom/highlights')],
    ['analysis imports the browser API', 'lib/analysis/rules/probe.ts', use('wxt/browser')],
    ['analysis imports Dexie', 'lib/analysis/probe.ts', use('dexie')],
    ['analysis imports the database', 'lib/analysis/text/probe.ts', use('@/lib/db/queries')],
    ['analysis reads the DOM', 'lib/analysis/probe.ts', 'export const x = document.body;'],
    ['a site imports the database', 'lib/sites/gmail/probe.ts', use('../../db/database')],
    ['the sites registry imports the database', 'lib/sites/probe.ts', use('@/lib/db/queries')],
    ['a site imports the in-page app', 'lib/sites/hubspot/probe.ts', use('../../in-page/start')],
    ['a site sends messages', 'lib/sites/gmail/probe.ts', use('../../messaging/client')],
    ['a site renders', 'lib/sites/gmail/probe.ts', use('react')],
    ['in-page code imports the database', 'lib/in-page/probe.ts', use('../db/database')],
    ['in-page code imports Dexie', 'lib/in-page/probe.ts', use('dexie')],
    ['in-page code imports a page', 'lib/in-page/probe.tsx', use('@/components/ClientPanel')],
    ['in-page code runs a handler', 'lib/in-page/probe.ts', use('../messaging/handlers/reads')],
    ['a host-page UI imports the db', 'components/in-page/probe.tsx', use('../../lib/db/database')],
    ['a host-page UI uses extension APIs', 'components/in-page/probe.tsx', use('wxt/browser')],
    ['a host-page UI imports a page', 'components/in-page/probe.tsx', use('../ClientPanel')],
    ['the database imports a screen', 'lib/db/probe.ts', use('../../components/ClientPanel')],
    ['the db imports UI', 'lib/db/repository/probe.ts', use('@/components/in-page/WarningCard')],
    ['the database renders', 'lib/db/probe.ts', use('react')],
    ['the model imports the database', 'lib/model/probe.ts', use('../db/database')],
    ['a page imports Dexie', 'components/Probe.tsx', use('dexie')],
    ['a page opens the database', 'components/Probe.tsx', use('../lib/db/database')],
    ['a page reads lib/db itself', 'components/Probe.tsx', use('@/lib/db/queries')],
    ['a hook writes', 'components/hooks/probe.ts', use('../../lib/db/repository')],
    ['a hook imports Dexie itself', 'components/hooks/probe.ts', use('dexie')],
    ['a host-page UI reads a hook', 'components/in-page/probe.tsx', use('../hooks/live-reads')],
    ['the tab context opens the database', 'lib/tab-context/probe.ts', use('../db/database')],
    ['the report reads the database', 'lib/report/probe.ts', use('../db/queries')],
    ['the in-page protocol reads the database', 'lib/messaging/protocol.ts', use('../db/queries')],
    ['the router draws a screen', 'lib/messaging/router.ts', use('../../components/ClientPanel')],
    ['reminders draw a screen', 'lib/reminders/probe.ts', use('../../components/ClientPanel')],
  ])('refuses when %s (%s)', async (_why, path, code) => {
    expect(await broken(path, code)).not.toEqual([]);
  });

  it.each([
    ['lib/analysis/rules/probe.ts', use('../types')],
    ['lib/analysis/probe.ts', use('../model/entities')],
    ['lib/sites/gmail/probe.ts', use('../../dom/observe')],
    ['lib/sites/gmail/probe.ts', use('../generic/addresses')],
    ['lib/sites/gmail/probe.ts', use('../../model/addresses')],
    ['lib/in-page/probe.ts', use('../messaging/client')],
    ['lib/in-page/probe.tsx', use('@/components/in-page/WarningCard')],
    ['lib/in-page/probe.ts', use('../sites/types')],
    ['components/in-page/probe.tsx', use('../../lib/i18n')],
    ['components/in-page/probe.tsx', use('./WarningCard')],
    ['lib/dom/probe.ts', use('../../components/in-page/in-page.css?inline')],
    ['lib/db/probe.ts', use('../model/entities')],
    ['components/hooks/probe.ts', use('../../lib/db/database')],
    ['components/Probe.tsx', use('./hooks/live-reads')],
    ['components/hooks/probe.ts', use('dexie-react-hooks')],
    ['lib/messaging/handlers/probe.ts', use('../../db/queries')],
    ['lib/messaging/protocol.ts', use('../model/entities')],
    ['lib/sites/gmail/probe.test.ts', use('../../db/database')],
  ])('allows at %s: %s', async (path, code) => {
    expect(await broken(path, code)).toEqual([]);
  });
});
