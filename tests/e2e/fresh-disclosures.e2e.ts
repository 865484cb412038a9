// Kinds of disclosure a fresh writer found missed, in the built extension on the demo case system with the default
// pack: typed in the psychological-health field, each brings the critical suicide-risk card. A thought "about" an act
// (nb "tanker om å …"), where the "meg" after "om å" was read as someone else's object; tablets kept "på badet" (the
// bathroom), which was read as a swim that explained them; and a considering with no plan ("thought about it, but I
// have no plan"), which was read as a belief a turn refutes. Each answer is put in with one input event.
import { describe, expect, it } from 'vitest';
import { followUpCard as card, psychAnswers } from './support/psych-answers';
import { useExtensionSession } from './support/extension-session';

const session = useExtensionSession();
/** The demo's psychological-health field, in a case of its own, with `text` entered in one go. */
const answered = psychAnswers(session, '2026-7');

describe('a fresh writer\'s disclosures, in the psychological-health field', () => {
  it.each([
    'Har mange tanker om å ta livet av meg.',
    'Han har samlet opp sovepiller i en boks på badet.',
    "I've thought about killing myself but I have no plan.",
  ])('"%s" brings the critical suicide-risk card', async (text) => {
    const page = await answered(text);
    await card(page, 'suicide-risk').waitFor({ timeout: 10_000 });
    await expect.poll(() => card(page, 'suicide-risk').getAttribute('data-severity'), { timeout: 10_000 }).toBe('critical');
    await page.close();
  });
});
