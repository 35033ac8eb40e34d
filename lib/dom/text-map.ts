/**
 * Plain text of a contenteditable editor with a two-way offset map (text offset ↔ DOM position),
 * so the analysis can run on text while highlights, fixes and hover work on the live DOM. Excluded
 * subtrees (quoted history, signatures) contribute no text. Reads only: it never touches the editor.
 */

/** A DOM boundary point, as used by `Range.setStart`. */
export interface DomPoint {
  node: Node;
  offset: number;
}

/** One piece of the text: a run of a text node, or a line break the markup implies. */
interface Segment {
  start: number;
  end: number;
  /** The text node for a run; null for an implied break. */
  node: Text | null;
  /** Where an implied break sits in the DOM (before the element that caused it). */
  at: DomPoint | null;
}

/** The editor's text at one moment and the way back to the DOM. */
export interface TextSnapshot {
  text: string;
  /** A live Range over `[start, end)`, or null when the offsets fall outside the text. */
  range(start: number, end: number): Range | null;
  /** The text offset of a DOM position inside the editor, or null if it is in no analysed text. */
  offsetAt(node: Node, offset: number): number | null;
}

export interface ExtractOptions {
  /** Subtrees whose text is not the writer's new text (quoted history, signatures). */
  exclude?: string;
  /** Keep `\n` inside text nodes as line breaks (editors styled `white-space: pre-wrap`). */
  preserveNewlines?: boolean;
}

const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIELDSET FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TH THEAD TR UL'.split(
    ' ',
  ),
);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Reads the text of `root` (see the module comment). Cost is linear in the editor's nodes. */
export function extractText(root: HTMLElement, options: ExtractOptions = {}): TextSnapshot {
  const segments: Segment[] = [];
  const byNode = new Map<Text, Segment>();
  let text = '';
  let pendingBreak: DomPoint | null = null;

  const pushBreak = (at: DomPoint) => {
    segments.push({ start: text.length, end: text.length + 1, node: null, at });
    text += '\n';
  };
  // A block boundary becomes one '\n', added lazily so empty blocks and leading blocks add nothing.
  const flushBreak = () => {
    if (pendingBreak && text.length > 0 && !text.endsWith('\n')) pushBreak(pendingBreak);
    pendingBreak = null;
  };
  const pointBefore = (node: Node): DomPoint => ({
    node: node.parentNode!,
    offset: Array.prototype.indexOf.call(node.parentNode!.childNodes, node),
  });

  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const node = child as Text;
        if (node.data.length === 0) continue;
        if (pendingBreak) flushBreak();
        const segment = { start: text.length, end: text.length + node.data.length, node, at: null };
        segments.push(segment);
        byNode.set(node, segment);
        text += normalise(node.data, options.preserveNewlines ?? false);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        if (SKIP.has(element.tagName)) continue;
        const block = BLOCK.has(element.tagName);
        if (block) pendingBreak ??= pointBefore(element);
        if (options.exclude && element.matches(options.exclude)) continue;
        if (element.tagName === 'BR') {
          flushBreak();
          pushBreak(pointBefore(element));
          continue;
        }
        walk(element);
        if (block) pendingBreak = { node: parent, offset: indexAfter(element) };
      }
    }
  };
  walk(root);

  return {
    text,
    range: (start, end) => makeRange(segments, text.length, start, end),
    offsetAt: (node, offset) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const segment = byNode.get(node as Text);
        return segment ? segment.start + Math.min(offset, segment.end - segment.start) : null;
      }
      return offsetOfBoundary(segments, node, offset);
    },
  };
}

/** Non-breaking spaces read as spaces; source newlines collapse like the browser renders them. */
function normalise(data: string, preserveNewlines: boolean): string {
  const spaced = data.replace(/\u00a0/g, ' ');
  return preserveNewlines ? spaced : spaced.replace(/[\n\r\t]/g, ' ');
}

const indexAfter = (node: Node) =>
  Array.prototype.indexOf.call(node.parentNode!.childNodes, node) + 1;

/** The segment holding `offset`; `preferEnd` picks the one ending there over the one starting there. */
function find(segments: Segment[], offset: number, preferEnd: boolean): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (preferEnd ? s.end < offset : s.end <= offset) lo = mid + 1;
    else if (preferEnd ? s.start >= offset : s.start > offset) hi = mid - 1;
    else return s;
  }
  return undefined;
}

function pointFor(segment: Segment, offset: number): DomPoint {
  if (segment.node) return { node: segment.node, offset: offset - segment.start };
  return segment.at!;
}

function makeRange(segments: Segment[], length: number, start: number, end: number): Range | null {
  if (start < 0 || end > length || start > end || segments.length === 0) return null;
  const first = find(segments, start, false) ?? segments[segments.length - 1]!;
  const last = find(segments, end, true) ?? segments[0]!;
  const from = pointFor(first, start);
  const to = last.node ? pointFor(last, end) : last.at!;
  const range = (from.node.ownerDocument ?? document).createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Text offset of a boundary inside an element: the start of the first text run after it. */
function offsetOfBoundary(segments: Segment[], node: Node, offset: number): number | null {
  const doc = node.ownerDocument ?? document;
  const probe = doc.createRange();
  try {
    probe.setStart(node, offset);
  } catch {
    return null;
  }
  for (const s of segments) {
    const point = s.node ? { node: s.node as Node, offset: 0 } : s.at!;
    if (probe.comparePoint(point.node, point.offset) >= 0) return s.start;
  }
  return segments.length ? segments[segments.length - 1]!.end : null;
}
