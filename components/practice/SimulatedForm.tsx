/**
 * The practice page's stand-in for a case system: the pack's items as a plain
 * standardized form, grouped by section, each question labelled in the session's
 * language the way case systems label them (the instrument's number, then the
 * question). Options become radio buttons (up to six) or a drop-down; items without
 * options a text box. The live coach finds these fields the way it finds a host
 * page's: by their labels. Pack text is rendered as text, never as HTML. The form is
 * the session's screen: its own words (a drop-down's "Choose") are in the session's
 * language too, never the interface's (`words`).
 */
import type { CompiledItem, CompiledPack } from '../../rules/compiled-pack';
import { pickText } from '../../rules/localized-text';
import type { Translate } from '../../utils/messages-in-language';

/** More options than this: a drop-down, as case systems do. */
const MAX_RADIOS = 6;

interface Props {
  pack: CompiledPack;
  language: string;
  /** The interface strings in the session's language (utils/messages-in-language.ts messagesIn). */
  words: Translate;
  /** The adviser moved into an item's field (`element`: the control they are in). */
  onItemFocus(itemId: string, element: HTMLElement): void;
}

export function SimulatedForm({ pack, language, words, onItemFocus }: Props) {
  const text = (value: Record<string, string> | undefined) => pickText(value, [language, ...pack.languages]);
  const label = (item: CompiledItem) => `${item.code ? `${item.code.code} ` : ''}${text(item.question)}`;
  const items = new Map(pack.items.map((item) => [item.id, item]));

  return (
    <form
      class="simulated-form"
      lang={language}
      data-testid="simulated-form"
      onSubmit={(event) => event.preventDefault()}
      onFocusIn={(event) => {
        const itemId = (event.target as Element).closest<HTMLElement>('[data-item-id]')?.dataset.itemId;
        if (itemId && event.target instanceof HTMLElement) onItemFocus(itemId, event.target);
      }}
    >
      {pack.sections.map((section) => (
        <fieldset key={section.id} class="form-section">
          <legend>{text(section.title)}</legend>
          {section.itemIds.map((id) => items.get(id)).filter((item): item is CompiledItem => !!item).map((item) => {
            const fieldId = `practice-${item.id}`;
            const options = (item.options ?? []).map(text);
            if (options.length > 0 && options.length <= MAX_RADIOS) {
              return (
                <fieldset key={item.id} class="form-row" data-item-id={item.id}>
                  <legend>{label(item)}</legend>
                  {options.map((option, i) => (
                    <label key={i} class="option">
                      <input type="radio" name={fieldId} id={`${fieldId}-${i}`} value={option} /> {option}
                    </label>
                  ))}
                </fieldset>
              );
            }
            return (
              <div key={item.id} class="form-row" data-item-id={item.id}>
                <label for={fieldId}>{label(item)}</label>
                {options.length > 0 ? (
                  <select id={fieldId} name={fieldId}>
                    <option value="">{words('practiceChoose')}</option>
                    {options.map((option, i) => (
                      <option key={i} value={option}>
                        {option}
                      </option>
                    ))}
                  </select>
                ) : (
                  <textarea id={fieldId} name={fieldId} rows={2} />
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
    </form>
  );
}
