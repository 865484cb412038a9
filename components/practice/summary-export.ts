/**
 * A practice summary as files the adviser downloads (the practice page's
 * "Export"): Markdown to read or paste into a training log, JSON to keep or
 * compare. Made in the page, downloaded from a blob: nothing is sent anywhere.
 */
import type { CompiledPack } from '../../rules/compiled-pack';
import type { PracticeSummary } from '../../rules/practice-run';
import { t, tCount } from '../../utils/i18n';
import { followUpLine, goalName, turnFeedbackLines } from './feedback-text';

/** Lines of the adviser's or the pack's text quoted, so Markdown in them stays text. */
const quote = (text: string) => text.split(/\r?\n/).map((line) => `> ${line.replace(/^([#>*+-]|\d+\.)/, '\\$1')}`).join('\n');

export function summaryMarkdown(summary: PracticeSummary, pack: CompiledPack): string {
  const out: string[] = [
    `# ${t('practiceSummaryHeading', [summary.scenarioTitle])}`,
    '',
    `${t('practiceSummaryClient', [summary.clientName])} · ${new Date(summary.endedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${tCount('practiceGoalsMet', summary.goalsMet)} · ${tCount('practiceGoalsMissed', summary.goalsMissed)}`,
  ];
  for (const step of summary.steps) {
    out.push('', `## ${step.question}`, '');
    if (!step.asked && !step.keptForSafeSetting) out.push(`- ${t('practiceNotAsked')}`);
    for (const goal of step.goals) {
      const judgedOn = !goal.met && goal.answered !== undefined ? ` (${t('practiceGoalJudgedOn', goal.answered)})` : '';
      out.push(`- ${goal.met ? '✓' : '✗'} ${goalName(goal.goal)}: ${t(goal.met ? 'practiceGoalMet' : 'practiceGoalMissed')}${judgedOn}`);
    }
    for (const outcome of step.followUps) out.push(`- ${followUpLine(outcome, pack, summary.language, step.movedOn ? 'moved-on' : 'ended').text}`);
    if (step.words.length > 0) {
      out.push('', `${t('practiceYourWords')}:`, '');
      for (const words of step.words) out.push(quote(words), '');
    }
    if (step.debrief) out.push(`${t('practiceDebrief')}: ${step.debrief}`);
  }
  const offScript = summary.offScript ?? [];
  if (offScript.length > 0) out.push('', `## ${t('practiceAboutElsewhere')}`, '', t('practiceOffScriptNote'));
  for (const off of offScript) {
    out.push('', `### ${off.question}`, '');
    for (const outcome of off.followUps) out.push(`- ${followUpLine(outcome, pack, summary.language, off.movedOn ? 'moved-on' : 'ended').text}`);
    for (const turn of off.turns) {
      out.push('', quote(turn.text), '');
      // As beside the turn, less the follow-ups of the items it left (told at those items); no goals here.
      for (const line of turnFeedbackLines({ ...turn.feedback, followUps: [] }, [], pack, summary.language)) out.push(`- ${t(`practiceTone_${line.tone}`)}: ${line.text}`);
    }
  }
  if (summary.debrief) out.push('', `## ${t('practiceDebrief')}`, '', summary.debrief);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

export function summaryJson(summary: PracticeSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

/** Offer `text` as a download named `fileName`, from memory. */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked once the browser has surely started the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
