/**
 * Kinds of writing the built-in concepts must read, each shown in several
 * persons and in en, sv and nb with sentences of their own (not the
 * evaluation sets' rows): what a follow-up on the concept raises.
 */
import { describe, expect, it } from 'vitest';
import { raised } from '../../tests/unit/eval-pack-follow-ups';
import { compilePhrase } from '../compile-phrase';
import { AnswerAnalysis } from './answer-analysis';
import { answerWords } from './answer-words';
import { PhraseIndex } from './phrase-index';

describe('innocent explanations count only as written', () => {
  it('do not lower a card through a shorter stem or another language ("box" is no "boxing", "spilling" no nb "spillet")', () => {
    expect(raised('suicide', 'She swallowed a whole box of her tablets on Sunday')).toBe('critical');
    expect(raised('child-exposed-to-violence', 'He hit our son for spilling his drink')).toBe('critical');
  });
  it('still lower one when they stand as written', () => {
    expect(raised('child-exposed-to-violence', 'My son got kicked at boxing training')).toBe('check-in');
    expect(raised('domestic-violence', 'My supervisor will kill me if the report is late')).not.toBe('critical');
  });
});

describe('spoken and dialect forms', () => {
  it('read Norwegian dialect and Nynorsk forms as Bokmål, and spoken Swedish "int"', () => {
    expect(raised('suicide', 'Eg vil ikkje leve meir')).toBe('critical');
    expect(raised('suicide', 'Æ orke ikkje å leve')).toBe('critical');
    expect(raised('suicide', 'jag vill int leva längre')).toBe('critical');
  });
  it('join an English reflexive typed as two words', () => {
    expect(answerWords('hang him self').map((w) => w.lower)).toEqual(['hang', 'himself']);
    expect(raised('suicide', 'he said he wants to hang him self')).toBe('critical');
  });
});

describe('irregular verbs and words slipped into a phrase', () => {
  it('join past forms to their verb (sv fanns, nb gjort, en gave)', () => {
    expect(raised('suicide', 'alla hade haft det bättre om han inte fanns')).toBe('critical');
    expect(raised('suicide', 'Hun har tenkt ut hvordan hun skulle gjort det, med pillene')).toBe('critical');
  });
  it('let "mye", "mycket", "always" stand inside a phrase', () => {
    expect(raised('suicide', 'Hon tänker mycket på döden nuförtiden')).toBe('critical');
    expect(raised('suicide', 'Han tenker alltid på døden')).toBe('critical');
  });
});

describe('indirect wishes to die', () => {
  it('read a point, meaning or wish to live that the client does not see', () => {
    expect(raised('suicide', 'Hun ser ikke noen vits med å leve')).toBe('critical');
    expect(raised('suicide', 'Jag ser inte meningen med att leva')).toBe('critical');
    expect(raised('suicide', 'Han har ingen lust att leva')).toBe('critical');
  });
  it('read "just as well if I died" and a grave as the place one would be better off', () => {
    expect(raised('suicide', "Honestly it'd be just as well if I died")).toBe('critical');
    expect(raised('suicide', 'Det är lika gärna att jag dör')).toBe('critical');
    expect(raised('suicide', 'Det er like greit om jeg dør')).toBe('critical');
    expect(raised('suicide', "Sometimes I think I'd be better off in my grave")).toBe('critical');
    expect(raised('suicide', 'Jeg hadde hatt det bedre under jorda')).toBe('critical');
  });
  it('read not being around for long', () => {
    expect(raised('suicide', "I won't be around for much longer, I've made my peace")).toBe('critical');
    expect(raised('suicide', 'Jag kommer inte finnas kvar nästa år')).toBe('critical');
    expect(raised('suicide', 'Jeg kommer ikke til å være her neste år')).toBe('critical');
  });
  it('read belongings given away with the object between the verb and "away"/"bort"', () => {
    expect(raised('suicide', "He's been giving his tools away and says he won't need them")).toBe('critical');
    expect(raised('suicide', 'Hon har börjat ge bort sina kläder och säger att hon inte kommer behöva dem')).toBe('critical');
    expect(raised('suicide', 'Han gir bort tingene sine og sier han ikke kommer til å trenge dem')).toBe('critical');
  });
  it('read medicines taken on purpose', () => {
    expect(raised('suicide', "He took his partner's tablets deliberately")).toBe('critical');
    expect(raised('suicide', 'Hon tog sina tabletter med flit')).toBe('critical');
    expect(raised('suicide', 'Han tok medisinene sine med vilje')).toBe('critical');
  });
  it('still leave explicit negations a check-in', () => {
    expect(raised('suicide', "I don't want to die, I want my flat back")).toBe('check-in');
    expect(raised('suicide', 'Han vil ikke dø, han vil ha jobben tilbake')).toBe('check-in');
  });
});

describe('self-harm by starving and hair pulling', () => {
  it('read not eating as a punishment', () => {
    expect(raised('self-harm', 'She has stopped eating to punish herself')).toBe('critical');
    expect(raised('self-harm', 'Han har svultit sig själv i veckor som straff')).toBe('critical');
    expect(raised('self-harm', 'Hun har sultet seg selv som straff')).toBe('critical');
  });
  it('read pulling out one\'s hair, but not a hairdresser cutting hair', () => {
    expect(raised('self-harm', 'Jag drar ut mitt hår när jag är orolig')).toBe('critical');
    expect(raised('self-harm', 'I cut hair for a living')).toBe('none');
  });
});

describe('violence and control', () => {
  it('read hands or a grip at the throat or neck', () => {
    expect(raised('domestic-violence', 'He grabbed me by the neck and squeezed')).toBe('critical');
    expect(raised('domestic-violence', 'Han höll händerna runt halsen på mig')).toBe('critical');
    expect(raised('domestic-violence', 'Han klemte hendene rundt halsen min')).toBe('critical');
  });
  it('read walking on eggshells at home', () => {
    expect(raised('domestic-violence', 'We all tread on eggshells around him')).toBe('critical');
    expect(raised('domestic-violence', 'Vi går på äggskal när han är hemma')).toBe('critical');
    expect(raised('domestic-violence', 'Vi går på eggeskall rundt ham')).toBe('critical');
  });
  it('read a child afraid of an adult at home, with or without "of"', () => {
    expect(raised('child-exposed-to-violence', 'Her son is terrified of his stepdad')).toBe('critical');
    expect(raised('child-exposed-to-violence', 'Sonen är skräckslagen för pappan')).toBe('critical');
    expect(raised('child-exposed-to-violence', 'Jenta på fem er livredd stefaren sin')).toBe('critical');
  });
});

describe('substance use and criminal records as people say them', () => {
  it('read a drink with an amount or a frequency, but not water, tea or coffee', () => {
    expect(raised('substance-use', 'He gets through a crate of lager every weekend')).toBe('warning');
    expect(raised('substance-use', 'Hon dricker två flaskor vin om dagen')).toBe('warning');
    expect(raised('substance-use', 'Han drikker seks pils hver kveld')).toBe('warning');
    expect(raised('substance-use', 'I drink lots of water every day')).not.toBe('warning');
    expect(raised('substance-use', 'Jag dricker mycket te varje dag')).not.toBe('warning');
    expect(raised('substance-use', 'Jeg drikker mye kaffe hver morgen')).not.toBe('warning');
  });
  it('read street names of drugs', () => {
    expect(raised('substance-use', "He's been taking ket and coke at weekends")).toBe('warning');
  });
  it('read prison slang', () => {
    expect(raised('criminal-justice', 'He did two years inside')).toBe('info');
    expect(raised('criminal-justice', 'Han satt på kåken i ett år')).toBe('info');
    expect(raised('criminal-justice', 'Hun har sittet inne for narkotika')).toBe('info');
  });
});

describe('a denying subject and what it covers', () => {
  it('lowers a concept phrase to a check-in when the whole clause is denied by its subject', () => {
    expect(raised('domestic-violence', 'Nobody at home hits me or controls my money')).toBe('check-in');
    expect(raised('domestic-violence', 'Ingen hemma slår mig eller tar mina pengar')).toBe('check-in');
    expect(raised('domestic-violence', 'Ingen hjemme truer meg eller tar pengene mine')).toBe('check-in');
  });
  it('does not cover a clause after a turn or a subject of its own', () => {
    expect(raised('domestic-violence', 'No one hits me, but he takes my money')).toBe('critical');
    expect(raised('domestic-violence', 'Ingen slår mig men han tar mina pengar')).toBe('critical');
    expect(raised('domestic-violence', 'Nobody believes me that he threatens me')).toBe('critical');
  });
});

describe('idioms of things, accidents and jobs', () => {
  it('read a thing that "tar livet av" someone as an idiom, a person who wants to as a disclosure', () => {
    expect(raised('suicide', 'Pendlingen tar livet av mig, två timmar varje dag')).toBe('none');
    expect(raised('suicide', 'Ventingen tar livet av meg')).toBe('none');
    expect(raised('suicide', 'Jag vill ta livet av mig')).toBe('critical');
  });
  it('read a cut on a thing as an accident, a cut on the arm as self-harm', () => {
    expect(raised('self-harm', 'Jag skar mig på en glasbit i diskhon')).not.toBe('critical');
    expect(raised('self-harm', 'Jeg kuttet meg på en kniv på jobben')).not.toBe('critical');
    expect(raised('self-harm', 'Jag skar mig på armen igår kväll')).toBe('critical');
  });
  it('read a job in the justice system inside one word as no record', () => {
    expect(raised('criminal-justice', 'Jeg vil bli fengselsbetjent')).toBe('none');
    expect(raised('criminal-justice', 'Jeg satt i fengsel i fjor')).toBe('info');
  });
});

describe('Swedish and Norwegian word order', () => {
  it('lets a subject stand after its verb inside a phrase (V2: "sen tar han barnen")', () => {
    const phrase = compilePhrase('tar barnen', 'sv');
    if (!phrase.ok) throw new Error(phrase.message);
    expect(new PhraseIndex([phrase.phrase]).find(new AnswerAnalysis('Sen tar han barnen'))).toHaveLength(1);
    expect(raised('domestic-violence', 'Om jag flyttar tar han barnen ifrån mig')).toBe('critical');
    expect(raised('domestic-violence', 'Hvis jeg skiller meg tar han barna')).toBe('critical');
  });
});

describe('more ways to a death', () => {
  it('read means sought (a gun), traffic, fumes in a closed space, and being found with a means', () => {
    expect(raised('suicide', "She's been trying to buy a gun")).toBe('critical');
    expect(raised('suicide', 'Han har försökt köpa ett vapen')).toBe('critical');
    expect(raised('suicide', 'I keep thinking of steering into a lorry on the motorway')).toBe('critical');
    expect(raised('suicide', 'Jeg har lyst til å svinge ut foran et vogntog')).toBe('critical');
    expect(raised('suicide', 'She was found in the garage with a hosepipe from the exhaust')).toBe('critical');
    expect(raised('suicide', 'Han satt i bilen i garaget med motorn igång')).toBe('critical');
    expect(raised('suicide', 'Hon hittades med ett rep i skogen')).toBe('critical');
    expect(raised('suicide', 'Han ble funnet med tau på loftet')).toBe('critical');
  });
  it('read never having been born, being done with life, bleeding out', () => {
    expect(raised('suicide', 'She wishes she had never been born')).toBe('critical');
    expect(raised('suicide', 'Jag önskar att jag aldrig hade fötts')).toBe('critical');
    expect(raised('suicide', 'Jeg skulle ønske jeg aldri var født')).toBe('critical');
    expect(raised('suicide', "Honestly I'm done with living")).toBe('critical');
    expect(raised('suicide', 'Jag är färdig med livet')).toBe('critical');
    expect(raised('suicide', 'Jeg er ferdig med livet')).toBe('critical');
    expect(raised('suicide', "He said he wouldn't care if he bled out")).toBe('critical');
  });
  it('keep dying of boredom and a dead battery out', () => {
    expect(raised('suicide', 'I thought I would die of boredom in that queue')).toBe('none');
    expect(raised('suicide', 'Jag önskar att mobilen inte dog hela tiden')).toBe('none');
    expect(raised('suicide', 'Jeg skulle ønske telefonen ikke døde hele tiden')).toBe('none');
  });
});

describe('more self-harm and control', () => {
  it('read a blade used on the body, but not shaving', () => {
    expect(raised('self-harm', 'She uses a razor blade on her thighs')).toBe('critical');
    expect(raised('self-harm', 'Hon använder rakblad på armarna')).toBe('critical');
    expect(raised('self-harm', 'Han bruker barberblad på armene')).toBe('critical');
    expect(raised('self-harm', 'I shaved my legs with a new razor blade')).not.toBe('critical');
  });
  it('read control said with a negation inside it ("låter mig inte", "lar meg ikke")', () => {
    expect(raised('domestic-violence', 'Han låter mig inte ha egna pengar')).toBe('critical');
    expect(raised('domestic-violence', 'Han lar meg ikke ha egen telefon')).toBe('critical');
  });
  it('read jealous accusations, tracking apps, dragging by the hair', () => {
    expect(raised('domestic-violence', 'He accuses me of cheating every time I go out')).toBe('critical');
    expect(raised('domestic-violence', 'Han anklagar mig hela tiden för att vara otrogen')).toBe('critical');
    expect(raised('domestic-violence', 'Han beskylder meg for å være utro hele tiden')).toBe('critical');
    expect(raised('domestic-violence', 'Han har en app som visar var jag är')).toBe('critical');
    expect(raised('domestic-violence', 'Han drog mig i håret')).toBe('critical');
    expect(raised('domestic-violence', 'Han dro meg etter håret')).toBe('critical');
  });
  it('read a child stepping in to protect a parent', () => {
    expect(raised('child-exposed-to-violence', 'My daughter got between us to protect me')).toBe('critical');
    expect(raised('child-exposed-to-violence', 'Min son försökte skydda mig')).toBe('critical');
    expect(raised('child-exposed-to-violence', 'Datteren min prøvde å beskytte meg')).toBe('critical');
  });
});

describe('what a negation covers', () => {
  it('keeps a denial in a later clause ("och hon vill inte…", "da hun ikke…") to that clause', () => {
    expect(raised('domestic-violence', 'Hans pappa slår hans mamma och hon vill inte gå därifrån')).toBe('critical');
    expect(raised('domestic-violence', 'Stefaren slår mamma og hun vil ikke anmelde ham')).toBe('critical');
    expect(raised('child-exposed-to-violence', 'Han slo ungen da hun ikke ville spise')).toBe('critical');
    expect(raised('suicide', 'Jag vill inte dö, jag vill bara att räkningarna ska försvinna')).toBe('check-in');
  });
  it('reads "whether … or not" as a question, not a denial', () => {
    expect(raised('suicide', "He doesn't care if he lives or not")).toBe('critical');
    expect(raised('suicide', 'Hon bryr sig inte om hon lever eller inte')).toBe('critical');
    expect(raised('suicide', 'Han bryr seg ikke om han lever eller ikke')).toBe('critical');
  });
});

describe('the last reason to live, and a ligature', () => {
  it('reads one thing being all that keeps a person alive', () => {
    expect(raised('suicide', 'The only thing keeping him going is his dog')).toBe('critical');
    expect(raised('suicide', 'Det enda som håller honom kvar är hunden')).toBe('critical');
    expect(raised('suicide', 'Det eneste som holder ham igjen er hunden')).toBe('critical');
  });
  it('reads a ligature round the neck', () => {
    expect(raised('suicide', 'She was found with a scarf round her neck')).toBe('critical');
    expect(raised('suicide', 'Han hade en sladd runt halsen när de hittade honom')).toBe('critical');
    expect(raised('suicide', 'Hun hadde et skjerf rundt halsen da de fant henne')).toBe('critical');
  });
  it('reads violence named in English as Swedish and Norwegian already did, and its denial as a check-in', () => {
    expect(raised('domestic-violence', 'Violence in the relationship since 2022')).toBe('critical');
    expect(raised('domestic-violence', 'No violence at home')).toBe('check-in');
  });
});

describe('warning signs said in other words', () => {
  it('reads Scots forms ("topping maself", "cannae")', () => {
    expect(answerWords('I cannae').map((w) => w.lower)).toEqual(['i', 'can', 'not']);
    expect(raised('suicide', 'thinking aboot topping maself')).toBe('critical');
  });
  it('reads saying goodbye with giving things away or with words of love, and a wish to join the dead', () => {
    expect(raised('suicide', 'Han har tatt farvel med alle og gitt bort gitaren')).toBe('critical');
    expect(raised('suicide', 'She has been saying goodbye to her friends and telling them she loves them')).toBe('critical');
    expect(raised('suicide', 'He says he wants to be with his late wife again')).toBe('critical');
    expect(raised('suicide', 'Hon vill få träffa sin mamma som dog i våras igen')).toBe('critical');
    expect(raised('suicide', 'I want to be with my family at Christmas')).toBe('none');
  });
  it('reads an attempt that ended in intensive care', () => {
    expect(raised('suicide', 'She made an attempt in May and was in intensive care')).toBe('critical');
    expect(raised('suicide', 'Han gjorde ett försök i maj och hamnade på IVA')).toBe('critical');
  });
  it('reads "something stupid" as a warning sign, and its denial as a check-in', () => {
    expect(raised('suicide', "I'm scared I'll do something stupid tonight")).toBe('critical');
    expect(raised('suicide', 'Jeg kommer ikke til å gjøre noe dumt')).toBe('check-in');
  });
  it('reads being held down', () => {
    expect(raised('domestic-violence', 'Han höll mig fast mot golvet')).toBe('critical');
    expect(raised('domestic-violence', 'Han holdt meg fast mot gulvet')).toBe('critical');
  });
});
