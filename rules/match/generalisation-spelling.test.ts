/**
 * How words are written, whatever the concept: Swedish and Norwegian typed without å/ä/ö/ø/æ (or with
 * "aa", "ae", "oe" for them) read as the same words, while an answer that has the letters, and English,
 * are read as written. Phrasings of our own.
 */
import { describe, expect, it } from 'vitest';
import { expectCritical as critical, expectNoCritical as quiet, raised } from '../../tests/unit/eval-pack-follow-ups';
import { answerWords, readAnswer } from './answer-words';

const lowers = (text: string) => readAnswer(text).map((word) => word.lower);

describe('Swedish and Norwegian typed without å, ä, ö, ø, æ', () => {
  it('reads the short words back with their letters, by language', () => {
    expect(lowers('jag vill inte ga dit pa fredag')).toEqual(['jag', 'vill', 'inte', 'gå', 'dit', 'på', 'fredag']);
    expect(lowers('jeg orker ikke a ga pa jobb nar han er der')).toEqual(['jeg', 'orker', 'ikke', 'å', 'gå', 'på', 'jobb', 'når', 'han', 'er', 'der']);
    expect(lowers('Klienten fornekar det')).toContain('förnekar');
    expect(lowers('jeg vil paa kino naar det er fint')).toEqual(['jeg', 'vil', 'på', 'kino', 'når', 'det', 'er', 'fint']);
  });
  it('keeps an o that ends a stem before an ending beginning with e ("samboer", "beboeren", "skoen")', () => {
    expect(lowers('samboeren min vil ikke flytte')).toContain('samboeren');
    expect(lowers('jeg og samboer bor i blokka, beboerne er greie')).toEqual(expect.arrayContaining(['samboer', 'beboerne']));
    expect(lowers('jeg har proevd det og foeler meg bedre')).toEqual(expect.arrayContaining(['prøvd', 'føler']));
    critical('domestic-violence', ['Samboeren min tar telefonen og sier jeg ikke far gaa ut']);
  });
  it('lets the words around decide the few that are words without the letters too', () => {
    expect(lowers('min far ar snall')).toEqual(['min', 'far', 'är', 'snall']);
    expect(lowers('jag far inte ringa')).toContain('får');
    expect(lowers('for tva ar sedan')).toEqual(['för', 'två', 'år', 'sedan']);
    expect(lowers('hon sa att det var sant')).toEqual(['hon', 'sa', 'att', 'det', 'var', 'sant']);
    expect(lowers('jeg ma ringe')).toContain('må');
  });
  it('leaves an answer with any of the letters, and English, as written', () => {
    expect(lowers('jag vill dö, sa hon, ga bort')).toContain('ga');
    expect(lowers('I do not want to go far, a bit tired')).toEqual(['i', 'do', 'not', 'want', 'to', 'go', 'far', 'a', 'bit', 'tired']);
    // Norwegian "ga" is "gave"; words that do not tell Swedish from Norwegian change only where both agree.
    expect(lowers('hun ga bort alt')).toContain('ga');
    expect(lowers('Langt ifra, vi har det fint')).toContain('langt');
  });
  it('reads a pack\'s own words as written', () => {
    expect(answerWords('vart slegen').map((word) => word.lower)).toEqual(['vart', 'slegen']);
  });

  it('raises the card for a Swedish disclosure typed without the letters', () => {
    critical('suicide', ['vill bara do, orkar inte', 'Hon sager att hon vill do', 'Ingen skulle marka om jag dog, har tankt pa att hanga mig']);
    critical('self-harm', ['Han slar sig sjalv i ansiktet nar det gar fel', 'Jag har borjat skada mig sjalv igen']);
    critical('domestic-violence', ['Jag far inte traffa mina vanner, han kollar min telefon och slar mig']);
  });
  it('raises the card for a Norwegian disclosure typed without the letters or with "aa", "oe"', () => {
    critical('suicide', ['har lyst til a do', 'Han sier han ikke vil vaere her lenger', 'Jeg tenker paa aa doe hver dag']);
    critical('self-harm', ['Hun slar hodet i veggen til det blor', 'a har begynt a skade ma sjol igjen']);
  });
  it('finds the pack\'s words with the letters in words typed without them, inflected and compounded', () => {
    critical('suicide', ['Han har pratat om att hanga sig i garaget', 'sjaelvmordstankar hela hosten', 'Tanker pa doden hela tiden']);
    critical('self-harm', ['Sjaelvskadar sig nar hon ar ensam', 'sjalvskadebeteende sedan hogstadiet']);
    critical('domestic-violence', ['Kjaeresten hennes slo henne i ansiktet', 'Han lasade in mig i sovrummet hela natten']);
    critical('child-exposed-to-violence', ['Barnen hoerde nar han slog mig']);
  });
  it('does not read a short word alone as another that differs only by the letters', () => {
    // "lang" (long) is no "läng(tar)" (longs for), "sangen" no "säng"-word of any concept.
    quiet('suicide', ['Min mamma ar lang och smal, hon langtar efter sommaren', 'Eg er lei av vaeret, vil ha sol']);
    quiet('domestic-violence', ['Hon lagger sig i sangen tidigt']);
  });
  it('keeps a denial a denial when typed without the letters', () => {
    for (const text of ['Klienten fornekar sjalvskadebeteende.', 'Fragat om sjalvskada, kl fornekar.']) expect(raised('self-harm', text)).toBe('check-in');
    for (const text of ['Fragat om vald i hemmet, hon sager nej.', 'Vald hemma? Langt darifran.']) expect(raised('domestic-violence', text)).not.toBe('critical');
  });
  it('keeps an everyday answer quiet', () => {
    quiet('self-harm', ['Jag skar mig pa en kniv nar jag lagade mat', 'Jeg kuttet meg pa et glass i oppvasken']);
    quiet('domestic-violence', ['Min far ar snall, han hjalper mig med flytten', 'Faren min gar pa jobb klokka sju']);
    quiet('suicide', ['Jeg ma ga pa do', 'Vi ska ga pa bio pa fredag']);
  });
});

describe('spoken Norwegian whose short words are other words too', () => {
  it('reads "se", "me", "d", "te", "hu", "e", "sjæl" by their place in a Norwegian answer', () => {
    expect(lowers('hu har kutta se igjen')).toEqual(['hun', 'har', 'kutta', 'seg', 'igjen']);
    expect(lowers('eg vil se på tv')).toContain('se');
    expect(lowers('eg slo me sjæl me vilje')).toEqual(['jeg', 'slo', 'meg', 'selv', 'med', 'vilje']);
    expect(lowers('d e itte lett å gå te jobben')).toEqual(['det', 'er', 'ikke', 'lett', 'å', 'gå', 'til', 'jobben']);
  });
  it('leaves English and Swedish answers as written', () => {
    expect(lowers('she told me to see the doctor')).toEqual(['she', 'told', 'me', 'to', 'see', 'the', 'doctor']);
    expect(lowers('hon sa att de ska se filmen')).toContain('se');
  });
  it('raises the card for self-harm and suicide said that way', () => {
    critical('self-harm', ['hu skader se sjæl når d blir for mye', 'eg har begynt å brenne me igjen', 'Han slår se sjæl i ansiktet, gjorde d i går']);
    critical('suicide', ['eg har tenkt på å ta livet av me', 'hu har planer om å henge se i låven']);
  });
  it('keeps "me" as "med" where it goes with what follows', () => {
    quiet('domestic-violence', ['eg holder styr på pengene me en app', 'Naboen klaget me et brev te utleier']);
    quiet('self-harm', ['eg skar me et brød te frokost', 'hu vil se på kniver i butikken']);
  });
});

describe('English as it is texted', () => {
  it('reads text-speak, a dropped g, w/o and a reflexive with a slip as written English', () => {
    expect(lowers('i wanna hurt myslef tbh')).toEqual(['i', 'want', 'to', 'hurt', 'myself', 'tbh']);
    expect(lowers('u wud be fine w/o him')).toEqual(['you', 'would', 'be', 'fine', 'without', 'him']);
    expect(lowers('she keeps cuttin herslef')).toEqual(['she', 'keeps', 'cutting', 'herself']);
    expect(lowers('they hurt themselfs')).toContain('themselves');
    expect(lowers('the insulin is within reach, cousin')).toEqual(['the', 'insulin', 'is', 'within', 'reach', 'cousin']);
  });
  it('leaves the same letters in a Swedish or Norwegian answer as written', () => {
    expect(lowers('hon tar medicin och vitamin')).toContain('medicin');
    expect(lowers('han har en maskin och en rutin')).toEqual(['han', 'har', 'en', 'maskin', 'och', 'en', 'rutin']);
  });
  it('raises the card for a disclosure texted that way', () => {
    critical('suicide', ['i just wanna end it all tbh', 'been thinkin bout killin myslef', 'ppl wud be better off w/o me']);
    critical('self-harm', ['started cuttin myslef again after the breakup', 'im hurtin mysef when it gets 2 much']);
  });
  it('keeps everyday texting quiet', () => {
    quiet('suicide', ['im gonna be late 4 the meeting, sorry', 'u wud love the new flat tbh']);
    quiet('self-harm', ['i cut myslef a slice of cake lol']);
  });
});
