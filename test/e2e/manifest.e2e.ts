import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Least privilege: the built manifests ask only for what the README's Permissions table names. */
const readme = readFileSync('README.md', 'utf8');
const permissionsSection = readme.split('## Permissions')[1]?.split('\n## ')[0] ?? '';

function manifest(dir: string): {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: unknown } };
} {
  return JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));
}

describe.each([['chrome-mv3'], ['firefox-mv3']])('the %s manifest', (dir) => {
  if (dir === 'firefox-mv3') execSync('npx wxt build -b firefox', { stdio: 'ignore' });
  const m = manifest(dir);

  it('names every permission in the README', () => {
    for (const permission of m.permissions ?? [])
      expect(permissionsSection, `README should explain "${permission}"`).toContain(
        `\`${permission}\``,
      );
  });

  it('names every host it runs on in the README and never asks for all URLs', () => {
    const hosts = [
      ...(m.host_permissions ?? []),
      ...(m.content_scripts ?? []).flatMap((c) => c.matches),
    ];
    for (const host of hosts) {
      expect(host).not.toBe('<all_urls>');
      expect(host).not.toMatch(/^\*:\/\/\*\/\*$/);
      expect(permissionsSection, `README should explain host "${host}"`).toContain(host);
    }
  });
});

it('the Firefox manifest declares a gecko id and that Kept collects no data', () => {
  const m = manifest('firefox-mv3');
  expect(m.browser_specific_settings?.gecko?.id).toMatch(/@/);
  expect(m.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({
    required: ['none'],
  });
});
