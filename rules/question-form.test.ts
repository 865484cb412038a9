import { describe, expect, it } from 'vitest';
import { judgeSentences, questionForm, type SentenceKind } from './question-form';

type Case = readonly [language: string, text: string, expected: 'open' | 'closed'];

const check = (cases: readonly Case[]) =>
  it.each(cases)('%s: %s → %s', (language, text, expected) => {
    expect(questionForm(text, language)).toBe(expected);
  });

const kinds = (text: string, language: string): SentenceKind[] => judgeSentences(text, language).map((s) => s.kind);

describe('questionForm: yes/no questions are closed, questions asking for an account are open', () => {
  check([
    ['en', 'Do you live alone?', 'closed'],
    ['en', 'Are you on sick leave?', 'closed'],
    ['en', 'Have you applied for housing allowance?', 'closed'],
    ['en', 'How are things at home?', 'open'],
    ['en', 'What would help you most right now?', 'open'],
    ['en', 'Why did you leave that job?', 'open'],
    ['en', 'How confident are you about the interview?', 'open'],
    ['en', 'Tell me about your last job.', 'open'],
    ['en', 'Can you tell me a bit more about that?', 'open'],
    ['en', 'If you think about the next few months, what do you hope for?', 'open'],
    ['en', 'Okay. So, um, what else is going on?', 'open'],
    ['en', 'Wh-what do you think about that?', 'open'],
    ['sv', 'Har du barn?', 'closed'],
    ['sv', 'Är du sjukskriven?', 'closed'],
    ['sv', 'Kan du arbeta heltid?', 'closed'],
    ['sv', 'Var det svårt?', 'closed'],
    ['sv', 'Hur ser ditt boende ut?', 'open'],
    ['sv', 'Vad skulle hjälpa dig?', 'open'],
    ['sv', 'Kan du berätta mer om det?', 'open'],
    ['sv', 'Om du tänker på hösten, vad ser du fram emot?', 'open'],
    ['nb', 'Har du barn?', 'closed'],
    ['nb', 'Er du syk?', 'closed'],
    ['nb', 'Hva vil du gjøre?', 'open'],
    ['nb', 'Hvordan har du det?', 'open'],
    ['nb', 'Fortell om deg selv.', 'open'],
    ['nb', 'Kan du fortelle mer?', 'open'],
    ['nb', 'Hvis du tenker på neste år, hva håper du på?', 'open'],
  ]);
});

describe('questionForm: a question word asking for one fact is closed', () => {
  check([
    ['en', 'Where are you living at the moment?', 'closed'],
    ['en', 'How long have you been on sick leave?', 'closed'],
    ['en', 'How many hours a week could you work?', 'closed'],
    ['en', 'When did you last see your doctor?', 'closed'],
    ['en', 'Who looks after the children when you are at work?', 'closed'],
    ['en', 'Which school does your son go to?', 'closed'],
    ['en', 'What time does your shift start?', 'closed'],
    ['en', 'How big is the flat?', 'closed'],
    ['sv', 'Hur stor är lägenheten?', 'closed'],
    ['en', 'On a scale of 1 to 10, how confident are you?', 'closed'],
    ['sv', 'Hur länge har du varit arbetslös?', 'closed'],
    ['sv', 'Var bor du nu?', 'closed'],
    ['sv', 'När slutade du på lagret?', 'closed'],
    ['sv', 'Vem hämtar barnen på förskolan?', 'closed'],
    ['sv', 'Hur mycket får du i sjukpenning?', 'closed'],
    ['sv', 'Vad heter din läkare?', 'closed'],
    ['nb', 'Hvor lenge har du bodd i kommunen?', 'closed'],
    ['nb', 'Hvor bor du nå?', 'closed'],
    ['nb', 'Hvem passer barna når du er på jobb?', 'closed'],
    ['nb', 'Når begynte du på tiltaket?', 'closed'],
    ['nb', 'Hvor mange timer kan du jobbe?', 'closed'],
    ['sv', 'Hur lång är väntetiden?', 'closed'],
    ['nb', 'Hvor lang er ventetiden?', 'closed'],
  ]);

  describe('but asks for the client’s view when it says so', () => {
    check([
      ['en', 'Where would you like to start?', 'open'],
      ['en', 'Who do you think could support you with this?', 'open'],
      ['sv', 'Var tror du att vi ska börja?', 'open'],
      ['nb', 'Hvem tror du kan hjelpe deg med dette?', 'open'],
      ['nb', 'Hvor viktig er det for deg å komme i jobb?', 'open'],
    ]);
  });

  it('the kind says which: a fact question, not a yes/no question', () => {
    expect(kinds('Where are you staying at the moment?', 'en')).toEqual(['fact-question']);
    expect(kinds('Hur länge har du bott där?', 'sv')).toEqual(['fact-question']);
  });
});

describe('questionForm: a yes/no form that opens a topic is open', () => {
  check([
    ['en', 'Is there anything about the new flat that worries you?', 'open'],
    ['en', 'Are there any other things we should think about before the meeting?', 'open'],
    ['en', 'Anything else?', 'open'],
    ['en', 'Have you had any thoughts about what could make mornings easier?', 'open'],
    ['sv', 'Finns det något med flytten som oroar dig?', 'open'],
    ['sv', 'Är det något mer du vill ta upp i dag?', 'open'],
    ['nb', 'Er det noe med flyttingen som bekymrer deg?', 'open'],
    ['nb', 'Har du noen tanker om hva som kunne gjort morgenene lettere?', 'open'],
  ]);

  it('"Have you thought about" opens a topic with a question word, and suggests a step without one', () => {
    expect(questionForm('Have you thought about how you would manage the mornings?', 'en')).toBe('open');
    expect(questionForm('Have you thought about calling the debt advice service?', 'en')).toBe('closed');
    expect(questionForm('Har du funderat på hur du vill lägga upp dagarna?', 'sv')).toBe('open');
    expect(questionForm('Har du funderat på att ringa skuldrådgivningen?', 'sv')).toBe('closed');
    expect(questionForm('Har du tenkt på hva du vil gjøre etter kurset?', 'nb')).toBe('open');
    expect(questionForm('Har du tenkt på å ringe gjeldsrådgivningen?', 'nb')).toBe('closed');
  });

  it('while one asking about a person stays closed', () => {
    expect(questionForm('Is there someone who can drive you to the appointment?', 'en')).toBe('closed');
    expect(kinds('Is there anything you would like to add?', 'en')).toEqual(['topic-opener']);
  });
});

describe('questionForm: asking whether the client has questions is closed, whatever frames it', () => {
  check([
    ['en', 'Do you have any other questions before we finish?', 'closed'],
    ['en', 'Any questions so far?', 'closed'],
    ['en', "Is there anything you'd like to ask me about the form?", 'closed'],
    ['sv', 'Har du några fler frågor till mig?', 'closed'],
    ['sv', 'Finns det något du undrar över innan vi slutar?', 'closed'],
    ['nb', 'Er det noe du lurer på før vi avslutter?', 'closed'],
    ['nb', 'Har du noen flere spørsmål?', 'closed'],
    ['en', 'Is there anything else you want to tell me about the flat?', 'open'],
    ['sv', 'Finns det något mer du vill berätta om boendet?', 'open'],
  ]);
});

describe('questionForm: a statement with a question mark, a trailing "or?" or a tag is closed', () => {
  check([
    ['en', 'So you live alone?', 'closed'],
    ['en', 'So the rent went up in March?', 'closed'],
    ['en', 'You would rather keep the flat, or?', 'closed'],
    ['en', 'You have been to the job centre already, right?', 'closed'],
    ['sv', 'Du har alltså sökt tre jobb den här veckan?', 'closed'],
    ['sv', 'Du vill helst bo kvar, eller?', 'closed'],
    ['sv', 'Du har redan varit på Arbetsförmedlingen, eller hur?', 'closed'],
    ['sv', 'Det var väl jobbigt, va?', 'closed'],
    ['nb', 'Så du har ikke fått svar ennå?', 'closed'],
    ['nb', 'Du vil helst bli boende, eller?', 'closed'],
    ['nb', 'Det har vært en tung høst, ikke sant?', 'closed'],
    ['nb', 'Du har allerede vært hos NAV, eller hva?', 'closed'],
  ]);

  it('a tag can be any verb and its subject, negated or not', () => {
    expect(kinds("You've been to the job centre, haven't you?", 'en')).toEqual(['tag']);
    expect(kinds('Du har varit där förut, har du inte?', 'sv')).toEqual(['tag']);
    expect(kinds('Det var ikke lett, var det?', 'nb')).toEqual(['tag']);
    expect(kinds('So, are you working at the moment?', 'en')).toEqual(['yes-no']);
  });

  it('a tag on its own confirms the sentence before it', () => {
    expect(kinds('Du hade ett möte i går. Eller hur?', 'sv')).toEqual(['statement', 'tag']);
    expect(questionForm('Du hade ett möte i går. Eller hur?', 'sv')).toBe('closed');
    expect(kinds('Ikke sant?', 'nb')).toEqual(['tag']);
  });

  it('names them reflections and tags', () => {
    expect(kinds('So the rent went up in March?', 'en')).toEqual(['reflection']);
    expect(kinds('Du har redan varit där, eller hur?', 'sv')).toEqual(['tag']);
    expect(kinds('Det har vært tungt, ikke sant?', 'nb')).toEqual(['tag']);
  });

  it('a statement ending on a question word still asks openly, unless it asks for a fact', () => {
    expect(questionForm('And after that, what?', 'en')).toBe('open');
    expect(questionForm('The hardest part would be what?', 'en')).toBe('open');
    expect(questionForm('Det svåraste är vad?', 'sv')).toBe('open');
    expect(questionForm('And you moved there when?', 'en')).toBe('closed');
  });
});

describe('questionForm: a turn with several sentences is judged by what it asks', () => {
  check([
    ['en', 'That sounds hard. What happened next?', 'open'],
    ['en', 'That sounds hard. Do you have someone to talk to?', 'closed'],
    ['sv', 'Det låter tungt. Hur har du orkat med allt?', 'open'],
    ['nb', 'Det høres vanskelig ut. Har du noen å snakke med?', 'closed'],
  ]);

  describe('an invitation without a question mark stays open whatever question follows', () => {
    check([
      ['en', 'Tell me about the course. Did you enjoy it?', 'open'],
      ['en', 'Describe a normal morning at home. Is it hard to get going?', 'open'],
      ['sv', 'Berätta om praktiken. Trivdes du där?', 'open'],
      ['nb', 'Fortell litt om praksisplassen. Trives du der?', 'open'],
    ]);
  });

  describe('a closed question after an open one is what the client answers', () => {
    check([
      ['en', 'What was the course like? Did you finish it?', 'closed'],
      ['sv', 'Hur var kursen? Gick du klart den?', 'closed'],
      ['nb', 'Hvordan var kurset? Fullførte du det?', 'closed'],
    ]);
  });
});

describe('questionForm: an invitation to say whether is closed', () => {
  check([
    ['en', 'Tell me whether you have applied for housing allowance.', 'closed'],
    ['en', 'Can you tell me if you have any debts?', 'closed'],
    ['en', 'Let me know if anything changes with the landlord.', 'closed'],
    ['sv', 'Berätta om du har sökt bostadsbidrag.', 'closed'],
    ['sv', 'Säg till om det blir något problem med hyran.', 'closed'],
    ['nb', 'Fortell meg om du har søkt bostøtte.', 'closed'],
    ['nb', 'Si fra om det skjer noe med husleia.', 'closed'],
  ]);

  it('while "om" meaning "about" is an invitation', () => {
    expect(questionForm('Berätta om din familj.', 'sv')).toBe('open');
    expect(questionForm('Fortell om familien din.', 'nb')).toBe('open');
    expect(kinds('Berätta om du har sökt.', 'sv')).toEqual(['closed-invitation']);
  });

  it('an invitation that asks for one fact is a fact question', () => {
    expect(kinds('Could you tell me how much you pay in rent?', 'en')).toEqual(['fact-question']);
  });
});

describe('questionForm: a question word inside a statement does not make it a question', () => {
  check([
    ['en', 'I know how hard it is to wait for a decision.', 'closed'],
    ['en', 'We will go through what you need to bring next time.', 'closed'],
    ['en', 'What you said about your sister stayed with me.', 'closed'],
    ['sv', 'Jag förstår hur tungt det är att vänta.', 'closed'],
    ['nb', 'Jeg skjønner hvor vanskelig det er å vente.', 'closed'],
  ]);

  it('but a question without its question mark still asks', () => {
    expect(questionForm('What else can you tell me about the flat.', 'en')).toBe('open');
    expect(questionForm("I'm wondering what you make of all this.", 'en')).toBe('open');
    expect(questionForm('Jag undrar hur du själv ser på det.', 'sv')).toBe('open');
    expect(kinds('I know how hard it is.', 'en')).toEqual(['statement']);
  });

  it('"I wonder if…" opens the client\'s view, unless it proposes something to agree to', () => {
    expect(questionForm('I wonder if the move has made the pain worse.', 'en')).toBe('open');
    expect(questionForm('I wonder if we could meet again next week.', 'en')).toBe('closed');
    expect(questionForm('Jag undrar om flytten har gjort det tyngre.', 'sv')).toBe('open');
    expect(questionForm('Jag undrar om vi kan ses igen nästa vecka.', 'sv')).toBe('closed');
    expect(questionForm('Jeg lurer på om flyttingen har gjort det tyngre.', 'nb')).toBe('open');
    expect(questionForm('Jeg lurer på om vi kan møtes igjen neste uke.', 'nb')).toBe('closed');
  });

  it('"We could talk about…" invites nobody', () => {
    expect(questionForm('I wonder if we could talk about some options.', 'en')).toBe('closed');
  });
});

describe('questionForm: softeners do not hide a frame or an invitation', () => {
  check([
    ['en', "I'm just kind of wondering what you make of the new plan.", 'open'],
    ['sv', 'Jag undrar bara vad du själv vill?', 'open'],
    ['nb', 'Jeg lurer egentlig på hva du selv ønsker?', 'open'],
    ['en', 'Could you say a little more about the landlord?', 'open'],
    ['sv', 'Kan du säga lite mer om grannarna?', 'open'],
    ['nb', 'Kan du si litt mer om naboene?', 'open'],
    ['sv', 'Jag skulle gärna vilja höra hur det gick på intervjun.', 'open'],
    ['nb', 'Jeg vil veldig gjerne høre hva du tenker om tiltaket.', 'open'],
  ]);

  it('a clause that is only a frame frames the clause after it', () => {
    expect(questionForm("I'm wondering, given everything, what you would like to do.", 'en')).toBe('open');
    expect(questionForm('Jag undrar, nu när kursen är slut, vad du vill göra.', 'sv')).toBe('open');
    expect(questionForm('Jeg lurer på, nå som kurset er over, hva du vil gjøre.', 'nb')).toBe('open');
    // Without a frame, a question word followed by its subject is still part of a statement.
    expect(questionForm('Given everything, what you would like to do matters most.', 'en')).toBe('closed');
  });
});

describe('questionForm: "for you" does not make a time or place ask a view', () => {
  check([
    ['en', 'When would be a good time for you to call?', 'closed'],
    ['sv', 'När skulle det passa för dig att komma in?', 'closed'],
    ['nb', 'Når passer det best for deg å møtes?', 'closed'],
    ['en', 'Where do you think you would feel at home?', 'open'],
  ]);
});

describe('questionForm: a place or time asked with the client\'s wish is a view, in a question or an invitation', () => {
  check([
    ['en', 'Where do you wanna begin today?', 'open'],
    ['en', 'Tell me where you would like to go from here.', 'open'],
    ['sv', 'Berätta var du skulle vilja börja.', 'open'],
    ['nb', 'Fortell meg hvor du vil begynne.', 'open'],
    ['en', 'Tell me where you live now.', 'closed'],
  ]);
});

describe('questionForm: a proposal to agree to is closed', () => {
  check([
    ['en', 'How about we go through the form together next week?', 'closed'],
    ['en', 'What about if I call the landlord for you?', 'closed'],
    ['sv', 'Vad sägs om att vi bokar en tid på fredag?', 'closed'],
    ['sv', 'Hur vore det om jag ringer din chef?', 'closed'],
    ['nb', 'Hva med at jeg sender deg skjemaet på e-post?', 'closed'],
    ['nb', 'Hva om vi ser på budsjettet sammen?', 'closed'],
  ]);

  it('while "what about" a person or a topic still asks for an account', () => {
    expect(questionForm('What about your sister, how does she see it?', 'en')).toBe('open');
    expect(questionForm('Hva med deg, hvordan har du det?', 'nb')).toBe('open');
    expect(questionForm('Vad säger du om det?', 'sv')).toBe('open');
  });
});

describe('questionForm: "what is your name/number/address" asks one fact', () => {
  check([
    ['en', "What's your landlord's name?", 'closed'],
    ['en', 'What is your phone number?', 'closed'],
    ['sv', 'Vad är ditt telefonnummer?', 'closed'],
    ['sv', 'Vad är adressen dit?', 'closed'],
    ['nb', 'Hva er fødselsnummeret ditt?', 'closed'],
    ['nb', 'Hva er navnet på skolen?', 'closed'],
    ['en', "What's your sense of how it went?", 'open'],
    ['sv', 'Vad är ditt mål med praktiken?', 'open'],
    ['en', 'What makes it that number and not a lower one?', 'open'],
    ['nb', 'Hva gjør at det blir det tallet og ikke et lavere?', 'open'],
    ['en', "What's the amount you owe the landlord?", 'closed'],
    ['sv', 'Vad är beloppet på fakturan?', 'closed'],
    ['nb', 'Hva er beløpet du skylder?', 'closed'],
  ]);
});

describe('questionForm: an invitation to tell about a time or place asks for the story', () => {
  check([
    ['en', 'Tell me about when things started to go wrong at work.', 'open'],
    ['sv', 'Berätta om när du kom till Sverige.', 'open'],
    ['nb', 'Fortell om hvor du vokste opp.', 'open'],
    ['en', 'Tell me when your contract ends.', 'closed'],
    ['sv', 'Berätta när kontraktet går ut.', 'closed'],
    ['en', 'Can you tell me about how often you see the children?', 'closed'],
    // "Tell me whether" with "to me" between: sv "för mig".
    ['sv', 'Berätta för mig om du har haft kontakt med socialtjänsten.', 'closed'],
  ]);
});

describe('questionForm: languages', () => {
  it('uses a language base code (sv-SE) and falls back to English rules', () => {
    expect(questionForm('Har du barn?', 'sv-SE')).toBe('closed');
    expect(questionForm('Hur länge har du bott där?', 'sv-FI')).toBe('closed');
    expect(questionForm('Hvor lenge har du bodd der?', 'no')).toBe('closed');
    expect(questionForm('What happened?', 'de')).toBe('open');
  });

  it('judges an empty turn as not an open question', () => {
    expect(questionForm('', 'en')).toBe('closed');
    expect(judgeSentences('  ', 'sv')).toEqual([]);
  });
});

describe('questionForm: a view asked of a plan to agree to is a proposal, closed', () => {
  check([
    ['en', 'What do you think about coming back in a fortnight?', 'closed'],
    ['en', 'What would you think about us meeting again on Monday?', 'closed'],
    ['en', 'What would you think about a plan where your brother drives you there?', 'closed'],
    ['sv', 'Vad tycker du om att vi ses igen nästa vecka?', 'closed'],
    ['sv', 'Vad tycker du om att komma tillbaka på torsdag?', 'closed'],
    ['nb', 'Hva synes du om at jeg ringer arbeidsgiveren din?', 'closed'],
    ['nb', 'Hva synes du om å møtes igjen neste uke?', 'closed'],
  ]);

  it('while the view of a topic, or of what happened to the client, stays open', () => {
    expect(questionForm('What do you think about that?', 'en')).toBe('open');
    expect(questionForm('What do you think about meeting new people at the course?', 'en')).toBe('open');
    expect(questionForm('Vad tycker du om att du fick avslag?', 'sv')).toBe('open');
    expect(questionForm('Hva synes du om det nye kurset?', 'nb')).toBe('open');
  });
});

describe('questionForm: sv/nb "vad … för", "hva … for" asks which kind of thing, closed unless an account follows', () => {
  check([
    ['sv', 'Vad fick du för besked från läkaren?', 'closed'],
    ['sv', 'Vad för slags bostad söker du?', 'closed'],
    ['nb', 'Hva fikk du for svar fra legen?', 'closed'],
    ['nb', 'Hva har du for slags bolig nå?', 'closed'],
    ['sv', 'Vad har du för funderingar kring praktiken?', 'open'],
    ['nb', 'Hva har du for tanker om det?', 'open'],
    ['nb', 'Hva gjør du for å slappe av?', 'open'],
    ['nb', 'Hva betyr det for deg?', 'open'],
    ['sv', 'Vad är viktigt för familjen?', 'open'],
    ['sv', 'Vad har du för relation till din pappa i dag?', 'open'],
    ['nb', 'Hva har du for bilde av framtida?', 'open'],
  ]);
});

describe('questionForm: asking what work the client does asks one fact', () => {
  check([
    ['sv', 'Vad arbetar din sambo med?', 'closed'],
    ['nb', 'Hva arbeider mannen din med?', 'closed'],
    ['en', 'And what do you do for a living?', 'closed'],
    ['sv', 'Vad tycker du om jobbet?', 'open'],
  ]);
});

describe('questionForm: alternatives after an account question give its scope, not a pick', () => {
  // "What kind of job was it, full time or part time?" would be a pick, but "…have you done, paid or unpaid?"
  // has the same form and asks for an account: the form cannot tell them apart, so both stay with the question.
  check([
    ['en', 'What kinds of work have you done, paid or unpaid?', 'open'],
    ['sv', 'Vad är du bra på, från arbete eller från livet i övrigt?', 'open'],
    ['nb', 'Hva ville gjort deg tryggere, på jobb eller hjemme?', 'open'],
  ]);

  it('and "where do you see yourself" asks a view', () => {
    expect(judgeSentences('Where do you see yourself in a year?', 'en').map((s) => s.kind)).toEqual(['open-question']);
  });
});

describe('questionForm: a question joined on with "and", "but", "so" after a statement asks', () => {
  // "You started in March and how is that going?": the statement sets the scene, the joined question is what the client answers.
  check([
    ['en', 'You started the evening course in March and how is that going?', 'open'],
    ['en', "I know the move took a lot out of you, and how's your daughter taking it?", 'open'],
    ['en', 'You applied in May but why did they turn it down?', 'open'],
    ['sv', 'Du började på kvällskursen i mars och hur går det?', 'open'],
    ['sv', 'Du sökte i maj men varför fick du avslag?', 'open'],
    ['nb', 'Du begynte på kveldskurset i mars og hvordan går det?', 'open'],
    ['nb', 'Du søkte i mai men hvorfor fikk du avslag?', 'open'],
  ]);

  it('while a joined question word in statement order stays part of the statement', () => {
    expect(questionForm('So you moved in March and what you want now is some quiet?', 'en')).toBe('closed');
    expect(questionForm('Du flyttade i mars och hur du har det nu vet ingen?', 'sv')).toBe('closed');
    expect(questionForm('Du flyttet i mars og hvordan du har det nå vet ingen?', 'nb')).toBe('closed');
  });
});

describe('questionForm: "…, which is…" after a statement is a relative clause, not a question', () => {
  check([
    ['en', "You've gone back to college, which is kind of a big step?", 'closed'],
    ['en', 'The flat is small, which sort of means you study at the library?', 'closed'],
    ['sv', 'Du har flyttat hem igen, vilket du tror har hjälpt?', 'closed'],
    ['nb', 'Du har flyttet hjem igjen, hvilket du tror har hjulpet?', 'closed'],
  ]);

  it('while a which-question after a comma still asks', () => {
    expect(questionForm('Of the two courses, which do you think would suit you?', 'en')).toBe('open');
    expect(questionForm('Av de två kurserna, vilken tror du skulle passa dig?', 'sv')).toBe('open');
  });
});

describe('questionForm: a question word in statement order in the middle of a reflection does not make it a question', () => {
  // Only the last clause carries the "?": "…, how bad it is, and you want to find out?" reflects, it does not ask how.
  check([
    ['en', "And you're not sure, how bad it is, and you want to find out?", 'closed'],
    ['en', 'You said, why it keeps happening, is a mystery to you?', 'closed'],
    ['sv', 'Du vet inte riktigt, hur du ska göra, och vill ha hjälp att tänka?', 'closed'],
    ['nb', 'Du vet ikke helt, hvordan du skal gjøre det, og vil ha hjelp til å tenke?', 'closed'],
  ]);

  it('while a real question in the middle still asks, and a contraction is no statement order', () => {
    expect(questionForm('How are you feeling, and what would help?', 'en')).toBe('open');
    expect(questionForm("How's it going, now that the course has started?", 'en')).toBe('open');
    expect(questionForm("So how's it going with the new flat", 'en')).toBe('open');
    expect(questionForm('Hur mår du, och vad skulle hjälpa?', 'sv')).toBe('open');
  });
});

describe('questionForm: "I wonder if you would be open to / willing to…" asks for agreement, closed', () => {
  check([
    ['en', "I wonder if you'd be open to looking at the budget together.", 'closed'],
    ['en', "I was wondering if that's something you'd be willing to try?", 'closed'],
    ['sv', 'Jag undrar om det är något du vore villig att prova?', 'closed'],
    ['sv', 'Jag undrar om det vore något du skulle vara öppen för.', 'closed'],
    ['nb', 'Jeg lurer på om det er noe du kunne være åpen for å prøve?', 'closed'],
    ['nb', 'Jeg lurer på om det er noe du ville vært villig til å prøve.', 'closed'],
  ]);

  it('while wondering about the client’s own view stays open', () => {
    expect(questionForm('I wonder if the new routine has made mornings easier.', 'en')).toBe('open');
    expect(questionForm('Jag undrar om det nya schemat har gjort morgnarna lättare.', 'sv')).toBe('open');
  });
});

describe('questionForm: "what" + one thing + a question asks for a pick, closed', () => {
  // The English form of sv "vilken bank…", nb "hvilken buss…": a singular thing to name. Plural or account
  // nouns ask for an account ("What worries do you have?", "What difference would it make?").
  check([
    ['en', 'What bank are you with?', 'closed'],
    ['en', 'What medication are you on at the moment?', 'closed'],
    ['en', 'So what bus do you take to work?', 'closed'],
    ['en', 'What school does your daughter go to?', 'closed'],
    ['sv', 'Vilken bank har du?', 'closed'],
    ['nb', 'Hvilken buss tar du til jobben?', 'closed'],
    ['en', 'What worries do you have about the move?', 'open'],
    ['en', 'What difference would it make for you?', 'open'],
    ['en', 'What sense do you make of it?', 'open'],
    ['en', 'What changes have you noticed since then?', 'open'],
  ]);
});

describe('questionForm: "Do you have a sense of why…" opens a topic like "have you thought about how…"', () => {
  check([
    ['en', 'Do you have a sense of why the letters stopped coming?', 'open'],
    ['en', 'Do you have any sense of what made things turn around?', 'open'],
    ['sv', 'Har du någon känsla för vad som fick det att vända?', 'open'],
    ['nb', 'Har du en følelse av hva som fikk det til å snu?', 'open'],
    ['en', 'Do you have a sense of humour about it?', 'closed'],
    ['en', 'Do you know how to take the new tablets?', 'closed'],
  ]);
});

describe('questionForm: a question in quoted speech voices the client, it is not asked of them', () => {
  // A double-sided reflection quotes the client's own doubts: 'Part of you is asking, "Why bother?"'.
  check([
    ['en', 'Part of you is asking, "Why bother?"', 'closed'],
    ['en', 'On the one hand you want to stop, and on the other you think, “What would I even do on Friday nights?”', 'closed'],
    ['en', 'You keep telling yourself, "How could I let this happen? I should have known." That weighs on you.', 'closed'],
    ['sv', 'En del av dig säger ”Varför ska jag ens försöka?”', 'closed'],
    ['nb', 'En del av deg spør: «Hvorfor skal jeg i det hele tatt prøve?»', 'closed'],
    ['en', 'Part of you is asking, "Why bother?" What would make it worth it for you?', 'open'],
    ['sv', 'Du tänker ”Varför jag?” Vad skulle hjälpa dig att se det annorlunda?', 'open'],
  ]);

  it('a wording written all in quotes is judged by what it says', () => {
    expect(questionForm('"How are things at home?"', 'en')).toBe('open');
    expect(questionForm('«Hvordan har du det hjemme?»', 'nb')).toBe('open');
    expect(questionForm('”Har du barn?”', 'sv')).toBe('closed');
  });

  it('keeps the quoted words in the sentence it shows', () => {
    expect(judgeSentences('Part of you asks, "Why bother?" What would help?', 'en').map((s) => s.text)).toEqual([
      'Part of you asks, "Why bother?"',
      'What would help?',
    ]);
  });
});

describe('questionForm: "start by telling me…" invites, however far the invitation stands from "you"', () => {
  check([
    ['en', 'Maybe start by telling me what a normal day looks like?', 'open'],
    ['en', 'Perhaps you could start off with sharing a bit about the job?', 'open'],
    ['sv', 'Du kan börja med att berätta lite om jobbet.', 'open'],
    ['sv', 'Kanske kan du börja med att beskriva en vanlig dag?', 'open'],
    ['nb', 'Du kan begynne med å fortelle litt om jobben.', 'open'],
    ['nb', 'Kanskje du kan starte med å beskrive en vanlig dag?', 'open'],
  ]);

  it('while starting on a task, or a gerund without a start, invites nobody', () => {
    expect(questionForm('We could start by looking at the forms.', 'en')).toBe('closed');
    expect(questionForm('Are you telling me you quit?', 'en')).toBe('closed');
    expect(questionForm('Vi kan börja med att fylla i blanketten.', 'sv')).toBe('closed');
    expect(questionForm('Start by telling me whether you have applied.', 'en')).toBe('closed');
  });
});

describe('questionForm: a wish to hear about a topic asks about it, open', () => {
  check([
    ['en', "I'd like to hear about how the move went.", 'open'],
    ['en', "I'd love to hear a bit more about your daughter.", 'open'],
    ['en', "I'm curious about the volunteering you mentioned.", 'open'],
    ['en', "I'm really interested in your plans for the spring.", 'open'],
    ['sv', 'Jag skulle gärna vilja höra mer om din dotter.', 'open'],
    ['sv', 'Jag vill gärna höra lite om hur flytten gick.', 'open'],
    ['sv', 'Jag är nyfiken på dina planer för våren.', 'open'],
    ['nb', 'Jeg vil gjerne høre mer om datteren din.', 'open'],
    ['nb', 'Jeg vil gjerne vite litt om hvordan flyttingen gikk.', 'open'],
    ['nb', 'Jeg er nysgjerrig på planene dine for våren.', 'open'],
  ]);

  it('is an indirect question, so a question after it is what the client answers', () => {
    expect(kinds("I'd like to hear about the course.", 'en')).toEqual(['open-question']);
    expect(questionForm("I'm interested in your thoughts. Is it okay if I share what other people have tried?", 'en')).toBe('closed');
    expect(questionForm('Jag är nyfiken på dina tankar. Går det bra att jag berättar vad andra har provat?', 'sv')).toBe('closed');
  });

  it('while wishing to hear whether, or about an amount, asks one thing', () => {
    expect(questionForm("I'd like to hear about how much the repairs cost.", 'en')).toBe('closed');
    expect(questionForm('Jeg vil gjerne høre om hvor mye du betaler i husleie.', 'nb')).toBe('closed');
    expect(questionForm("I'd like to know whether the decision has come.", 'en')).toBe('closed');
    expect(questionForm('Jag skulle vilja veta om beslutet har kommit.', 'sv')).toBe('closed');
    expect(questionForm('Jeg vil gjerne vite om du har fått vedtaket.', 'nb')).toBe('closed');
    expect(kinds('Jag vill gärna höra om du har fått beslutet.', 'sv')).toEqual(['closed-invitation']);
    // Wondering whether still offers a thought for the client to weigh.
    expect(questionForm('Jag undrar om beslutet har gjort det lättare.', 'sv')).toBe('open');
    // A wish that is not the adviser's to hear invites nobody.
    expect(questionForm('My manager would like to hear about the project.', 'en')).toBe('closed');
  });
});

describe('questionForm: an invitation to give a name, number or date asks one fact, closed', () => {
  check([
    ['en', 'Can you tell me your postcode?', 'closed'],
    ['en', 'Could you tell me what your email address is?', 'closed'],
    ['en', 'Tell me your date of birth, please.', 'closed'],
    ['en', "What's your date of birth?", 'closed'],
    ['sv', 'Kan du berätta ditt personnummer?', 'closed'],
    ['sv', 'Berätta för mig vad din adress är.', 'closed'],
    ['nb', 'Kan du fortelle meg telefonnummeret ditt?', 'closed'],
    ['nb', 'Fortell meg hva adressen din er.', 'closed'],
    ['en', 'Could you tell me your national insurance number?', 'closed'],
    ['sv', 'Kan du berätta ditt telefonnummer för mig?', 'closed'],
    ['nb', 'Kan du fortelle adressen din til meg?', 'closed'],
  ]);

  it('while telling about a name, or a number that ranks a worry, asks for an account', () => {
    expect(questionForm('Tell me about your name, where does it come from?', 'en')).toBe('open');
    expect(questionForm('Tell me your number one worry at the moment.', 'en')).toBe('open');
    expect(questionForm('Berätta om ditt namn.', 'sv')).toBe('open');
    expect(questionForm('Fortell om navnet ditt.', 'nb')).toBe('open');
    expect(kinds('Can you tell me your postcode?', 'en')).toEqual(['fact-question']);
  });
});

describe('questionForm: asking the client to say or talk a little about something invites', () => {
  check([
    ['en', 'Could you say a little about what happened at the office?', 'open'],
    ['en', 'Can you talk a bit about your health?', 'open'],
    ['en', 'Would you say something about the last few weeks?', 'open'],
    ['sv', 'Kan du säga något om din hälsa?', 'open'],
    ['sv', 'Skulle du kunna prata lite om hur veckorna ser ut?', 'open'],
    ['nb', 'Kan du si noe om helsa di?', 'open'],
    ['nb', 'Kunne du snakke litt om hvordan ukene ser ut?', 'open'],
  ]);

  it('while asking whether the client talks about it, or to say whether, stays closed', () => {
    expect(questionForm('Do you talk about it with your sister?', 'en')).toBe('closed');
    expect(questionForm('Did you say something about a letter?', 'en')).toBe('closed');
    expect(questionForm('Pratar du om det med din syster?', 'sv')).toBe('closed');
    expect(questionForm('Kan du säga om du har fått brevet?', 'sv')).toBe('closed');
    expect(questionForm('Snakker du om det med søsteren din?', 'nb')).toBe('closed');
    expect(questionForm('Kan du si om du har fått brevet?', 'nb')).toBe('closed');
    expect(questionForm('Can you talk to your landlord about the heating?', 'en')).toBe('closed');
  });
});

describe('questionForm: sv/nb "om" with a noun subject and its verb asks whether', () => {
  check([
    ['sv', 'Berätta om din dotter har fått en förskoleplats.', 'closed'],
    ['nb', 'Fortell om datteren din har fått barnehageplass.', 'closed'],
    ['sv', 'Berätta om jobbet du har nu.', 'open'],
    ['nb', 'Fortell om alt som har skjedd siden sist.', 'open'],
    // After "vad mer", "hva mer" the question has its own verb: "om" is "about".
    ['sv', 'Vad mer om din hälsa är bra för mig att veta?', 'open'],
    ['nb', 'Hva mer om helsa di er viktig for meg å vite?', 'open'],
  ]);
});

describe('questionForm: asking whether the client wants to tell is a yes/no question, however it is spelled', () => {
  check([
    ['en', 'Do you wanna tell me about the course?', 'closed'],
    ['en', 'Do you want to tell me about the course?', 'closed'],
    ['en', 'Would you like to tell me what happened?', 'closed'],
    ['sv', 'Har du lust att berätta om kursen?', 'closed'],
    ['nb', 'Har du lyst til å fortelle om kurset?', 'closed'],
  ]);

  it('while a request stays an invitation, with a softener, a modal or "to" after "you"', () => {
    expect(questionForm('Can you just tell me a bit about the course?', 'en')).toBe('open');
    expect(questionForm("I'd like you to tell me about the course.", 'en')).toBe('open');
    expect(questionForm('Maybe you could describe the course?', 'en')).toBe('open');
    // Swedish and Norwegian ask a request with "vill/vil" first: "Vill du berätta…?" is "Will you tell…?".
    expect(questionForm('Vill du berätta om kursen?', 'sv')).toBe('open');
    expect(questionForm('Vil du fortelle om kurset?', 'nb')).toBe('open');
  });
});

describe('questionForm: "where" asking where the client stands, or where things go next, asks a view', () => {
  check([
    ['en', 'Where does that leave you?', 'open'],
    ['en', 'Where are you at with the job search now?', 'open'],
    ['en', 'So where do we go from here?', 'open'],
    ['en', 'Where do you stand on moving closer to your mother?', 'open'],
    ['sv', 'Var står du i det här nu?', 'open'],
    ['sv', 'Vart går vi härifrån?', 'open'],
    ['nb', 'Hvor står du i dette nå?', 'open'],
    ['nb', 'Hvor går vi herfra?', 'open'],
  ]);

  it('while a place asked stays one fact', () => {
    expect(questionForm('Where are you at the moment?', 'en')).toBe('closed');
    expect(questionForm('Where do you stand in the housing queue?', 'en')).toBe('closed');
    expect(questionForm('Var står du i bostadskön?', 'sv')).toBe('closed');
    expect(questionForm('Hvor står du i boligkøen?', 'nb')).toBe('closed');
  });
});

describe('questionForm: "Any idea why…?" opens a topic like "Do you have any idea why…?", unless it asks one fact', () => {
  check([
    ['en', 'Any idea why the letters stopped coming?', 'open'],
    ['en', 'Any sense of what made the difference this time?', 'open'],
    ['sv', 'Någon idé om varför breven slutade komma?', 'open'],
    ['sv', 'Någon känsla för vad som gjorde skillnaden den här gången?', 'open'],
    ['nb', 'Noen formening om hvorfor brevene sluttet å komme?', 'open'],
    ['nb', 'Noen følelse av hva som gjorde forskjellen denne gangen?', 'open'],
    ['en', 'Any idea how much the deposit is?', 'closed'],
    ['en', 'Do you have any idea how much the deposit is?', 'closed'],
    ['sv', 'Någon idé om hur mycket depositionen är?', 'closed'],
    ['nb', 'Har du noen formening om hvor mye depositumet er?', 'closed'],
  ]);
});

describe('questionForm: "what is" a sum of money (rent, income, wage) asks one fact, "what is it like" a description', () => {
  check([
    ['en', "What's your rent?", 'closed'],
    ['en', 'What is your income each month?', 'closed'],
    ['sv', 'Vad är hyran?', 'closed'],
    ['sv', 'Vad är din inkomst i månaden?', 'closed'],
    ['nb', 'Hva er husleia?', 'closed'],
    ['nb', 'Hva er inntekten din i måneden?', 'closed'],
    ['en', "What's the rent like compared with your last place?", 'open'],
    ['en', 'What was the date like for you?', 'open'],
    ['sv', 'Hur är hyran jämfört med förra stället?', 'open'],
    ['nb', 'Hvordan er husleia sammenlignet med forrige sted?', 'open'],
    ['en', 'What is the amount you would like to borrow?', 'closed'],
    ['en', "What's the cost to you of keeping things as they are?", 'open'],
  ]);
});

describe('questionForm: a polite request to tell ("Would you mind telling me…") invites, like "Could you tell me…"', () => {
  check([
    ['en', 'Would you mind telling me how the appointment at the clinic went?', 'open'],
    ['en', 'Do you mind filling me in on what the school said?', 'open'],
    ['en', 'Would you mind talking a little about your evenings?', 'open'],
    ['en', 'Would you mind just walking me through a normal Monday?', 'open'],
    ['sv', 'Har du något emot att berätta hur besöket på kliniken gick?', 'open'],
    ['sv', 'Skulle du ha något emot att beskriva en vanlig måndag?', 'open'],
    ['nb', 'Har du noe imot å fortelle hvordan timen på klinikken gikk?', 'open'],
    ['nb', 'Hadde du hatt noe imot å beskrive en vanlig mandag?', 'open'],
  ]);

  describe('while leave asked, a task asked or one datum asked stays closed', () => {
    check([
      ['en', 'Would you mind if I took a few notes?', 'closed'],
      ['en', 'Would you mind signing the consent form?', 'closed'],
      ['en', 'Do you mind telling me your postcode?', 'closed'],
      ['en', 'Would you mind telling me whether the rent has been paid?', 'closed'],
      ['en', 'Do you want to tell me about the visit?', 'closed'],
      ['sv', 'Har du något emot att jag antecknar lite?', 'closed'],
      ['sv', 'Har du något emot att skriva under samtycket?', 'closed'],
      ['sv', 'Har du något emot att berätta om hyran är betald?', 'closed'],
      ['nb', 'Har du noe imot at jeg noterer litt?', 'closed'],
      ['nb', 'Har du noe imot å skrive under samtykket?', 'closed'],
      ['nb', 'Har du noe imot å fortelle meg postnummeret ditt?', 'closed'],
    ]);
  });
});

describe('questionForm: asking to be taken through something, or to say it back in one\'s own words, invites', () => {
  check([
    ['en', 'Can you take me through what you do when a bill arrives?', 'open'],
    ['en', 'Could you run me through how the evenings usually go?', 'open'],
    ['en', 'Before you go, can you say back to me how you will use the diary?', 'open'],
    ['sv', 'Kan du ta mig igenom vad du gör när en räkning kommer?', 'open'],
    ['sv', 'Kan du gå igenom med mig hur kvällarna brukar se ut?', 'open'],
    ['sv', 'Kan du med egna ord berätta hur du ska använda dagboken?', 'open'],
    ['sv', 'Innan du går, kan du återberätta hur du tänker använda dagboken?', 'open'],
    ['nb', 'Kan du ta meg gjennom hva du gjør når en regning kommer?', 'open'],
    ['nb', 'Kan du gå gjennom med meg hvordan kveldene pleier å være?', 'open'],
    ['nb', 'Før du går, kan du med egne ord gjenfortelle hvordan du skal bruke dagboka?', 'open'],
  ]);

  describe('while repeating a datum, or going through a thing with someone else, stays closed', () => {
    check([
      ['en', 'Can you repeat your reference number?', 'closed'],
      ['en', 'Can you say back your date of birth?', 'closed'],
      ['en', 'Can you take the letter through to reception?', 'closed'],
      ['sv', 'Kan du upprepa ditt referensnummer?', 'closed'],
      ['sv', 'Kan du gå igenom papperen med din handläggare?', 'closed'],
      ['sv', 'Kan du med egna ord ringa dem?', 'closed'],
      ['nb', 'Kan du gjenta referansenummeret ditt?', 'closed'],
      ['nb', 'Kan du gå gjennom papirene med saksbehandleren din?', 'closed'],
      ['nb', 'Kan du i morgen ringe dem?', 'closed'],
    ]);
  });
});

describe('questionForm: "where you are with it", "where does it fit in" ask where the client stands or what part a thing plays, open', () => {
  check([
    ['en', 'Where are you with the plan we made in March?', 'open'],
    ['en', 'Where are you now with the idea of a course?', 'open'],
    ['en', 'Where are you really at with it?', 'open'],
    ['en', 'Given everything we have said, I am wondering where you are.', 'open'],
    ['en', 'And the night classes, where do they fit in?', 'open'],
    ['en', 'Where does your brother come into all this?', 'open'],
    ['sv', 'Var står du nu, efter allt vi har pratat om?', 'open'],
    ['sv', 'Jag undrar var du står.', 'open'],
    ['sv', 'Jag undrar var du befinner dig i det här med flytten.', 'open'],
    ['sv', 'Och kvällskurserna, var kommer de in?', 'open'],
    ['nb', 'Hvor står du nå, etter alt vi har snakket om?', 'open'],
    ['nb', 'Jeg lurer på hvor du står.', 'open'],
    ['nb', 'Og kveldskursene, hvor kommer de inn i bildet?', 'open'],
  ]);

  describe('while a place asked, or a time with the same words, stays one fact', () => {
    check([
      ['en', 'Where do you live?', 'closed'],
      ['en', 'Where are you staying with your children?', 'closed'],
      ['en', 'Where did you come in from this morning?', 'closed'],
      ['en', 'When did you come in?', 'closed'],
      ['en', 'I wonder where you left the letter.', 'closed'],
      ['sv', 'Var bor du?', 'closed'],
      ['sv', 'Var står bilen?', 'closed'],
      ['sv', 'Jag undrar var du bor nu.', 'closed'],
      ['sv', 'Var du med på mötet?', 'closed'],
      ['sv', 'När kommer du in till stan?', 'closed'],
      ['nb', 'Hvor bor du?', 'closed'],
      ['nb', 'Jeg lurer på hvor du bor nå.', 'closed'],
      ['nb', 'Når kommer du inn til byen?', 'closed'],
    ]);
  });
});

describe('questionForm: "What\'s the longest/most you…" asks one figure, closed', () => {
  check([
    ['en', "What's the longest you have stayed in one job?", 'closed'],
    ['en', 'What was the most you spent on the machines in a week?', 'closed'],
    ['en', 'What is the earliest you could start in the mornings?', 'closed'],
    ['sv', 'Vad är det längsta du har stannat på ett jobb?', 'closed'],
    ['sv', 'Vad var det mesta du spelade för på en vecka?', 'closed'],
    ['sv', 'Vad är det tidigaste du kan börja på morgonen?', 'closed'],
    ['nb', 'Hva er det lengste du har vært i én jobb?', 'closed'],
    ['nb', 'Hva var det meste du spilte for på en uke?', 'closed'],
    ['nb', 'Hva er det tidligste du kan begynne om morgenen?', 'closed'],
  ]);

  describe('while a superlative of judgement, or one before a noun, asks for an account', () => {
    check([
      ['en', 'What was the hardest part of the first week?', 'open'],
      ['en', "What's the most important thing for you right now?", 'open'],
      ['en', 'What is the smallest step you could take this week?', 'open'],
      ['sv', 'Vad är det viktigaste för dig just nu?', 'open'],
      ['sv', 'Vad är det minsta steget du skulle kunna ta den här veckan?', 'open'],
      ['nb', 'Hva er det viktigste for deg akkurat nå?', 'open'],
      ['nb', 'Hva er det minste steget du kunne tatt denne uka?', 'open'],
    ]);
  });
});

describe('questionForm: "what kind of" a thing asks to name its kind, closed, like sv "vad för slags"', () => {
  check([
    ['en', 'What kind of phone do you have?', 'closed'],
    ['en', 'What sort of flat is it?', 'closed'],
    ['en', 'What kind of course?', 'closed'],
    ['en', 'Which type of contract are you on?', 'closed'],
    ['sv', 'Vilken sorts telefon har du?', 'closed'],
    ['sv', 'Vilken typ av lägenhet är det?', 'closed'],
    ['nb', 'Hva slags telefon har du?', 'closed'],
    ['nb', 'Hvilken type leilighet er det?', 'closed'],
    ['en', 'Which day would suit you?', 'closed'],
    ['sv', 'Vilken dag passar för dig?', 'closed'],
    ['sv', 'Vad är det för dag i morgon?', 'closed'],
    ['nb', 'Hvilken dag passer for deg?', 'closed'],
  ]);

  describe('while kinds in the plural, of help or of a person ask for an account', () => {
    check([
      ['en', 'What kind of support would suit you?', 'open'],
      ['en', 'What kinds of jobs have you enjoyed?', 'open'],
      ['en', 'What sort of things make the evenings hard?', 'open'],
      ['en', 'What kind of stuff do you do at weekends?', 'open'],
      ['en', 'What kind of person is your new manager?', 'open'],
      ['en', 'What kind of week has it been?', 'open'],
      ['sv', 'Vad har du haft för slags dag?', 'open'],
      ['sv', 'Vilken sorts vecka har det varit?', 'open'],
      ['nb', 'Hva slags dag har du hatt?', 'open'],
      ['nb', 'Hva slags person er den nye sjefen din?', 'open'],
      ['en', 'What kind of job would suit you now?', 'open'],
      ['en', 'Which kind of job would suit you now?', 'open'],
      ['sv', 'Vilken sorts jobb skulle passa ditt liv just nu?', 'open'],
      ['nb', 'Hva slags arbeidstid ville passet hverdagen din?', 'open'],
      ['sv', 'Vilken sorts hjälp skulle passa dig?', 'open'],
      ['sv', 'Vilka slags jobb har du trivts med?', 'open'],
      ['nb', 'Hva slags hjelp ville passet for deg?', 'open'],
      ['nb', 'Hvilke typer jobber har du trivdes med?', 'open'],
    ]);
  });
});

describe('questionForm: "I\'m not sure how you…" frames an indirect question like "I wonder how you…"', () => {
  check([
    ['en', "I don't know what you make of all this?", 'open'],
    ['en', "I'm not really sure how you see the plan now.", 'open'],
    ['en', 'I am not sure how much you want to change.', 'closed'],
    ['sv', 'Jag vet inte vad du tänker om det här?', 'open'],
    ['sv', 'Jag är inte säker på hur du ser på planen nu.', 'open'],
    ['nb', 'Jeg vet ikke hva du tenker om dette?', 'open'],
    ['nb', 'Jeg er ikke helt sikker på hvordan du ser på planen nå.', 'open'],
  ]);

  describe('while the adviser not knowing something else is a statement, or asks whether, closed', () => {
    check([
      ['en', "I don't know how the new form works.", 'closed'],
      ['en', "I'm not sure when the office closes today.", 'closed'],
      ['en', "I'm not sure if you have had the letter?", 'closed'],
      ['sv', 'Jag vet inte hur den nya blanketten fungerar.', 'closed'],
      ['sv', 'Jag vet inte om du har fått brevet?', 'closed'],
      ['nb', 'Jeg vet ikke hvordan det nye skjemaet fungerer.', 'closed'],
      ['nb', 'Jeg vet ikke om du har fått brevet?', 'closed'],
    ]);
  });
});

describe('questionForm: a polite condition said in passing ("if that\'s okay") does not break a frame or an invitation', () => {
  check([
    ['en', "I'd like to find out a little, if that's okay, about how the first month went.", 'open'],
    ['en', "I'd like to hear a bit if you would about how your mornings look.", 'open'],
    ['en', "Tell me, if you don't mind, what the hardest part was.", 'open'],
    ['sv', 'Jag skulle vilja veta lite mer, om det går bra, om hur första månaden var.', 'open'],
    ['sv', 'Jag är nyfiken, om det är okej, på hur morgnarna ser ut.', 'open'],
    ['sv', 'Jag vill gärna höra mer, om du vill, om hur det går på praktiken.', 'open'],
    ['nb', 'Jeg vil gjerne høre mer, hvis du vil, om hvordan den første måneden var.', 'open'],
    ['nb', 'Jeg er nysgjerrig, hvis det er greit, på hvordan morgenene ser ut.', 'open'],
    ['nb', 'Jeg vil gjerne vite litt mer hvis det er greit om hvordan det går på praksisen.', 'open'],
  ]);

  describe('while what it frames still decides, and a condition that is part of the question stays', () => {
    check([
      ['en', "I'd like to know, if that's okay, when your contract ends.", 'closed'],
      ['en', "Can we book the next meeting, if that's all right?", 'closed'],
      ['en', 'I wonder if you would like to come to the group.', 'closed'],
      ['sv', 'Jag skulle vilja veta, om det går bra, när kontraktet går ut.', 'closed'],
      ['sv', 'Kan vi boka nästa möte, om det går bra?', 'closed'],
      ['sv', 'Jag vill veta om du vill komma på mötet.', 'closed'],
      ['nb', 'Jeg vil gjerne vite, hvis det er greit, når kontrakten går ut.', 'closed'],
      ['nb', 'Kan vi avtale neste møte, hvis det er greit?', 'closed'],
      ['nb', 'Jeg vil vite om du vil komme på møtet.', 'closed'],
    ]);
  });
});

describe('questionForm: a polite condition right after a frame is what it asks', () => {
  check([
    ['en', "I wonder if that's okay with your family?", 'open'],
    ['en', "I wonder if that's okay?", 'open'],
    ['en', "Let me know if that's okay.", 'closed'],
    ['sv', 'Jag undrar om det går bra?', 'open'],
    ['sv', 'Säg till om det går bra.', 'closed'],
    ['nb', 'Jeg lurer på om det går bra?', 'open'],
    ['nb', 'Si fra om det går bra.', 'closed'],
  ]);
});

describe('questionForm: sv/nb "om" + a question word is "about how…", never "whether"', () => {
  check([
    ['sv', 'Berätta om hur praktiken går.', 'open'],
    ['sv', 'Jag skulle vilja höra om hur flytten blir.', 'open'],
    ['nb', 'Fortell om hvordan praksisen går.', 'open'],
    ['nb', 'Jeg vil høre om hvordan flyttingen blir.', 'open'],
    ['sv', 'Berätta om praktiken går bra.', 'closed'],
    ['nb', 'Fortell om praksisen går bra.', 'closed'],
  ]);
});

describe('questionForm: "how much" a thing weighs with the client asks a degree, open, like "how worried"', () => {
  check([
    ['en', 'How much does the debt worry you these days?', 'open'],
    ['en', 'How much do you think the noise is a problem for the children?', 'open'],
    ['en', 'How much does it matter to you to keep the flat?', 'open'],
    ['sv', 'Hur mycket oroar skulderna dig nu för tiden?', 'open'],
    ['sv', 'Hur mycket betyder det för dig att få behålla lägenheten?', 'open'],
    ['nb', 'Hvor mye bekymrer gjelden deg for tiden?', 'open'],
    ['nb', 'Hvor mye betyr det for deg å få beholde leiligheten?', 'open'],
  ]);

  describe('while an amount stays one fact', () => {
    check([
      ['en', 'How much do you owe the energy company?', 'closed'],
      ['en', 'How much do you think you spend on cigarettes a week?', 'closed'],
      ['sv', 'Hur mycket spelar du för i veckan?', 'closed'],
      ['sv', 'Hur mycket är du skyldig elbolaget?', 'closed'],
      ['nb', 'Hvor mye spiller du for i uka?', 'closed'],
      ['nb', 'Hvor mye skylder du strømselskapet?', 'closed'],
    ]);
  });
});
