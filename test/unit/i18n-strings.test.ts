/**
 * Every string a component shows comes from the locale files (docs/ARCHITECTURE.md, "Language"):
 * this test parses components/**\/*.tsx with the TypeScript compiler and fails on text a user would
 * see written into a component — JSX text, a string in a JSX child expression, or a string in a
 * user-visible attribute (aria-label, title, placeholder, alt, label…) — that contains a letter and
 * is not a message key. A few technical strings are allowed below, each with its reason.
 *
 * Run it alone: `npx vitest run test/unit/i18n-strings.test.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';

const ROOT = join(__dirname, '../..');
const COMPONENTS = join(ROOT, 'components');

/** Attributes whose value a user reads or a screen reader speaks. */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'subtitle',
  'heading',
  'summary',
  'confirmLabel',
  'cancelLabel',
]);

/**
 * Strings allowed where the test would flag them: `file` (relative to components/, or '*' for every
 * file) and the exact text, with the reason it is not screen text to translate.
 */
const ALLOWED: { file: string; text: string; reason: string }[] = [
  { file: '*', text: 'Kept', reason: 'the product name, the same in every language' },
  {
    file: '*',
    text: 'Kept:',
    reason: 'the product name as a prefix before a translated message',
  },
  ...['LanguageSettings.tsx', 'ReportPanel.tsx'].flatMap((file) => [
    { file, text: 'English', reason: 'a language named in itself, so its readers find it' },
    { file, text: '简体中文', reason: 'a language named in itself, so its readers find it' },
  ]),
];

/** Every dotted key of the English messages (plural objects count as one key). */
function keys(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([k, v]) =>
    typeof v === 'string' || 'n' in v ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}
const KEYS = new Set(keys(en));

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return componentFiles(path);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [path] : [];
  });
}

const HAS_LETTER = /\p{L}/u;

export interface Finding {
  file: string;
  line: number;
  text: string;
  where: string;
}

function isAllowed(file: string, text: string): boolean {
  if (KEYS.has(text)) return true;
  return ALLOWED.some((a) => (a.file === '*' || a.file === file) && a.text === text);
}

/** The hard-coded user-visible strings of one component's source. */
export function hardCodedStrings(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string, where: string) => {
    // JSX text keeps HTML entities as written (&lt;): they are punctuation, not words.
    const trimmed = text
      .replace(/&(\w+|#\d+);/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!HAS_LETTER.test(trimmed) || isAllowed(file, trimmed)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.push({ file, line, text: trimmed, where });
  };

  /**
   * The strings an expression can evaluate to as text: literals and templates, through conditionals,
   * `??`/`||`/`&&` and parentheses. A call's arguments are not text (`t('key')`, `fn('id')`).
   */
  const visitValue = (node: ts.Node, where: string): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      report(node, node.text, where);
    else if (ts.isTemplateExpression(node)) {
      report(node.head, node.head.text, where);
      for (const span of node.templateSpans) {
        visitValue(span.expression, where);
        report(span.literal, span.literal.text, where);
      }
    } else if (ts.isConditionalExpression(node)) {
      visitValue(node.whenTrue, where);
      visitValue(node.whenFalse, where);
    } else if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (
        op === ts.SyntaxKind.QuestionQuestionToken ||
        op === ts.SyntaxKind.BarBarToken ||
        op === ts.SyntaxKind.AmpersandAmpersandToken
      ) {
        visitValue(node.right, where);
        if (op !== ts.SyntaxKind.AmpersandAmpersandToken) visitValue(node.left, where);
      } else if (op === ts.SyntaxKind.PlusToken) {
        visitValue(node.left, where);
        visitValue(node.right, where);
      }
    } else if (ts.isParenthesizedExpression(node)) visitValue(node.expression, where);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text, 'JSX text');
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      visitValue(node.expression, 'JSX child');
    else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sf);
      if (VISIBLE_ATTRIBUTES.has(name) && node.initializer) {
        if (ts.isStringLiteral(node.initializer)) report(node, node.initializer.text, name);
        else if (ts.isJsxExpression(node.initializer) && node.initializer.expression)
          visitValue(node.initializer.expression, name);
      }
    } else if (
      ts.isPropertyAssignment(node) &&
      (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) &&
      VISIBLE_ATTRIBUTES.has(node.name.text)
    )
      // An object handed to a component as its props or items ({ label: …, title: … }).
      visitValue(node.initializer, `${node.name.text} property`);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('no hard-coded user-visible strings in components', () => {
  it('flags JSX text, child strings and visible attributes, but not keys or technical values', () => {
    const found = hardCodedStrings(
      'Sample.tsx',
      `export const A = ({ n, t }) => (
        <div aria-label="Close" title={n ? 'Open' : t('common.cancel')} className="kept-card">
          Hello {n > 1 ? \`\${n} items\` : ''} {t('common.cancel')} {'·'} {'common.cancel'}
          <input placeholder={\`Type \${n}\`} type="text" data-x="plain" />
          <Menu items={[{ id: 'drop', label: 'Drop it' }, { id: 'x', label: t('common.edit') }]} />
        </div>
      );`,
    );
    expect(found.map((f) => `${f.where}: ${f.text}`)).toEqual([
      'aria-label: Close',
      'title: Open',
      'JSX text: Hello',
      'JSX child: items',
      'placeholder: Type',
      'label property: Drop it',
    ]);
  });

  it('finds none in components/', () => {
    const found = componentFiles(COMPONENTS).flatMap((path) =>
      hardCodedStrings(relative(COMPONENTS, path), readFileSync(path, 'utf8')),
    );
    expect(
      found.map((f) => `components/${f.file}:${f.line} (${f.where}) “${f.text}”`),
      'Put these in locales/en.json and locales/zh_CN.json and show them with t(key)',
    ).toEqual([]);
  });
});
