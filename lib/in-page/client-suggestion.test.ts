import { describe, expect, it } from 'vitest';
import { newClientFrom } from './client-suggestion';

describe('client suggestion', () => {
  it('suggests a new client from the first business domain, never from free mail', () => {
    expect(
      newClientFrom([{ address: 'chris@gmail.com' }, { address: 'wang@globex.example' }]),
    ).toEqual({ name: 'Globex', domain: 'globex.example' });
    expect(newClientFrom([{ address: 'a@qq.com' }, { address: 'b@outlook.com' }])).toBeNull();
  });
});
