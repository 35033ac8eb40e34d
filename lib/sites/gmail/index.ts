import type { Composer, SiteAdapter, SkipReason } from '../types';
import { gmailSelectors } from './selectors';

/** Gmail's adapter: finds compose bodies and the container they live in. */
export const gmailAdapter: SiteAdapter = {
  id: 'gmail',
  bodySelector: gmailSelectors.body,
  toComposer(body: Element): Composer | SkipReason {
    if (!(body instanceof HTMLElement)) return { element: 'body', reason: 'not an HTML element' };
    const root = body.closest<HTMLElement>(gmailSelectors.composeRoot);
    if (!root)
      return { element: 'body', reason: 'editable body is not inside a known compose container' };
    return { body, root };
  },
};
