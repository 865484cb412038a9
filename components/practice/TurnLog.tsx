/**
 * The conversation so far: each adviser turn with its feedback beside it, then
 * what the simulated client said and what to enter in the form. The list is a
 * polite live region: a screen reader hears each new turn's feedback when it is
 * added, and focus never moves (the adviser stays in the turn box).
 */
import type { CompiledPack, CompiledScenario } from '../../rules/compiled-pack';
import { pickText } from '../../rules/localized-text';
import type { PlayedTurn } from '../../rules/practice-run';
import { t } from '../../utils/i18n';
import { turnFeedbackLines } from './feedback-text';

interface Props {
  pack: CompiledPack;
  scenario: CompiledScenario;
  language: string;
  turns: readonly PlayedTurn[];
}

export function TurnLog({ pack, scenario, language, turns }: Props) {
  const question = (itemId: string) => pickText(pack.items.find((item) => item.id === itemId)?.question, [language, ...pack.languages]);
  return (
    <ol class="turn-log" aria-live="polite" aria-relevant="additions" data-testid="turn-log">
      {turns.map((turn, i) => {
        const goals = scenario.steps.find((step) => step.itemId === turn.itemId)?.goals ?? [];
        const lines = turnFeedbackLines(turn.feedback, goals, pack, language);
        return (
          <li key={i} class="turn" data-testid="turn" data-item-id={turn.itemId}>
            <div class="turn-adviser">
              <p class="turn-about">{t('practiceTurnAboutShort', [question(turn.itemId)])}</p>
              <p class="turn-words" lang={language}>
                <strong>{t('practiceYou')}:</strong> {turn.text}
              </p>
            </div>
            <ul class="turn-feedback" aria-label={t('practiceFeedbackLabel')}>
              {lines.map((line, j) => (
                <li key={j} class={`feedback feedback-${line.tone}`} data-feedback={line.kind}>
                  <span class="visually-hidden">{t(`practiceTone_${line.tone}`)}: </span>
                  {line.text}
                </li>
              ))}
            </ul>
            {turn.reply ? (
              <div class="turn-client" data-testid="client-reply">
                <p lang={language}>
                  <strong>{scenario.persona.name}:</strong> <span data-testid="client-says">{turn.reply.says}</span>
                </p>
                {turn.reply.value !== undefined && (
                  <p class="turn-value">
                    {t('practiceEnterInForm')} <q lang={language} data-testid="client-value">{turn.reply.value}</q>
                  </p>
                )}
              </div>
            ) : scenario.steps.some((step) => step.itemId === turn.itemId) ? (
              <p class="turn-client muted">{t('practiceClientWaits', [scenario.persona.name])}</p>
            ) : (
              // A question the scenario has no step for: the client gives no answer, and no other step's.
              <p class="turn-client muted" data-testid="off-script">{t('practiceClientOffScript', [scenario.persona.name])}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
