import { describe, expect, it } from 'vitest';
import { readTurnMoves } from './practice-moves';

describe('readTurnMoves', () => {
  it.each([
    ['en', 'I ask everyone this, so nobody is singled out. How have you been feeling?'],
    ['en', "Because we plan support from where you are: how do you see the next months?"],
    ['sv', 'Vi frågar alla om det här. Hur mår du?'],
    ['sv', 'Eftersom stödet ska passa dig undrar jag hur du ser på de kommande månaderna?'],
    ['nb', 'Jeg spør alle om dette. Hvordan har du det?'],
    ['nb', 'Fordi planen skal passe deg: hva tenker du selv?'],
  ])('hears a reason said (%s) %s', (language, text) => {
    expect(readTurnMoves(text, language).why).toBe(true);
  });

  it('hears the pack\'s reason said in other words', () => {
    const reasons = ['How you feel affects what support would help, and we want to know if you need help right now.'];
    expect(readTurnMoves('Your feelings affect what support would help; we want to know what help you need right now. How are things?', 'en', reasons).why).toBe(true);
    expect(readTurnMoves('How are things with your mood?', 'en', reasons).why).toBe(false);
  });

  it.each([
    ['en', 'How are you psychologically?'],
    ['sv', 'Hur mår du psykiskt?'],
    ['nb', 'Hvordan har du det psykisk?'],
  ])('hears no reason in a bare question (%s)', (language, text) => {
    expect(readTurnMoves(text, language)).toEqual({ why: false, acknowledgement: false, reflection: false, invitation: false });
  });

  it.each([
    ['en', 'Thank you for telling me. That sounds really hard.'],
    ['sv', 'Tack för att du berättar. Det låter tungt.'],
    ['nb', 'Takk for at du forteller meg det.'],
  ])('hears an acknowledgement (%s)', (language, text) => {
    expect(readTurnMoves(text, language).acknowledgement).toBe(true);
  });

  it.each([
    ['en', 'So you feel the plan was made without you.'],
    ['en', 'You have been off work a long time?'],
    ['sv', 'Det låter som att du inte känner igen dig i planen.'],
    ['nb', 'Det høres ut som du ikke ble spurt.'],
  ])('hears a reflection (%s) %s', (language, text) => {
    expect(readTurnMoves(text, language).reflection).toBe(true);
  });

  it.each([
    ['en', 'Would you like me to book a meeting with the health team?'],
    ['en', 'Tell me more about what a good day looks like.'],
    ['sv', 'Ska jag boka en tid hos vårdcentralen åt dig?'],
    ['nb', 'Vil du at jeg skal sette opp et møte med veilederen?'],
  ])('hears an explicit invitation (%s) %s', (language, text) => {
    expect(readTurnMoves(text, language).invitation).toBe(true);
  });

  it('does not take information for an invitation', () => {
    expect(readTurnMoves('There is a course on Mondays. It is free.', 'en').invitation).toBe(false);
  });
});
