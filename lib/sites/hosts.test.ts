import { describe, expect, it } from 'vitest';
import { adapterForHost } from './built-in';
import { BUILT_IN_MATCHES, builtInSiteOf } from './hosts';

describe('built-in hosts', () => {
  it.each([
    ['outlook.office.com', 'outlook'],
    ['outlook.office365.com', 'outlook'],
    ['outlook.live.com', 'outlook'],
    ['app.hubspot.com', 'hubspot'],
    ['app-eu1.hubspot.com', 'hubspot'],
    ['crm.zoho.com', 'zoho'],
    ['crm.zoho.com.cn', 'zoho'],
    ['crm.zoho.eu', 'zoho'],
    ['acme-dev.lightning.force.com', 'salesforce'],
    ['acme.pipedrive.com', 'pipedrive'],
    ['www.fxiaoke.com', 'fxiaoke'],
  ])('%s runs the %s adapter', (host, id) => {
    expect(builtInSiteOf(host)).toBe(id);
    expect(adapterForHost(host)?.adapter.id).toBe(id);
  });

  it.each([
    'mail.google.com',
    'evil-pipedrive.com',
    'pipedrive.com.evil.example',
    'zoho.com',
    'force.com',
  ])('does not claim %s', (host) => expect(builtInSiteOf(host)).toBeUndefined());

  it('matches HTTPS only and never all URLs', () => {
    for (const pattern of BUILT_IN_MATCHES)
      expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });
});
