// Six kinds an outside writer's adviser questions showed judged wrong, each in English, Swedish and Norwegian
// Bokmål with look-alikes that keep their judgement (the set tests/data/questions-en-sv-nb-adviser-kinds.tsv
// measures the same kinds on other wordings).
import { describe, expect, it } from 'vitest';
import { judgeTurn } from './question-form';

const judged = (language: string, text: string) => judgeTurn(text, language).form;

describe('a view tag ("do you think?", "tror du?", "vil du si?") after a question-word question', () => {
  it.each([
    ['en', 'What would help most with the debts, do you think?'],
    ['en', 'Why is the bus so hard for her, would you say?'],
    ['en', 'Well, how did the meeting with the landlord go, do you reckon?'],
    ['sv', 'Vad är det som gör kvällarna tunga, tror du?'],
    ['sv', 'Hur har ni det hemma nu, skulle du säga?'],
    ['sv', 'Vad skulle din chef säga om det, tycker du?'],
    ['nb', 'Hva er det som gjør kveldene tunge, tror du?'],
    ['nb', 'Hvordan har dere det hjemme nå, vil du si?'],
    ['nb', 'Hva kunne gjort overgangen lettere, synes du?'],
  ])('is a tag on that question, which decides: open (%s) %s', (language, text) => {
    expect(judged(language, text)).toBe('open');
  });

  it.each([
    ['en', 'Is the new flat any better, do you think?'],
    ['en', "What's your rent now, would you say?"],
    ['en', 'How many nights a week do you sleep well, would you say?'],
    ['en', 'You have managed it fine so far, do you think?'],
    ['sv', 'Blir det bättre med den nya lägenheten, tror du?'],
    ['sv', 'Hur många nätter i veckan sover du bra, skulle du säga?'],
    ['nb', 'Blir det bedre med den nye leiligheten, tror du?'],
    ['nb', 'Hvor mange netter i uka sover du godt, vil du si?'],
    ['nb', 'Hvor mange timer vil du jobbe?'],
  ])('while a yes/no question, a fact or a statement before it keeps its judgement: closed (%s) %s', (language, text) => {
    expect(judged(language, text)).toBe('closed');
  });
});
