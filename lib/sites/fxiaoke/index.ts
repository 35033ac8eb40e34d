import { composerAround } from '../generic/composer';
import { genericComposer } from '../generic/index';
import { participantsIn } from '../generic/addresses';
import { recordSiteAdapter } from '../generic/record-site';
import { editorSelectors } from '../generic/selectors';
import { isSkip, type Composer, type SkipReason } from '../types';
import { FXIAOKE_RECORD, fxiaokeSelectors as s } from './selectors';

/**
 * A sales-record (销售记录) or email composer: inside a known container when there is one, otherwise
 * any large editor with a 发送/发布 control nearby (Fxiaoke's markup is not public).
 */
const fxiaokeComposer =
  (key: () => string | undefined) =>
  (body: Element): Composer | SkipReason => {
    const known = composerAround(body, {
      root: s.composeRoot,
      recipients: s.recipients,
      subject: s.subject,
      threadId: key,
      about: (root) =>
        participantsIn(root.closest(s.recordRoot) ?? root, `${s.recordHeader} ${s.recordEmails}`),
    });
    if (!isSkip(known)) return known;
    const found = genericComposer(body);
    return isSkip(found) ? found : { ...found, threadId: key };
  };

/** Fxiaoke 纷享销客: sales-record and email composers, and customer pages */
export const fxiaokeAdapter = recordSiteAdapter({
  id: 'fxiaoke',
  bodySelector: `${editorSelectors.rich}, ${s.body}`,
  record: FXIAOKE_RECORD,
  toComposer: fxiaokeComposer,
  recordMarker: s.recordTitle,
  recordPage: { root: s.recordRoot, emails: s.recordEmails, domains: s.recordDomains },
});
