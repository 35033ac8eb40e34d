// Analysis speed: cold and edited analysis of synthetic mixed EN/ZH client emails, a 1 MB
// input, and harper.js linting the same texts. Texts are written here, not taken from the corpus.
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import { createAnalyzer } from '../../lib/analysis/index';
import { median, round, sample } from './stats';

const NOW = '2026-11-27T09:00:00Z';
const ctx = { now: NOW, timeZone: 'Europe/London' };

// The mix of a real client email: mostly context and questions, a few commitments, one or two
// overpromise cues (overpromising is rare in real mail: 8 in 733 sentences of the Enron corpus).
const EN = [
  'Thanks for the call this morning, it was good to go through the rollout plan with your team.',
  "I'll send you the revised statement of work by Friday.",
  'Our QA team has finished the regression pass on the staging build.',
  'The dashboards now load in under two seconds for most of your regional users.',
  'Let me check with finance and get back to you soon.',
  'Could you confirm the number of seats you need for the second phase?',
  'The invoice for October was sent on the 3rd, and the credit note is attached.',
  'Several of your managers asked about single sign-on during the training sessions.',
  'If you want, I can set up a short demo for the new managers.',
  'We will definitely have the integration ready before the holidays.',
  'Your procurement team mentioned that the budget for next year is still being approved.',
  'I will update the project tracker and share the link with everyone.',
  'The export issue you reported last week was caused by a timeout in the reporting service.',
  'We aim to close the remaining tickets within two business days.',
  'Please note that the office will be closed on the 24th and 25th.',
  'Happy to discuss the pricing options on our next call.',
];
const ZH = [
  '您好，感谢您今天抽空参加项目评审会议。',
  '我们会尽快把修改后的报价单发给您。',
  '上周的培训反馈整体不错，大家对新流程比较认可。',
  '请您提供一下测试环境的账号，方便我们排查。',
  '稍后会有专人联系您确认上线时间。',
  '关于数据迁移的问题，我们一定会在月底前处理好。',
];

/** A realistic email of about `words` words (a Chinese sentence counts as ten), varied by `seed`. */
function email(words: number, seed: number, signature = true): string {
  const parts: string[] = [`Hi Jordan ${seed},`];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const zh = (i + seed) % 4 === 3;
    const s = zh ? ZH[(i * 7 + seed) % ZH.length]! : EN[(i * 5 + seed) % EN.length]!;
    parts.push(`${s.replace(/\.$/, '')} (${seed}-${i}).`.replace(/。 \(/, ' ('));
    count += zh ? 10 : s.split(' ').length;
  }
  parts.push(signature ? 'Best,\nSam\n-- \nSam Lee | Account Manager' : 'Best,\nSam');
  return parts.join(i18nJoin(seed));
}
const i18nJoin = (seed: number): string => (seed % 2 ? ' ' : '\n');

export default async function bench(): Promise<Record<string, number>> {
  const analyzer = createAnalyzer();
  // Warm the JIT on other texts, as a content script is warm after the first few keystrokes.
  for (let i = 0; i < 300; i++) analyzer.analyze(email(300, 10_000 + i), ctx);
  let seed = 0;
  const cold300 = await sample(() => analyzer.analyze(email(300, ++seed), ctx), {
    warmup: 5,
    runs: 200,
  });
  const cold2000 = await sample(() => analyzer.analyze(email(2000, ++seed), ctx), {
    warmup: 3,
    runs: 60,
  });

  const base = email(300, 99_999);
  analyzer.analyze(base, ctx);
  const at = base.indexOf('revised') + 3;
  let n = 0;
  const edit300 = await sample(
    () => {
      n++;
      const edited = base.slice(0, at) + String.fromCharCode(97 + (n % 26)) + base.slice(at);
      return analyzer.analyze(edited, ctx);
    },
    { warmup: 5, runs: 60 },
  );

  let big = '';
  for (let i = 0; big.length < 1_000_000; i++) big += email(300, 50_000 + i, false) + '\n\n';
  const oneMB = await sample(() => createAnalyzer().analyze(big, ctx), { warmup: 1, runs: 3 });

  const linter = new LocalLinter({ binary });
  await linter.setup();
  for (let i = 0; i < 10; i++) await linter.lint(email(300, 20_000 + i));
  const harper300 = await sample(() => linter.lint(email(300, ++seed)), { warmup: 3, runs: 30 });
  const harper2000 = await sample(() => linter.lint(email(2000, ++seed)), { warmup: 2, runs: 10 });

  return {
    'analysis.cold300.ms': round(median(cold300)),
    'analysis.cold2000.ms': round(median(cold2000)),
    'analysis.edit300.ms': round(median(edit300)),
    'analysis.oneMB.ms': round(median(oneMB)),
    'harper.cold300.ms': round(median(harper300)),
    'harper.cold2000.ms': round(median(harper2000)),
    'analysis.vsHarper.ratio': round(median(cold300) / median(harper300)),
  };
}
