import { fixTable } from '../rule-kit/fix-table';

const ledger = (text: string) => ({ ledger: [{ text, due: '2026-12-14' }] });

// The fix puts back the date the client was told, worded like the date it replaces.
fixTable('ledger-conflict', [
  [
    'I will send the revised proposal tomorrow.',
    'I will send the revised proposal on Monday, 14 Dec.',
    0,
    ledger('send revised proposal'),
  ],
  [
    'I will send the revised proposal by 3 December.',
    'I will send the revised proposal by Monday, 14 Dec.',
    0,
    ledger('send revised proposal'),
  ],
  ['我们会在明天发送报价单。', '我们会在12月14日发送报价单。', 0, ledger('发送报价单')],
]);
