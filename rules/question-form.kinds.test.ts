// Three kinds the practice page's feedback got wrong, each with look-alikes that keep
// their judgement: a rating asked with "how" (a number on a scale, closed); "Tell me,"
// before a yes/no question (the question decides); Swedish and Norwegian verb-first questions
// whose subject is "något"/"noe"/"någon"/"noen" (a question, not a statement with "?").
import { describe, expect, it } from 'vitest';
import { judgeTurn } from './question-form';

const judged = (language: string, text: string) => {
  const judgement = judgeTurn(text, language);
  return `${judgement.form} ${judgement.decidedBy?.kind ?? '-'}`;
};

describe('a rating asked with "how"', () => {
  it.each([
    ['en', 'How do you rate your possibilities to become self-supporting in the next three months?'],
    ['en', 'How would you rate your health from 1 to 5?'],
    ['en', 'How would you rate your mood, from one to five?'],
    ['en', 'How do you rate your chances of finding work this year?'],
    ['en', 'How would you rate how things are going with the course, 1 to 10?'],
    ['en', 'How is your health at the moment, from 1 to 5?'],
    ['en', 'From zero to ten, how ready do you feel?'],
    ['sv', 'Hur bedömer du dina möjligheter att bli självförsörjande inom tre månader?'],
    ['sv', 'Hur skulle du bedöma din hälsa från 1 till 5?'],
    ['sv', 'Hur bedömer du din chans att få jobb i år, från ett till fem?'],
    ['nb', 'Hvordan vurderer du mulighetene dine for å bli selvforsørget de neste tre månedene?'],
    ['nb', 'Hvordan vil du vurdere helsen din fra 1 til 5?'],
    ['nb', 'Hvordan vurderer du sjansene dine for å få jobb i år, fra en til fem?'],
  ])('asks for a number on a scale: closed (%s) %s', (language, text) => {
    expect(judged(language, text)).toBe('closed scale-question');
  });

  it.each([
    ['en', 'How do you see your chances of work in the next three months?'],
    ['en', 'How would you describe your health at the moment?'],
    ['en', 'What would it take for you to support yourself, at a pace that suits you?'],
    ['en', 'What has changed from one to five years ago?'],
    ['nb', 'Jeg lurer på hvordan du selv vurderer arbeidsevnen din.'],
    ['sv', 'Hur ser du själv på din arbetsförmåga?'],
    ['sv', 'Hur ser du på dina möjligheter att få jobb?'],
    ['sv', 'Hur skulle du beskriva din hälsa just nu?'],
    ['nb', 'Hvordan ser du på mulighetene dine for å få jobb?'],
    ['nb', 'Hvordan vil du beskrive helsen din nå?'],
  ])('a question about how the client sees it stays open (%s) %s', (language, text) => {
    expect(judged(language, text)).toMatch(/^open /);
  });
});

describe('"Tell me," before a question', () => {
  it.each([
    ['en', 'Tell me, do you feel safe at home?'],
    ['en', 'So tell me, are you working at the moment?'],
    ['sv', 'Berätta, känner du dig trygg hemma?'],
    ['sv', 'Säg mig, jobbar du just nu?'],
    ['nb', 'Fortell meg, føler du deg trygg hjemme?'],
    ['nb', 'Si meg, jobber du nå?'],
  ])('is judged by its yes/no question (%s) %s', (language, text) => {
    expect(judged(language, text)).toBe('closed yes-no');
  });

  it.each([
    ['en', 'Tell me, what happened next?'],
    ['en', 'Tell me, how are things at home?'],
    ['en', 'Tell me about your week.'],
    ['en', 'Tell me more about what a good day looks like.'],
    ['sv', 'Berätta, hur har veckan varit?'],
    ['sv', 'Berätta om din vecka.'],
    ['nb', 'Fortell meg, hvordan har uka vært?'],
    ['nb', 'Fortell meg om uka di.'],
  ])('stays open when the question is open, or when it is the invitation itself (%s) %s', (language, text) => {
    expect(judged(language, text)).toMatch(/^open /);
  });
});

describe('Swedish and Norwegian questions with "något", "noe", "någon", "noen" as subject', () => {
  it.each([
    ['nb', 'Har noe endret seg siden sist?'],
    ['nb', 'Har noe skjedd siden sist vi snakket?'],
    ['nb', 'Har noen hjemme skadet deg?'],
    ['nb', 'Er noe annerledes nå?'],
    ['sv', 'Har något förändrats sedan sist?'],
    ['sv', 'Har något hänt sedan vi sågs?'],
    ['sv', 'Har någon hemma skadat dig?'],
    ['sv', 'Är något annorlunda nu?'],
  ])('is a yes/no question, as in English (%s) %s', (language, text) => {
    expect(judged(language, text)).toBe('closed yes-no');
  });

  it('matches its English counterpart', () => {
    expect(judged('en', 'Has anything changed since last time?')).toBe('closed yes-no');
  });

  it.each([
    ['nb', 'Så noe har endret seg siden sist?'],
    ['nb', 'Noe har endret seg?'],
    ['sv', 'Så något har hänt?'],
    ['sv', 'Något har förändrats?'],
  ])('a statement with "?" stays a reflection (%s) %s', (language, text) => {
    expect(judged(language, text)).toBe('closed reflection');
  });

  it.each([
    ['sv', 'Finns det något som oroar dig med det nya jobbet?'],
    ['nb', 'Er det noe som bekymrer deg med den nye jobben?'],
  ])('a yes/no form that opens a topic stays open (%s) %s', (language, text) => {
    expect(judged(language, text)).toMatch(/^open /);
  });
});
