// Violence is harm done by another, in the built extension on the demo case system with the default pack: a client's
// statement about harming themself, typed in the psychological-health field (which carries both the suicide-risk and
// the violence card), brings the suicide-risk card and no violence card, whether the rules would have read a violence
// word in it or the learned second net would have raised it; a passive violence statement that names no doer still
// brings the violence card. Each answer is put in with one input event, so the card shown is the whole answer's.
import { describe, expect, it } from 'vitest';
import { followUpCard as card, psychAnswers } from './support/psych-answers';
import { useExtensionSession } from './support/extension-session';

const session = useExtensionSession();
/** The demo's psychological-health field, in a case of its own, with `text` entered in one go. */
const answered = psychAnswers(session, '2026-8');

describe('harm to oneself and harm by another, in the psychological-health field', () => {
  it.each([
    // the learned net raised the violence card for this one
    'jag har skurit mig i armarna igen',
    // the rules read "klorte meg" as violence inside it
    'Jeg klorte meg selv på armene til det blødde',
    'She cuts herself when it gets too much',
  ])('"%s" brings the suicide-risk card and no violence card', async (text) => {
    const page = await answered(text);
    await card(page, 'suicide-risk').waitFor({ timeout: 10_000 });
    expect(await card(page, 'suicide-risk').getAttribute('data-severity')).toBe('critical');
    expect(await card(page, 'violence-mentioned').count()).toBe(0);
    await page.close();
  });

  it.each(['jag blir slagen när han dricker', 'I get beaten'])('"%s" brings the violence card', async (text) => {
    const page = await answered(text);
    await card(page, 'violence-mentioned').waitFor({ timeout: 10_000 });
    expect(await card(page, 'violence-mentioned').getAttribute('data-severity')).toBe('critical');
    await page.close();
  });
});
