import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NOW } from '../db/test-support';
import { readFired, rememberFired } from './fired-store';

beforeEach(() => fakeBrowser.reset());

describe('fired reminders store', () => {
  it('keeps every key when reminders are remembered concurrently', async () => {
    const keys = ['kept|soon|a', 'kept|soon|b', 'kept|overdue|c'].map((n) => `${n}@${NOW}`);
    await Promise.all(keys.map((k) => rememberFired(k, NOW)));
    expect([...(await readFired())].sort()).toEqual([...keys].sort());
  });

  it('forgets keys whose due time is long past', async () => {
    await rememberFired(`kept|soon|old@${NOW - 10 * 86_400_000}`, NOW);
    await rememberFired(`kept|soon|new@${NOW}`, NOW);
    expect([...(await readFired())]).toEqual([`kept|soon|new@${NOW}`]);
  });
});
