import { ComposerChip } from '@/components/in-page/ComposerChip';
import { contentEditableSurface, type EditorSurface } from '../dom/editor-surface';
import { createHighlightLayer, installHighlightStyles } from '../dom/highlights';
import { guardSend } from '../dom/send-guard';
import { mountShadowUi, type ShadowUi, type UiContext } from '../dom/shadow-ui';
import { textareaSurface } from '../dom/textarea-mirror';
import { registerDraft } from './draft-inserts';
import type { Composer } from '../sites/types';
import { createCardController } from './card-controller';
import { createFindingsList } from './findings-panel';
import { claimContext } from './context-owners';
import { analyzeDraft, EMPTY_ANALYSIS, ignoreKey, type DraftContext } from './draft-analysis';
import { followSettings } from './follow-settings';
import { createReview } from './review-controller';
import { contextOf, watchRecipients } from './recipients';
import { allowPhrase, ruleSettings } from './settings-cache';
import { clientFor, openClient, type ClientSummary } from './client-lookup';
import { uiText } from './ui-text';

/** Quiet time after the last key press before the draft is analysed again. */
export const DEBOUNCE_MS = 60;

/**
 * Everything Kept does for one composer: analysis as the user types, underlines, the warning card,
 * the chip, the review before Send and the side panel's context. All of it ends when `signal` aborts
 * (the composer closed), so nothing leaks.
 */
export function attachComposer(
  ctx: UiContext,
  site: string,
  composer: Composer,
  signal: AbortSignal,
): void {
  const surface: EditorSurface =
    // By name, not `instanceof`: a textarea inside an iframe belongs to another realm.
    composer.body.localName === 'textarea'
      ? textareaSurface(composer.body as HTMLTextAreaElement, signal)
      : contentEditableSurface(composer.body, composer.excluded);
  installHighlightStyles(surface.styleTarget);
  registerDraft(surface, signal);
  const layer = createHighlightLayer(composer.body.ownerDocument);
  signal.addEventListener('abort', () => layer.clear(), { once: true });

  const context: DraftContext & { ignored: Set<string> } = {
    ledger: [],
    settings: {},
    ignored: new Set(),
  };
  let reviewOn = true;
  let draft = EMPTY_ANALYSIS;
  let client: ClientSummary | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chip: ShadowUi | null = null;

  const renderChip = () =>
    chip?.render(
      <ComposerChip
        t={uiText()}
        warnings={draft.findings.length}
        commitments={draft.commitments.length}
        clientName={client?.name}
        onOpenClient={() => client && openClient(client.id)}
        onShowFindings={() => findingsList.toggle()}
        findingsOpen={findingsList.isOpen()}
      />,
    );
  const analyse = () => {
    clearTimeout(timer);
    timer = undefined;
    if (signal.aborted) return;
    draft = analyzeDraft(surface, context);
    layer.show(
      draft.findings.map(({ finding: { kind, severity }, range }) => ({ kind, severity, range })),
    );
    card.refresh();
    findingsList.refresh();
    renderChip();
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(analyse, DEBOUNCE_MS);
  };
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  const card = createCardController({
    ctx,
    surface,
    signal,
    findings: () => draft.findings,
    onFix: (item, replacement) => surface.replace(item.range, replacement),
    onIgnore: (item) => {
      context.ignored.add(ignoreKey(item.finding));
      analyse();
    },
    onAllow: (item) => {
      context.settings = {
        ...context.settings,
        allow: [...(context.settings.allow ?? []), item.finding.text],
      };
      analyse();
      void allowPhrase(item.finding.text);
    },
    onActive: (range) => layer.setActive(range),
  });
  // The chip's counts open the draft's warnings; choosing one puts the caret on it and opens its card.
  const findingsList = createFindingsList({
    ctx,
    signal,
    chip: () => chip?.host ?? null,
    findings: () => draft.findings,
    choose: (item) => {
      surface.select(item.range);
      card.openOn(item);
    },
    changed: () => renderChip(),
  });

  const reportContext = () =>
    claimContext(
      signal,
      contextOf(site, composer.recipients(), composer.threadId(), composer.subject()),
    );
  const resolveRecipients = watchRecipients(composer, signal, (found, ledger) => {
    client = found;
    context.ledger = ledger;
    if (composer.root.contains(document.activeElement)) reportContext();
    analyse();
  });
  // Mid-composition (IME) text is not final: analyse once the composition commits.
  surface.element.addEventListener('input', (e) => !(e as InputEvent).isComposing && schedule(), {
    signal,
  });
  surface.element.addEventListener('compositionend', schedule, { signal });
  surface.element.addEventListener('focus', reportContext, { signal });

  const review = createReview({
    ctx,
    site,
    composer,
    signal,
    analysis: () => draft,
    client: () => client,
    resolveClient: () => clientFor(composer.recipients(), composer.threadId()),
    jump: (item) => surface.select(item.range),
    logged: resolveRecipients,
  });
  guardSend({
    root: composer.root,
    editor: composer.body,
    sendButton: () => composer.sendButton(),
    shouldReview: () => {
      if (timer !== undefined) analyse();
      return reviewOn && (draft.findings.length > 0 || draft.commitments.length > 0);
    },
    review,
    signal,
  });

  void mountShadowUi({ ctx, name: 'kept-chip', signal, ...composer.chip }).then((mounted) => {
    chip = mounted;
    renderChip();
  });
  followSettings(surface.element, signal, (settings) => {
    context.settings = ruleSettings(settings);
    reviewOn = settings?.reviewBeforeSend ?? true;
    analyse();
  });
}
