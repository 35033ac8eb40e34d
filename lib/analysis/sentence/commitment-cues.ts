import { ACTION } from './chinese-undertaking';

/**
 * The commitment extractor's own cues for the cheap first pass (docs/ARCHITECTURE.md, "Two stages, cached per sentence"): words
 * without which no clause of a sentence can undertake anything. The rules declare theirs; these cover
 * the shapes no rule triggers on — plans, arranged progressives, deliveries with a thing or the
 * recipient as subject, and Chinese undertakings carried by a time word and an action, without 会/将.
 */

export const EN_COMMITMENT_CUE =
  /\b(will|wil|shall|going to|gonna|let (me|us)|let's|expect to|commit to|to follow|(plan|intend|aim|hope|want|like)s? to|(planning|aiming|hoping|intending|expecting) to|should (be able|have))\b|'ll\b|'d like to\b|\b(am|are|'m|'re|is|'s) (\w+ )?(sending|forwarding|having|emailing|faxing|mailing|preparing|drafting|shipping|couriering|issuing|processing|refunding|booking|scheduling|arranging|dispatching|delivering|releasing|posting|uploading|setting up)\b|^\W*expect\b|^\W*(look|watch|keep an eye) out for\b|^\W*watch for\b|\bplan is to\b|\b(is|are) (scheduled|booked|set|planned|lined up) (for|to)\b|\bships\b|\bgoes out\b|\bon track to\b|\byou can expect\b|\bguarantee\b|\b(ill|well) (send|get|have|call|email|forward|follow|update|check|look|be|make|do|fix|try|let)\b|^\W*(sending|forwarding|sharing|circulating|e-?mailing|posting|shipping|dispatching|uploading|couriering|getting)\b/i;

/**
 * Chinese: an action toward the recipient (发您, 给您, 寄给, 交付, 上线…), a plan word (争取, 预计, 打算),
 * or a handover to the writer (交给我, 我来).
 */
export const ZH_COMMITMENT_CUE = new RegExp(
  `${ACTION.source}|${/[发寄给带交传送推递约回]您|给到|到您|发到|寄到|送到|交付|提交|上线|同步|安排|处理|跟进|联系|回复|回电|答复|核实|反馈|告知|通知|出[一两几\d]?[版份稿]|争取|预计|打算|计划|准备|尽量|我来|交给我|包在我/.source}`,
);
