import { useState } from 'preact/hooks';
import type { CompiledPack, LocalizedText } from '../../../rules/compiled-pack';
import { PRACTICE_GOALS } from '../../../rules/pack-schema';
import { t } from '../../../utils/i18n';
import type { FocusRequest } from './focus-after-render';
import { FieldError, invalidProps, TextInputs } from './TextInputs';
import { emptyVariantForm, inputId, optionIndex, optionValue, type FieldProblem, type FormText, type StepForm, type VariantForm } from './scenario-form';
import { itemOptions, packText } from './trainer-words';

interface Props {
  pack: CompiledPack;
  step: StepForm;
  index: number;
  count: number;
  languages: string[];
  problems: FieldProblem[];
  onChange(step: StepForm): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
  /** Moves the focus to an answer added, in the render that shows it. */
  focusAfterRender: FocusRequest;
}

/** Goal ids as message keys: `explain-why-first` → `trainerGoal_explain_why_first`. */
export const goalKey = (goal: string) => `trainerGoal_${goal.replaceAll('-', '_')}`;

/** One step: the pack item it plays, what the client says and what goes into the form, other answers by how the adviser asked, goals, debrief. */
export function StepEditor({ pack, step, index, count, languages, problems, onChange, onMove, onRemove, focusAfterRender }: Props) {
  const at = `steps.${index}`;
  const item = pack.items.find((candidate) => candidate.id === step.item);
  const legendId = `${inputId(at)}-legend`;
  const set = (change: Partial<StepForm>) => onChange({ ...step, ...change });
  const setVariant = (k: number, variant: VariantForm) => set({ variants: step.variants.map((v, i) => (i === k ? variant : v)) });
  return (
    <fieldset class="step" aria-labelledby={legendId}>
      <legend id={legendId}>
        {t('trainerStepLegend', [String(index + 1), item ? packText(pack, item.question) : t('trainerNoItemYet')])}
      </legend>
      <div class="field">
        <label for={inputId(`${at}.item`)}>{t('trainerStepItem')}</label>
        <select id={inputId(`${at}.item`)} value={step.item} {...invalidProps(`${at}.item`, problems)} onChange={(e) => {
            // Answers picked from the old question's options mean nothing at the new one; typed ones stay.
            const oldOptions = itemOptions(item);
            const keep = (value: FormText) => (optionIndex(oldOptions, value) >= 0 ? {} : value);
            set({ item: e.currentTarget.value, value: {}, variants: step.variants.map((variant) => ({ ...variant, value: keep(variant.value) })) });
          }}>
          <option value="">{t('trainerChooseItem')}</option>
          {pack.sections.map((section) => (
            <optgroup key={section.id} label={packText(pack, section.title)}>
              {section.itemIds.map((id) => {
                const candidate = pack.items.find((i) => i.id === id);
                return candidate ? (
                  <option key={id} value={id}>
                    {packText(pack, candidate.question)}
                  </option>
                ) : null;
              })}
            </optgroup>
          ))}
          {step.item && !item && <option value={step.item}>{step.item}</option>}
        </select>
        <FieldError field={`${at}.item`} problems={problems} />
      </div>
      <TextInputs field={`${at}.says`} label={t('trainerSays')} value={step.says} languages={languages} multiline problems={problems} onChange={(says) => set({ says })} />
      <ValueInput field={`${at}.value`} options={itemOptions(item)} pack={pack} value={step.value} languages={languages} problems={problems} onChange={(value) => set({ value })} />
      <div class="field check">
        <input type="checkbox" id={inputId(`${at}.disclosure`)} checked={step.disclosure} onChange={(e) => set({ disclosure: e.currentTarget.checked })} />
        <label for={inputId(`${at}.disclosure`)}>{t('trainerDisclosure')}</label>
      </div>
      <fieldset class="goals">
        <legend>{t('trainerGoals')}</legend>
        {PRACTICE_GOALS.map((goal) => {
          const id = `${inputId(`${at}.goals`)}-${goal}`;
          return (
            <div class="check" key={goal}>
              <input
                type="checkbox"
                id={id}
                checked={step.goals.includes(goal)}
                onChange={(e) => set({ goals: e.currentTarget.checked ? PRACTICE_GOALS.filter((g) => g === goal || step.goals.includes(g)) : step.goals.filter((g) => g !== goal) })}
              />
              <label for={id}>{t(goalKey(goal))}</label>
            </div>
          );
        })}
        <FieldError field={`${at}.goals`} problems={problems} />
      </fieldset>
      {step.variants.map((variant, k) => (
        <VariantEditor
          key={variant.key}
          at={`${at}.variants.${k}`}
          number={k + 1}
          variant={variant}
          options={itemOptions(item)}
          pack={pack}
          languages={languages}
          problems={problems}
          onChange={(changed) => setVariant(k, changed)}
          onRemove={() => set({ variants: step.variants.filter((_, i) => i !== k) })}
        />
      ))}
      <p class="hint" id={`${inputId(`${at}.variants`)}-hint`}>{t('trainerVariantsHint')}</p>
      <button
        type="button"
        id={inputId(`${at}.variants`)}
        aria-describedby={`${inputId(`${at}.variants`)}-hint`}
        onClick={() => {
          const variant = emptyVariantForm();
          set({ variants: [...step.variants, variant] });
          focusAfterRender(inputId(`${at}.variants.${step.variants.length}.when`));
        }}
      >
        {t('trainerAddVariant')}
      </button>
      <FieldError field={`${at}.variants`} problems={problems} />
      <TextInputs field={`${at}.debrief`} label={t('trainerStepDebrief')} value={step.debrief} languages={languages} multiline problems={problems} onChange={(debrief) => set({ debrief })} />
      <div class="step-actions">
        <button type="button" disabled={index === 0} onClick={() => onMove(-1)}>
          {t('trainerMoveUp')}
        </button>
        <button type="button" disabled={index === count - 1} onClick={() => onMove(1)}>
          {t('trainerMoveDown')}
        </button>
        <button type="button" onClick={onRemove}>
          {t('trainerRemoveStep', String(index + 1))}
        </button>
      </div>
    </fieldset>
  );
}

interface VariantProps {
  at: string;
  number: number;
  variant: VariantForm;
  options: LocalizedText[];
  pack: CompiledPack;
  languages: string[];
  problems: FieldProblem[];
  onChange(variant: VariantForm): void;
  onRemove(): void;
}

function VariantEditor({ at, number, variant, options, pack, languages, problems, onChange, onRemove }: VariantProps) {
  const set = (change: Partial<VariantForm>) => onChange({ ...variant, ...change });
  const whenId = inputId(`${at}.when`);
  return (
    <fieldset class="variant">
      <legend>{t('trainerVariantLegend', String(number))}</legend>
      <div class="field">
        <label for={whenId}>{t('trainerAsked')}</label>
        <select id={whenId} value={variant.asked} {...invalidProps(`${at}.when`, problems)} onChange={(e) => set({ asked: e.currentTarget.value as VariantForm['asked'] })}>
          <option value="">{t('trainerAskedAny')}</option>
          <option value="open">{t('trainerAskedOpen')}</option>
          <option value="closed">{t('trainerAskedClosed')}</option>
        </select>
      </div>
      <div class="field">
        <label for={`${whenId}-why`}>{t('trainerWhy')}</label>
        <select id={`${whenId}-why`} value={variant.why} onChange={(e) => set({ why: e.currentTarget.value as VariantForm['why'] })}>
          <option value="">{t('trainerWhyAny')}</option>
          <option value="explained">{t('trainerWhyExplained')}</option>
          <option value="not-explained">{t('trainerWhyNotExplained')}</option>
        </select>
        <FieldError field={`${at}.when`} problems={problems} />
      </div>
      <TextInputs field={`${at}.says`} label={t('trainerSays')} value={variant.says} languages={languages} multiline problems={problems} onChange={(says) => set({ says })} />
      <ValueInput field={`${at}.value`} options={options} pack={pack} value={variant.value} languages={languages} problems={problems} onChange={(value) => set({ value })} />
      <button type="button" onClick={onRemove}>
        {t('trainerRemoveVariant', String(number))}
      </button>
    </fieldset>
  );
}

interface ValueProps {
  field: string;
  options: LocalizedText[];
  pack: CompiledPack;
  value: FormText;
  languages: string[];
  problems: FieldProblem[];
  onChange(value: FormText): void;
}

const OTHER = 'other';

/**
 * What the adviser should enter in the form: one of the item's options when it
 * lists them (the option's label in the languages written), else text; "other"
 * opens the text inputs for an answer that is not one of the options.
 */
function ValueInput({ field, options, pack, value, languages, problems, onChange }: ValueProps) {
  const chosen = optionIndex(options, value);
  const hasText = Object.values(value).some((text) => text.trim() !== '');
  const [other, setOther] = useState(hasText && chosen < 0);
  const text = <TextInputs field={field} label={t('trainerValue')} value={value} languages={languages} hint={t('trainerValueHint')} problems={problems} onChange={onChange} />;
  if (options.length === 0) return text;
  const selectId = `${inputId(field)}-option`;
  return (
    <>
      <div class="field">
        <label for={selectId}>{t('trainerValueOption')}</label>
        <select
          id={selectId}
          value={other || (hasText && chosen < 0) ? OTHER : String(chosen)}
          onChange={(e) => {
            const picked = e.currentTarget.value;
            setOther(picked === OTHER);
            if (picked === OTHER) return;
            const option = options[Number(picked)];
            onChange(option ? optionValue(option, languages) : {});
          }}
        >
          <option value="-1">{t('trainerValueNone')}</option>
          {options.map((option, i) => (
            <option key={i} value={String(i)}>
              {packText(pack, option)}
            </option>
          ))}
          <option value={OTHER}>{t('trainerValueOther')}</option>
        </select>
      </div>
      {(other || (hasText && chosen < 0)) && text}
    </>
  );
}
