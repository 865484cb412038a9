import { describe, expect, it } from 'vitest';
import { asksTheItem, readTurnMoves, type TurnMoves } from './practice-moves';

const moves = (language: string, text: string) => readTurnMoves(text, language);
const none: TurnMoves = { why: false, acknowledgement: false, reflection: false, invitation: false, safeSetting: false };

describe('explaining why', () => {
  it.each([
    ['en', 'I ask everyone this, so nobody is singled out. How have you been feeling?'],
    ['en', 'Because we plan support from where you are: how do you see the next months?'],
    ['en', 'I ask this so you can get the right support. Are you okay?'],
    ['en', 'I am asking so that we can plan the right help. How are things at home?'],
    ['en', 'The reason I ask is that it changes what support fits. How are you sleeping?'],
    ['en', 'We plan the support together, so you can say what fits. What matters most to you?'],
    ['en', 'I ask because it helps us see what support fits. What does a usual week look like?'],
    ['sv', 'Vi frågar alla om det här. Hur mår du?'],
    ['sv', 'Eftersom stödet ska passa dig undrar jag hur du ser på de kommande månaderna?'],
    ['sv', 'Jag frågar så att du ska få rätt stöd. Hur mår du?'],
    ['sv', 'Jag frågar för att det påverkar vilket stöd som passar. Hur sover du?'],
    ['sv', 'Vi planerar stödet tillsammans, så du kan säga vad som passar. Vad är viktigast för dig?'],
    ['sv', 'Anledningen till att jag frågar är att svaret styr vilken hjälp du kan få. Hur ser din vecka ut?'],
    ['sv', 'Jag frågar eftersom svaret styr vilken hjälp du kan få. Hur ser din vecka ut?'],
    ['sv', 'Vi frågar alla det här, så att ingen pekas ut. Hur har du det hemma?'],
    ['nb', 'Jeg spør alle om dette. Hvordan har du det?'],
    ['nb', 'Fordi planen skal passe deg: hva tenker du selv?'],
    ['nb', 'Jeg spør slik at du kan få riktig hjelp. Hvordan har du det?'],
    ['nb', 'Jeg spør fordi det påvirker hva slags hjelp som passer. Hvordan sover du?'],
    ['nb', 'Grunnen til at jeg spør er at svaret avgjør hva slags støtte du kan få. Hvordan ser uka di ut?'],
  ])('hears a reason given (%s) %s', (language, text) => {
    expect(moves(language, text).why).toBe(true);
  });

  it.each([
    ['en', 'Did you stop working because of your back?'],
    ['en', 'So you stopped because the pain got worse.'],
    ['en', 'So you can not work at the moment.'],
    ['en', 'What is the reason you left the course?'],
    ['en', 'You stopped because your back hurt.'],
    ['en', 'What would need to change so that you could work again?'],
    ['sv', 'Du slutade för att ryggen gjorde ont.'],
    ['sv', 'Vad skulle behöva förändras för att du ska kunna försörja dig själv?'],
    ['nb', 'Hva måtte endres for at du skal kunne jobbe igjen?'],
    ['sv', 'Slutade du för att ryggen gjorde ont?'],
    ['sv', 'Så du kan inte jobba just nu.'],
    ['nb', 'Sluttet du fordi ryggen var vond?'],
    ['nb', 'Så du kan ikke jobbe nå.'],
  ])('hears no reason in a question about the client\'s reasons, or a reflection (%s) %s', (language, text) => {
    expect(moves(language, text).why).toBe(false);
  });

  it('hears the pack\'s reason said in other words', () => {
    const reasons = ['How you feel affects what support would help, and we want to know if you need help right now.'];
    expect(readTurnMoves('Your feelings affect what support would help; we want to know what help you need right now. How are things?', 'en', reasons).why).toBe(true);
    expect(readTurnMoves('How are things with your mood?', 'en', reasons).why).toBe(false);
  });

  it('does not take the question\'s own words for its reason', () => {
    const reasons = ['The Public Employment Service can offer job search support that we then do not duplicate.'];
    const questions = ['Are you registered with the Public Employment Service?', 'How have things gone with the Public Employment Service so far?'];
    expect(readTurnMoves('Are you registered with the Public Employment Service?', 'en', reasons, questions).why).toBe(false);
    expect(readTurnMoves('How have things gone with the Public Employment Service?', 'en', reasons, questions).why).toBe(false);
    expect(readTurnMoves('They offer job search support, and we do not want to duplicate it. Are you registered with them?', 'en', reasons, questions).why).toBe(true);
  });
});

describe('a bare question', () => {
  it.each([
    ['en', 'How are you psychologically?'],
    ['sv', 'Hur mår du psykiskt?'],
    ['nb', 'Hvordan har du det psykisk?'],
  ])('is only a question (%s)', (language, text) => {
    expect(moves(language, text)).toEqual(none);
  });
});

describe('acknowledging', () => {
  it.each([
    ['en', 'Thank you for telling me. That sounds really hard.'],
    ['sv', 'Tack för att du berättar. Det låter tungt.'],
    ['nb', 'Takk for at du forteller meg det.'],
    ['nb', 'Det høres veldig tungt ut.'],
    ['en', 'I understand. That is a lot to carry.'],
    ['sv', 'Jag förstår att det har varit tungt.'],
    ['nb', 'Jeg forstår. Det har vært mye.'],
  ])('hears an acknowledgement (%s) %s', (language, text) => {
    expect(moves(language, text).acknowledgement).toBe(true);
  });

  it.each([
    ['en', 'I understand you have two children. How old are they?'],
    ['sv', 'Jag förstår att du har två barn. Hur gamla är de?'],
    ['nb', 'Jeg forstår at du har to barn. Hvor gamle er de?'],
  ])('does not take checking a fact for one (%s) %s', (language, text) => {
    expect(moves(language, text).acknowledgement).toBe(false);
  });
});

describe('reflecting', () => {
  it.each([
    ['en', 'So you feel the plan was made without you.'],
    ['en', 'You feel let down by the last plan.'],
    ['en', 'Okay, so you have been off work for fifteen years.'],
    ['en', 'You have been off work a long time?'],
    ['en', 'It sounds like nobody asked you what you wanted.'],
    ['sv', 'Det låter som att du inte känner igen dig i planen.'],
    ['sv', 'Du känner att ingen har frågat dig.'],
    ['sv', 'Så du har bott här länge?'],
    ['nb', 'Det høres ut som du ikke ble spurt.'],
    ['nb', 'Du føler at planen ble laget uten deg.'],
    ['nb', 'Så du har hjulpet moren din hver morgen i tre år.'],
  ])('hears a statement that says back what was heard (%s) %s', (language, text) => {
    expect(moves(language, text).reflection).toBe(true);
  });

  it.each([
    ['en', 'How do you feel about living on your own?'],
    ['en', 'Do you feel safe at home?'],
    ['en', 'What do you think about the plan you made with my colleague?'],
    ['en', 'I ask this so you can get the right support. Are you okay?'],
    ['en', 'If you feel unsafe at any time, you can call me.'],
    ['sv', 'Hur känner du inför att bo själv?'],
    ['sv', 'Känner du dig trygg hemma?'],
    ['sv', 'Jag frågar så du kan få rätt stöd. Hur mår du?'],
    ['nb', 'Hvordan føler du det med å bo alene?'],
    ['nb', 'Føler du deg trygg hjemme?'],
    ['nb', 'Jeg spør så du kan få riktig hjelp. Hvordan har du det?'],
    ['nb', 'Har noe endret seg siden sist?'],
    ['sv', 'Har något hänt sedan sist?'],
  ])('does not take a question, or a reason, for a reflection (%s) %s', (language, text) => {
    expect(moves(language, text).reflection).toBe(false);
  });
});

describe('an explicit invitation', () => {
  it.each([
    ['en', 'Would you like me to book a meeting with the health team?'],
    ['en', 'Is there anything you\'d like help with?'],
    ['en', 'If anything happens at home you can always tell me.'],
    ['en', 'Do you want help with the rent this month?'],
    ['en', 'I can book you a time with a counsellor, if you want.'],
    ['en', 'Is there anything else you would like to bring up today?'],
    ['en', 'I\'d like to invite you to a meeting of your own, with a professional interpreter.'],
    ['sv', 'Ska jag boka en tid hos vårdcentralen åt dig?'],
    ['sv', 'Du kan alltid ta upp det här med mig.'],
    ['sv', 'Finns det något du vill ha hjälp med?'],
    ['sv', 'Om något händer hemma kan du alltid komma till mig.'],
    ['sv', 'Vill du ha hjälp med ansökan till bostadsbidraget?'],
    ['sv', 'Jag vill bjuda in dig till ett eget möte med en professionell tolk.'],
    ['nb', 'Vil du at jeg skal sette opp et møte med veilederen?'],
    ['nb', 'Er det noe du vil ha hjelp til?'],
    ['nb', 'Du kan alltid si ifra til meg hvis noe skjer.'],
    ['nb', 'Har du lyst til å være med på et kurs du velger selv?'],
    ['nb', 'Er det noe annet du vil ta opp i dag?'],
    ['en', 'Thanks. Anything else?'],
    ['en', 'Is there anything else on your mind?'],
    ['sv', 'Tack. Finns det något mer?'],
    ['nb', 'Takk. Er det noe annet?'],
  ])('hears an invitation to take up support or raise something (%s) %s', (language, text) => {
    expect(moves(language, text).invitation).toBe(true);
  });

  it.each([
    ['en', 'There is a course on Mondays. It is free.'],
    ['en', 'Could you tell me about who lives at home?'],
    ['en', 'Tell me more about what a good day looks like.'],
    ['en', 'Would you like to tell me about your household?'],
    ['en', 'Do you want to work?'],
    ['en', 'Are you interested in cleaning jobs?'],
    ['en', 'We ask so that we can plan the right help. How are things at home?'],
    ['en', 'Is there anything about the new job that worries you?'],
    ['sv', 'Kan du berätta om vilka som bor hemma?'],
    ['sv', 'Vill du berätta om ditt hushåll?'],
    ['sv', 'Vill du jobba?'],
    ['sv', 'Får jag fråga om din hälsa?'],
    ['nb', 'Kan du fortelle om hvem som bor hjemme?'],
    ['nb', 'Vil du fortelle meg om husstanden din?'],
    ['nb', 'Vil du jobbe?'],
    ['nb', 'Det finnes et kurs på mandager.'],
    ['en', 'Is there anything else about your housing I should write down?'],
    ['sv', 'Har något mer hänt sedan sist?'],
  ])('does not take a request to answer, or information, for one (%s) %s', (language, text) => {
    expect(moves(language, text).invitation).toBe(false);
  });
});

describe('keeping the setting safe', () => {
  it.each([
    ['en', 'Could I speak with Samira alone for a moment?'],
    ['en', 'I\'d like to leave these questions for now and book a meeting with a professional interpreter. Is that okay?'],
    ['en', 'We will come back to this next time, when it is just the two of us.'],
    ['en', 'Let\'s take the rest at a separate meeting with an interpreter.'],
    ['en', 'I will ask you this when we\'re alone.'],
    ['sv', 'Får jag prata med Samira enskilt en stund?'],
    ['sv', 'Vi tar de här frågorna vid ett eget möte med en professionell tolk. Går det bra?'],
    ['sv', 'Jag återkommer till det här nästa gång vi ses.'],
    ['nb', 'Kan jeg snakke med Samira alene?'],
    ['nb', 'Det tar vi opp neste gang, når vi har en profesjonell tolk.'],
    ['nb', 'Jeg bestiller en tolk til neste møte, så venter vi med resten.'],
  ])('hears a question left for a safe setting (%s) %s', (language, text) => {
    expect(moves(language, text).safeSetting).toBe(true);
    expect(asksTheItem(text, language)).toBe(false);
  });

  it.each([
    ['en', 'Do you live alone?'],
    ['en', 'Have you talked about this with anyone alone?'],
    ['en', 'Do you need an interpreter?'],
    ['en', 'Can I ask whether you live on your own?'],
    ['en', 'Could we talk about what living alone is like for you?'],
    ['sv', 'Får jag fråga om du bor ensam?'],
    ['nb', 'Kan vi snakke om hvordan det er å bo alene?'],
    ['sv', 'Bor du ensam?'],
    ['sv', 'Behöver du tolk?'],
    ['nb', 'Bor du alene?'],
    ['en', 'Could you tell me what happened later?'],
    ['en', 'I would like to know if you need an interpreter.'],
    ['en', 'Could we talk about how you manage alone at home?'],
    ['en', 'I can help you return to work when you feel ready. What would that take?'],
    ['sv', 'Jag vill gärna höra hur du mår i dag.'],
    ['sv', 'Jag undrar om du behöver tolk.'],
    ['nb', 'Jeg vil gjerne høre hvordan du har det i dag.'],
    ['nb', 'Kan du fortelle meg hva som skjedde senere?'],
  ])('does not hear it in a question about the client (%s) %s', (language, text) => {
    expect(moves(language, text).safeSetting).toBe(false);
    expect(asksTheItem(text, language)).toBe(true);
  });

  it.each([
    ['en', 'I\'d rather ask this when we are alone. Has anyone at home hurt you?'],
    ['en', 'Could I speak with Samira alone? Has anyone at home hurt, threatened or controlled you?'],
    ['sv', 'Vi kan prata mer enskilt senare. Har någon hemma skadat dig?'],
    ['nb', 'Vi kan snakke alene senere. Har noen hjemme skadet deg?'],
  ])('still hears the question asked beside it (%s) %s', (language, text) => {
    expect(asksTheItem(text, language)).toBe(true);
  });
});
