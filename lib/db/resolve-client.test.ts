import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeptDatabase } from './database';
import { isFreeMailDomain } from '../model/addresses';
import { addContact, createClient } from './repository';
import { resolveClient } from './resolve-client';
import { NOW, testDatabase } from './test-support';

describe('isFreeMailDomain', () => {
  const free = [
    'gmail.com',
    'googlemail.com',
    'outlook.com',
    'hotmail.co.uk',
    'live.fr',
    'yahoo.co.jp',
    'yahoo.com.cn',
    'icloud.com',
    'me.com',
    'aol.com',
    'proton.me',
    'protonmail.ch',
    'gmx.de',
    'qq.com',
    'vip.qq.com',
    '163.com',
    '126.com',
    'yeah.net',
    'sina.cn',
    'sohu.com',
    'foxmail.com',
    'aliyun.com',
    '139.com',
    'GMAIL.COM',
  ];
  const notFree = ['acme.example', 'mail.acme.example', 'huaxing.cn.example', 'gmail-partners.com'];
  it.each(free)('%s is free mail', (d) => expect(isFreeMailDomain(d)).toBe(true));
  it.each(notFree)('%s is not free mail', (d) => expect(isFreeMailDomain(d)).toBe(false));
});

describe('resolveClient', () => {
  let db: KeptDatabase;
  let acme: string;
  let globex: string;
  beforeEach(async () => {
    db = testDatabase();
    acme = (await createClient(db, { name: 'Acme', domains: ['acme.example'] }, NOW)).id;
    globex = (await createClient(db, { name: 'Globex', domains: ['globex.example'] }, NOW)).id;
    await addContact(db, { clientId: acme, email: 'pat@gmail.com' });
    // A consultant at Globex's domain who works for Acme: the contact wins over the domain.
    await addContact(db, { clientId: acme, email: 'sam@globex.example' });
  });
  afterEach(() => db.close());

  it('matches a contact first, then the domain', async () => {
    const result = await resolveClient(db, ['"Sam" <Sam@Globex.example>', 'lee@globex.example']);
    expect(result.map((r) => [r.client.name, r.addresses])).toEqual([
      ['Acme', ['sam@globex.example']],
      ['Globex', ['lee@globex.example']],
    ]);
  });

  it('maps a free-mail address only through a contact', async () => {
    const result = await resolveClient(db, ['pat@gmail.com', 'stranger@gmail.com']);
    expect(result.map((r) => [r.client.id, r.addresses])).toEqual([[acme, ['pat@gmail.com']]]);
  });

  it('returns every client in the thread, most addresses first', async () => {
    const result = await resolveClient(db, [
      'a@globex.example',
      'b@globex.example',
      'dana@eu.acme.example',
      'nobody@unknown.example',
    ]);
    expect(result.map((r) => [r.client.id, r.addresses.length])).toEqual([
      [globex, 2],
      [acme, 1],
    ]);
  });

  it('returns nothing for no usable addresses', async () => {
    expect(await resolveClient(db, ['', 'not-an-address'])).toEqual([]);
  });
});

describe('resolveClient with shared and nested domains', () => {
  let db: KeptDatabase;
  afterEach(() => db.close());

  it('returns every client that owns the domain, and prefers the most specific domain', async () => {
    db = testDatabase();
    const eu = await createClient(db, { name: 'Acme EU', domains: ['acme.example'] }, NOW);
    const us = await createClient(db, { name: 'Acme US', domains: ['acme.example'] }, NOW);
    const labs = await createClient(db, { name: 'Acme Labs', domains: ['labs.acme.example'] }, NOW);
    const shared = await resolveClient(db, ['kim@acme.example']);
    expect(shared.map((r) => r.client.id).sort()).toEqual([eu.id, us.id].sort());
    const nested = await resolveClient(db, ['ada@labs.acme.example']);
    expect(nested.map((r) => r.client.id)).toEqual([labs.id]);
  });
});
