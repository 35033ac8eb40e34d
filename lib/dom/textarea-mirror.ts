import type { EditorSurface } from './editor-surface';
import { installHighlightStyles } from './highlights';
import type { TextSnapshot } from './text-map';

/** Styles that decide where each character of a textarea lands, copied onto the mirror. */
const COPIED = [
  'boxSizing',
  'width',
  'height',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'letterSpacing',
  'lineHeight',
  'textAlign',
  'textIndent',
  'textTransform',
  'wordSpacing',
  'tabSize',
  'direction',
] as const;

/**
 * A surface over a `<textarea>` (needed by the CRM composers). A textarea's text cannot
 * carry highlights, so an invisible mirror with the same box and text sits over it, in a shadow root
 * outside the textarea, and the underlines are drawn on the mirror's text. The textarea itself is
 * never changed except by a fix the user clicks (an undoable `insertText`).
 */
export function textareaSurface(textarea: HTMLTextAreaElement, signal: AbortSignal): EditorSurface {
  const doc = textarea.ownerDocument;
  const host = doc.createElement('kept-mirror');
  const shadow = host.attachShadow({ mode: 'open' });
  const mirror = doc.createElement('div');
  const text = doc.createTextNode('');
  mirror.append(text);
  shadow.append(mirror);
  installHighlightStyles(shadow);
  Object.assign(host.style, { position: 'absolute', pointerEvents: 'none', zIndex: '2147483646' });
  Object.assign(mirror.style, {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
    overflow: 'hidden',
    color: 'transparent',
    borderStyle: 'solid',
    borderColor: 'transparent',
    margin: '0',
  });
  doc.body.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });

  const place = () => {
    const style = getComputedStyle(textarea);
    for (const key of COPIED) mirror.style[key] = style[key];
    const box = textarea.getBoundingClientRect();
    host.style.left = `${box.left + window.scrollX}px`;
    host.style.top = `${box.top + window.scrollY}px`;
    mirror.scrollTop = textarea.scrollTop;
    mirror.scrollLeft = textarea.scrollLeft;
  };
  textarea.addEventListener('scroll', place, { signal, passive: true });
  window.addEventListener('resize', place, { signal, passive: true });

  const snapshot = (): TextSnapshot => {
    if (text.data !== textarea.value) text.data = textarea.value;
    place();
    return {
      text: text.data,
      range(start, end) {
        if (start < 0 || end > text.length || start > end) return null;
        const range = doc.createRange();
        range.setStart(text, start);
        range.setEnd(text, end);
        return range;
      },
      offsetAt: (node, offset) => (node === text ? offset : null),
    };
  };
  const selectOffsets = (range: Range) => {
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(range.startOffset, range.endOffset);
  };
  return {
    element: textarea,
    styleTarget: shadow,
    read: snapshot,
    select: selectOffsets,
    replace(range, replacement) {
      if (range.startContainer !== text) return false;
      selectOffsets(range);
      return doc.execCommand('insertText', false, replacement);
    },
    caret: () =>
      doc.activeElement === textarea ? { node: text, offset: textarea.selectionEnd } : null,
  };
}
