// Kinds that blind writers' ordinary adviser questions showed judged wrong (tests/data/questions-en-sv-nb-unseen7.tsv,
// -unseen8.tsv), each in English, Swedish and Norwegian Bokmål with look-alikes that keep their judgement. Our own wordings.
import { describe, expect, it } from 'vitest';
import { judgeTurn } from './question-form';

type Case = readonly [language: string, text: string];

const judgedAs = (form: 'open' | 'closed', title: string, cases: readonly Case[]) =>
  it.each(cases)(`${title} (%s) %s`, (language, text) => {
    expect(judgeTurn(text, language).form).toBe(form);
  });

describe('a datum asked with a longer noun before it ("your national insurance number")', () => {
  judgedAs('closed', 'asks one fact: closed', [
    ['en', "What's your national insurance number?"],
    ['en', 'What is your housing benefit reference number?'],
    ['en', "What's the landlord's email address, please?"],
    ['en', 'And what is your new home phone number?'],
  ]);
  judgedAs('open', 'while the datum that is part of something else asks an account: open', [
    ["en", "What's the biggest problem with the rent?"],
    ['en', 'What is your main worry about the amount?'],
    ['en', 'What is it about the new address that feels wrong?'],
  ]);
});

describe('"Help me understand…", sv "Hjälp mig (att) förstå…", nb "Hjelp meg å forstå/skjønne…"', () => {
  judgedAs('open', 'is an invitation: open', [
    ['en', 'Help me understand what makes Mondays so hard.'],
    ['sv', 'Hjälp mig att förstå hur en vanlig dag ser ut för dig.'],
    ['sv', 'Hjälp mig förstå vad som hände med praktikplatsen.'],
    ['nb', 'Hjelp meg å forstå hva som gjør morgenene så tunge.'],
    ['nb', 'Hjelp meg å skjønne hvordan det gikk på arbeidstreningen.'],
  ]);
  judgedAs('closed', 'while one asking whether stays closed', [
    ['en', 'Help me understand whether you got the letter.'],
    ['sv', 'Hjälp mig att förstå om du har fått beslutet.'],
    ['nb', 'Hjelp meg å forstå om du har fått vedtaket.'],
  ]);
});

describe('a name asked ("what your caseworker is called", "vad din handläggare heter", "hva legen din heter")', () => {
  judgedAs('closed', 'asks one fact, asked directly or by an invitation: closed', [
    ['en', 'What is your caseworker called?'],
    ['en', 'Can you tell me what your son\'s school is called?'],
    ['sv', 'Kan du berätta vad din handläggare heter?'],
    ['sv', 'Kan du berätta vad företaget hette där du jobbade?'],
    ['nb', 'Kan du fortelle meg hva legen din heter?'],
    ['nb', 'Kan du fortelle hva kurset het?'],
  ]);
  judgedAs('open', 'while what was said or felt about a name, or about a call, asks an account: open', [
    ['en', 'Can you tell me what they called you at school and how that felt?'],
    ['en', 'What did he say when the police were called?'],
    ['en', 'What happened after you were called?'],
    ['sv', 'Kan du berätta vad som hände när din handläggare ringde?'],
    ['nb', 'Kan du fortelle hva det betyr for deg at kurset heter noe annet nå?'],
  ]);
});

describe('alternatives named first, then the question ("Phone or letter, what suits you best?")', () => {
  judgedAs('closed', 'picks one of them: closed', [
    ['en', 'Morning or afternoon, what works better for you?'],
    ['en', 'So, Tuesday or Thursday, what would you prefer?'],
    ['sv', 'Telefon eller mejl, vad föredrar du?'],
    ['sv', 'Förmiddag eller eftermiddag, vad passar bäst?'],
    ['nb', 'Tirsdag eller torsdag, hva passer best?'],
    ['nb', 'Brev eller SMS, hva foretrekker du?'],
  ]);
  judgedAs('open', 'while a setting, alternatives that span every case, or examples leave the question its judgement: open', [
    ['en', 'At work or at home, what feels hardest right now?'],
    ['sv', 'Jobb eller inte, hur ser du på hösten?'],
    ['sv', 'På jobbet eller hemma, vad känns tyngst just nu?'],
    ['nb', 'Jobb eller ikke, hvordan ser du på høsten?'],
    ['en', 'So, mornings or evenings, what feels hardest and why?'],
    ['sv', 'Förmiddag eller kväll, vad är tyngst och varför?'],
    ['nb', 'Hva tenker du om framtiden?'],
  ]);
});
