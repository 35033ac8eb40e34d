import { describe, expect, it } from 'vitest';
import { domainFromInput, domainProblem, domainsFromInput } from './addresses';

describe('domainFromInput', () => {
  it.each([
    ['https://www.globex.cn/', 'globex.cn'],
    ['http://globex.cn:8080/about?x=1#top', 'globex.cn'],
    ['HTTPS://Sales.Globex.CN/path', 'sales.globex.cn'],
    ['www.globex.cn', 'globex.cn'],
    ['globex.cn.', 'globex.cn'],
    ['  globex.cn  ', 'globex.cn'],
    ['buyer@globex.cn', 'globex.cn'],
    ['mailto:buyer@globex.cn', 'globex.cn'],
    ['https://user@globex.cn/', 'globex.cn'],
    ['globex.cn/contact', 'globex.cn'],
  ])('%s → %s', (input, domain) => {
    expect(domainFromInput(input)).toBe(domain);
    expect(domainProblem(domainFromInput(input))).toBeUndefined();
  });

  it('leaves what is not a domain for domainProblem to refuse', () => {
    expect(domainProblem(domainFromInput('not a domain'))).toBeDefined();
  });

  it('reads a pasted list, once each', () => {
    expect(
      domainsFromInput('https://www.globex.cn/, globex.cn; acme.example\nwww.acme.example'),
    ).toEqual(['globex.cn', 'acme.example']);
    expect(domainsFromInput(' , ')).toEqual([]);
  });
});
