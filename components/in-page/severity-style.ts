import type { Severity } from '@/lib/analysis';

/**
 * How each severity (Options → Rules) underlines a warning in a draft: the colour follows the
 * severity, an error's wave is thicker, a note's line dotted. The underlines (lib/dom/highlights) and
 * the legend in Options → Rules read this one table, so the two cannot drift apart.
 */
export const SEVERITY_STYLE: Record<Severity, { colour: string; line: string; thickness: string }> =
  {
    error: { colour: '#d93025', line: 'wavy', thickness: '2.5px' },
    warning: { colour: '#e37400', line: 'wavy', thickness: '1.5px' },
    info: { colour: '#1a73e8', line: 'dotted', thickness: '2px' },
  };

/** The severities from the most to the least serious. */
export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** The CSS `text-decoration` of a severity's underline. */
export const underlineOf = (severity: Severity): string => {
  const { colour, line } = SEVERITY_STYLE[severity];
  return `underline ${line} ${colour}`;
};
