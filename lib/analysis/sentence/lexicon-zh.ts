/** Chinese word lists for clause analysis. */

/** Future markers: 会/将 and the time adverbs that promise an action on their own (我们马上核实). */
export const ZH_MARKER =
  /(?<![不机议社误学体聚协约话一布开晚展年酒例宴])会(?![员议话不计儿])|将(?=会|尽快|马上|立即|及时|第一时间|安排|为您|给您|与您|向您|在|于|继续|不断|进一步|通过|持续|有|派)|即将|稍后|马上|立即|立刻|尽快|第一时间|这就|随即|承诺(?![的书函])|保证(?![金书函期人])|确保|(?<=(?:我|们|编|这边|这里|我处|我司|小[\u4e00-\u9fffA-Za-z]))(?:为您|帮您|替您)/g;

/** The writer's side as a subject: we, the helpdesk's persona (小编, 小沃, 小U), staff, this shop. */
export const ZH_WRITER =
  /我们|我司|我方|我处|我公司|本公司|本店|本人|小编|客服|工作人员|专人|专员|售后|工程师|技术人员|相关人员|处理人员|维修人员|同事|人员|这边|这里|俺们|老师|我|小[A-Za-z\u4e00-\u9fff](?=会|将|马上|稍后|尽快|立即|这边|已|也|一定|定|很|在|为|给)/g;

/** Someone else acting: the merchant, the airline, them. */
export const ZH_THIRD =
  /商家|卖家|代理商|航空公司|银行|快递|物流|厂家|厂商|第三方|他们|他|她|对方|店员|运营商/g;

/**
 * A party after a preposition is who the writer works with, not who acts: "我们跟保司争取",
 * "我这边向银行申请", "跟快递公司核实". Masks the party (same length, offsets kept).
 */
export function maskPartners(text: string): string {
  return text.replace(
    /(跟|和|与|向|找|联系|催)(他们|他|她|对方|商家|卖家|代理商|厂家|厂商|原厂|第三方|店员|运营商|快递(?:员|公司|小哥|那边|方)?|物流(?:公司)?|银行|航司|航空公司|房东|业主|候选人|贸促会|保司|海关)/g,
    (_m, prep: string, party: string) => prep + '_'.repeat(party.length),
  );
}

/** Things as subjects ("系统会自动…", "信号会受影响"): a prediction, when right before the marker. */
export const ZH_THING =
  /(系统|手机|软件|网络|信号|价格|费用|短信|它|耳机|屏幕|程序|设备|活动|库存|号码)[也都还就]?$/;

/** Staff after 会有 (会有专人联系您): the writer's side; anything else after 会有 is a prediction. */
export const ZH_STAFF =
  /^有.{0,4}?(专人|专员|工作人员|客服|售后|人员|同事|工程师|师傅|技术人员|相关人员|处理人员)/;

/** The recipient as a subject (not 为您/给您/帮您/与您, where 您 is the beneficiary). */
export const ZH_RECIPIENT =
  /(?<![为给帮与向对跟和让请令使助系知诉])(您|你|亲)(?![的好们]|当地|所在|那边|这边)/g;

/** Requests and advice to the recipient. */
export const ZH_REQUEST = /^(请|烦请|麻烦|建议|欢迎|您可以|你可以|可以|亲可以|记得|务必|不妨)/;

/** Verbs of service that deliver something to the recipient. */
export const ZH_SERVICE =
  /联系|回复|答复|处理|核实|核查|查证|查看|查询|查修|检修|维修|修复|反馈|记录|提交|跟进|受理|解决|安排|通知|告知|告诉|发货|发送|发出|发您|发到|发给|寄|聊|沟通|汇报|同步|上线|交付|给到|完成|恢复|搞定|办好|弄好|修好|做好|送到|到货|退款|退还|补发|赔|转交|转给|转达|上架|催|确认|协助|帮|为您|给您|与您|向您|分析|测试|登记|严查|验证|联络|公布|调查|核对|排查|修|送|派|办理|补偿|更换|升级|推送|更新|报|递交|上报|回电|致电|说明|交给|交由|去|过去/;

/** Continuous general improvement: a mission statement, not a deliverable (我们会不断完善). */
export const ZH_MISSION =
  /不断|持续|继续|进一步(?:加强|完善|提升|提高|优化|改善)|努力|引以为戒|越做越好|做的更好|做得更好|更加|加强|完善|改善|提升|提高|优化|认真研究|认真思考|研究|为您服务|提供更|更优质|优质的?服务/;

export const ZH_NEGATION = /不会|不能|无法|没法|不再|不用|不必|未必|并不|不保证|不承诺/;

export const ZH_HEDGE = /尽量|争取|尽力|努力|可能|应该|大概|也许|希望|考虑|尝试|试着/;

export const ZH_PAST = /已经|已|曾/;

/** The offer waits on the recipient (如需协助…我们会), or the action is only a purpose (以便…). */
export const ZH_CONDITION =
  /如需|如有需要|如您需要|若需|若您需要|如果您需要|需要.{0,4}协助|仍需|还需|您如果|如果.{0,6}(仍|还|依然|再次|频繁)|欢迎.{0,8}联系|以便|为便于|以免|有问题再|后续有任何问题/;
