import { describe, expect, it } from 'vitest';
import { rulesFound } from '../rule-kit/table';

describe('past-date', () => {
  it.each(['I will send it on 3 March 2020.', '我们会在2020年3月1日前发货。'])(
    'flags %s',
    (text) => {
      expect(rulesFound(text)).toContain('past-date');
    },
  );
  it.each(['I will send it tomorrow.', 'I sent it on 3 March 2020.', '我们已于2020年3月1日发货。'])(
    'ignores %s',
    (text) => {
      expect(rulesFound(text)).not.toContain('past-date');
    },
  );
});
