import { describe, expect, it } from 'vitest';
import { questionForm } from './question-form';

describe('questionForm', () => {
  it.each([
    // English
    ['en', 'Do you live alone?', 'closed'],
    ['en', 'Are you on sick leave?', 'closed'],
    ['en', 'Have you applied for housing allowance?', 'closed'],
    ['en', 'So you live alone?', 'closed'],
    ['en', 'How many children do you have?', 'closed'],
    ['en', 'On a scale of 1 to 10, how confident are you?', 'closed'],
    ['en', 'How are things at home?', 'open'],
    ['en', 'What would help you most right now?', 'open'],
    ['en', 'Tell me about your last job.', 'open'],
    ['en', 'Can you tell me a bit more about that?', 'open'],
    ['en', 'If you think about the next few months, what do you hope for?', 'open'],
    ['en', 'Okay. So, um, what else is going on?', 'open'],
    ['en', 'Wh-what do you think about that?', 'open'],
    ['en', "I'm wondering where you are with all this.", 'open'],
    // Swedish: verb-first is closed
    ['sv', 'Har du barn?', 'closed'],
    ['sv', 'Är du sjukskriven?', 'closed'],
    ['sv', 'Kan du arbeta heltid?', 'closed'],
    ['sv', 'Bor du ensam?', 'closed'],
    ['sv', 'Var det svårt?', 'closed'],
    ['sv', 'Hur ser ditt boende ut?', 'open'],
    ['sv', 'Vad skulle hjälpa dig?', 'open'],
    ['sv', 'Vilka bor tillsammans med dig?', 'open'],
    ['sv', 'Berätta om ditt senaste jobb.', 'open'],
    ['sv', 'Kan du berätta mer om det?', 'open'],
    ['sv', 'Var bor du nu?', 'open'],
    // Norwegian Bokmål
    ['nb', 'Har du barn?', 'closed'],
    ['nb', 'Er du syk?', 'closed'],
    ['nb', 'Bor du alene?', 'closed'],
    ['nb', 'Hva vil du gjøre?', 'open'],
    ['nb', 'Hvordan har du det?', 'open'],
    ['nb', 'Fortell om deg selv.', 'open'],
    ['nb', 'Kan du fortelle mer?', 'open'],
    ['nb', 'Hvor mange timer kan du jobbe?', 'closed'],
  ] as const)('%s: %s → %s', (language, text, expected) => {
    expect(questionForm(text, language)).toBe(expected);
  });

  it('uses a language base code (sv-SE) and falls back to English rules', () => {
    expect(questionForm('Har du barn?', 'sv-SE')).toBe('closed');
    expect(questionForm('What happened?', 'de')).toBe('open');
  });
});
