/**
 * Chinese undertakings without 会/将. In Chinese the future is usually carried by a time word and an
 * action, not a modal: "报价单我周四下午发您", "合同终稿明早给到您", "我们争取周五前上线",
 * "纪要整理好后发到群里". A clause undertakes when an action verb is aimed at the recipient (发您, 给您,
 * 寄给, 带您) or is bound to a time or a plan word (今晚, 周五前, 争取, 预计), and nothing makes it a
 * report of the past, a request, a question, a negation or someone else's act.
 */
import type { Actor, Clause } from '../types';
import { lastMatch } from './last-match';
import { maskPartners, ZH_CONDITION } from './lexicon-zh';

/** Actions that hand something over or get something done for the recipient. */
export const ACTION =
  /(?:帮|(?<!因)为|替)(?:您|你)(?=[\u4e00-\u9fff])(?!的|带来|造成)|(?:我|我们|我这边)来(?:跟进|处理|提交|安排|负责|对接|翻|做|办|谈|改|写|联系)|(?:调整|改|推迟|延|延期|提前|顺延)到|送去|带去|寄去|拿去|结清|付清|支付|付款|结算|过一下|过一遍|碰一下|去现场|到现场|勘测|测量|打款|转账|汇款|开票|开发票|出报告|出图|出单|出票|排期|排产|打样|安装|调试|部署|培训|演示|到场|对接|回访|复核|盖章|签好|提报|报价给|报个价|补齐|补上|修复|修好|搞定|落实|推进|协调|发起|寄出|派送|配送|交接|移交|转给|转发|抄送|开具|[发寄]给?您|给您(?!带来|造成|的|添|使用|不便|道歉)|给到|带您|陪您|跟您(?:汇报|沟通|确认|对|聊|约|说|同步|联系|反馈|回复)|发(?:到|至|过去|您|一份|一版|给|出|微信|邮件|邮箱)|寄(?:到|过去|给|出|您|一份)|送(?:到|过去|给|达)|交付|交(?:给您|到)|递(?:交|上去)|提交|同步|上线|发布|完成|(?:弄|做|准备|布置|搭|装|调)好|调整|发货|出货|到货|出(?:第?[一二两三几\d]?[版份稿个张套])|出(?:方案|报价|结果|调整稿|初稿|终稿|清单|排期)|定稿|开(?:给|好)|推(?:[一两几\d]份|给)|重新录|整理好?(?:后|发|给)|安排|跟进|处理|回复|回话|答复|回电|告知|告诉您|通知(?:您|到)|联系您|上门|更新到|申请|申报|提供给|补发|退款|退还|修改好|改好|对一遍|复尺|评估|测试|审核|核对|核实|查一下|看一下|follow ?up|check/i;

/** Time words and bounded windows that bind an action to a moment (explicit or vague). */
const TIME =
  /今天|今晚|今早|明天|明早|明晚|明后天|后天|上午|下午|晚上|中午|凌晨|早上|周[一二三四五六日天末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|下周|本周|这周|下个?月|月底|月初|月中|年底|年前|节前|节后|春节|国庆|[0-9０-９一二三四五六七八九十两]+\s*(?:月|日|号|点|小时|天|周|个工作日)|工作日|下班前|开[会课播展幕]前|之前|以内|内|EOD|COB|ASAP|尽快|马上|立即|稍后|第一时间|改天|过几天|近期|后续|回头|随后|待会|一会儿?|等.{1,12}后|一[\u4e00-\u9fff]{1,4}就|.{1,8}(?:后|完|好)(?:再|我|我们|就|马上|第一时间)/;

/** Verbs that hand the work over by themselves. */
const HANDOVER =
  /交付|发货|出货|寄出|发出|送达|上线|提交|交稿|定稿|到货|打款|转账|汇款|开票|出票|安装|部署|发布|交接/;

/** Plan words: a hedged undertaking is still an undertaking (我们争取…, 预计…给您). */
const PLAN = /争取|预计|打算|计划|准备|尽量|力争|拟/;

/**
 * Certainty words bind an action as firmly as a time does: "我们一定准时发货", "百分之百按时交付" are
 * undertakings (and overpromises: the two are decided apart).
 */
const FIRM = /一定|肯定|必定|保证(?!金)|保质保量|百分之?百|100%|绝对/;

/**
 * Reports of what is done, or of a state: 已经发您了, 改好了, 发过. Not 了 that sequences an event before
 * the action ("定了马上通知您": once it is decided, we tell you).
 */
const DONE =
  /已经|已|刚刚|刚才|曾|了(?![解]|就|马上|立即|立刻|再|第一时间)|过(?=[了。，,])|成功|完毕/;

/** Offers and requests: "我们也可以帮您做" (an offer), "麻烦您这周内提供给我们" (a request). */
const OFFER = /可以|能够|^能|可帮|请您|麻烦您|烦请|请亲|麻烦亲|建议|(?:您|你|亲)[^，,。]{0,6}的话/;

/** Someone other than the writer's side acts. */
const THIRD =
  /他们|他|她|对方|商家|卖家|厂家|原厂|快递(?:员|公司|小哥|那边|方)|物流公司|银行|航司|航空公司|房东|业主|候选人|贸促会|保司|海关/g;

/** The recipient acts (not 给您/发您/跟您, where 您 receives). */
const RECIPIENT_ACTS =
  /(?:^|[^给发寄带陪跟向为帮替与和对让请告诉知到])(?:您|你|亲)(?:先|再|可以|可|需要|要|自己|这边|那边|看|确认|核|填|签|提供|发|回)(?![^，,。]{0,3}的)/;

/** Requests to the recipient, and negations of the action. */
const REQUEST = /^(?:请|烦请|麻烦|建议|欢迎|记得|务必|不妨|您可以|你可以|可以)/;
const NEGATION = /不[会能用必]?(?![错久])|没|无法|未|别/;

/** Apologies ("给您带来不便") and purpose clauses ("以便为您核实") promise nothing themselves. */
const APOLOGY = /抱歉|歉意|见谅|谅解|对不起|不好意思/;
const PURPOSE = /^(?:为了|为|以便|为便于|为保障|为保证|便于|以免)|(?:承诺|说好|约定|答应)的是/;

/** The writer's side as a subject: first person, the team, 我这边, 我们的讲师. */
const WRITER =
  /我们?(?:这边|的[\u4e00-\u9fff]{1,6})?|我门|我司|我方|本店|小编|团队|项目组|财务|法务|技术|运营|仓库|客服|售后|工程师|同事|顾问|讲师|律师|设计师|师傅|专员|经理|助理|主管/g;

const lastIndexOf = (re: RegExp, text: string): number => lastMatch(re, text)?.index ?? -1;

export interface Undertaking {
  /** Offset of the action verb within the clause. */
  actionAt: number;
  hedged: boolean;
}

/**
 * Whether a comma clause without a future marker undertakes something; `inherited` is the actor of
 * the clause before (an elided subject continues it), `sentence` the whole sentence for its time words.
 */
export function chineseUndertaking(clause: string, inherited: Actor): Undertaking | null {
  const text = clause.trim();
  if (text.length < 3 || REQUEST.test(text) || APOLOGY.test(text) || PURPOSE.test(text))
    return null;
  const action = ACTION.exec(text);
  if (!action) return null;
  const before = text.slice(0, action.index);
  const around = text.slice(Math.max(0, action.index - 3), action.index + action[0].length + 3);
  if (
    DONE.test(before.slice(Math.max(0, lastIndexOf(WRITER, before))).slice(-12)) ||
    DONE.test(text.slice(action.index, action.index + action[0].length + 4))
  )
    return null;
  if (OFFER.test(before)) return null;
  if (NEGATION.test(before.slice(-5)) || /吗|么/.test(around)) return null;
  // A party after a preposition ("我们跟保司争取", "向银行申请") is who the writer works with, not
  // who acts.
  // A party after a preposition ("跟保司") is who the writer works with, not who acts.
  const third = lastIndexOf(THIRD, maskPartners(before));
  const writer = lastIndexOf(WRITER, before);
  if (third > writer) return null;
  if (RECIPIENT_ACTS.test(before + action[0])) return null;
  if (writer < 0 && inherited !== 'writer') return null;
  // Volunteering ("我来跟进", "交给我", "我们这边安排", "安排译员来翻") takes the work on even without a time or a recipient.
  const aimed =
    /您|你|贵司|贵公司|群里|邮箱|微信|我们?来|交给我|我们?这边(?:来)?(?:安排|负责|处理|跟进|对接)|安排[\u4e00-\u9fff]{1,12}来/.test(
      text,
    );
  const timed = TIME.test(text);
  const plan = PLAN.test(text);
  const firm = FIRM.test(before);
  if (!aimed && !timed && !plan && !firm) return null;
  // A topic, a time and a delivery with no subject ("合同译稿24小时内交付") is the writer's own
  // delivery; a weaker verb needs a subject, a recipient or a firm word ("系统明天升级" is a notice,
  // "展位明早一定布置好" a promise).
  if (!aimed && writer < 0 && !plan && !(timed && (HANDOVER.test(text) || firm))) return null;
  // A firm word alone needs the writer as subject: "质量肯定过关" is a claim, not an undertaking.
  if (!aimed && !timed && !plan && writer < 0) return null;
  return { actionAt: action.index, hedged: plan };
}

/** A clause that undertakes without a future marker (see chinese-undertaking.ts). */
export function undertakingClause(
  sentence: string,
  start: number,
  end: number,
  inherited: Actor,
  question: boolean,
): Clause | null {
  const text = sentence.slice(start, end);
  const found = chineseUndertaking(text, inherited);
  if (!found || question) return null;
  const lead = text.length - text.trimStart().length;
  const actionStart = start + lead + found.actionAt;
  return {
    start: start + lead,
    end,
    text: sentence.slice(start + lead, end),
    actor: 'writer',
    negated: false,
    hedged: found.hedged,
    conditional: ZH_CONDITION.test(sentence.slice(0, actionStart)),
    question,
    pastOrPresentFact: false,
    deliverable: true,
    action: sentence.slice(actionStart, end),
    actionStart,
    markerStart: actionStart,
  };
}
