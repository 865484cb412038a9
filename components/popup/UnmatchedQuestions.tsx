/**
 * The popup's "Questions on this page that no pack item matches": fields that look
 * like questions (rules/question-like.ts) but that the pack does not know, so the
 * adviser gets no card or follow-up for them. For supervisors: each with its control
 * kind, options and the pack question it came closest to, and a "Copy as text" for a
 * pack change request. Host page text, shown as text only.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { QuestionKind } from '../../rules/question-like';
import type { TabUnmatched } from '../../utils/messages';
import { t, tCount } from '../../utils/i18n';
import { unmatchedAsText } from './unmatched-text';

const KIND_KEYS: Record<QuestionKind, string> = {
  text: 'questionKindText',
  textarea: 'questionKindTextarea',
  number: 'questionKindNumber',
  date: 'questionKindDate',
  select: 'questionKindSelect',
  combobox: 'questionKindCombobox',
  'radio-group': 'questionKindRadioGroup',
  checkbox: 'questionKindCheckbox',
  'checkbox-group': 'questionKindCheckboxGroup',
  switch: 'questionKindSwitch',
  'toggle-buttons': 'questionKindToggleButtons',
};

const kindName = (kind: QuestionKind) => t(KIND_KEYS[kind]);

/**
 * @param question the pack question an item id stands for, in the interface language where the pack has it
 */
export function UnmatchedQuestions({ unmatched, question }: { unmatched: TabUnmatched; question: (itemId: string) => string }) {
  const [copied, setCopied] = useState<'copied' | 'failed'>();
  const fallback = useRef<HTMLTextAreaElement>(null);
  const { total, questions } = unmatched;
  // In the text, the item's id too: what a pack change names.
  const text = unmatchedAsText(questions, kindName, (itemId) => {
    const asked = question(itemId);
    return t('popupUnmatchedNearest', asked === itemId ? itemId : `${asked} (${itemId})`);
  });

  // Where copying is refused, the text is shown selected, for the supervisor to copy with the keyboard.
  useLayoutEffect(() => {
    if (copied === 'failed') {
      fallback.current?.focus();
      fallback.current?.select();
    }
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section class="unmatched" aria-labelledby="unmatched-heading" data-testid="unmatched-questions">
      <h2 id="unmatched-heading">{t('popupUnmatchedHeading')}</h2>
      {total === 0 ? (
        <p data-testid="unmatched-count">{t('popupUnmatchedNone')}</p>
      ) : (
        <>
          <p data-testid="unmatched-count">
            {tCount('popupUnmatchedCount', total)}
            {total > questions.length && <> {tCount('popupUnmatchedFirst', questions.length)}</>}
          </p>
          <ul data-testid="unmatched-list">
            {questions.map((found, index) => (
              <li key={index}>
                <span class="unmatched-label">{found.label}</span> ({kindName(found.kind)})
                {found.options.length > 0 && <span class="muted">: {found.options.join(' / ')}</span>}
                {found.nearest && (
                  <div class="muted" title={found.nearest.itemId}>
                    {t('popupUnmatchedNearest', question(found.nearest.itemId))}
                  </div>
                )}
              </li>
            ))}
          </ul>
          <p class="actions">
            <button type="button" onClick={() => void copy()} data-testid="unmatched-copy">
              {t('popupUnmatchedCopy')}
            </button>{' '}
            <span role="status" data-testid="unmatched-copy-status">
              {copied === 'copied' ? t('popupUnmatchedCopied') : copied === 'failed' ? t('popupUnmatchedCopyFailed') : ''}
            </span>
          </p>
          {copied === 'failed' && (
            <textarea ref={fallback} readOnly rows={6} aria-label={t('popupUnmatchedAsText')} data-testid="unmatched-text" value={text} />
          )}
        </>
      )}
    </section>
  );
}
