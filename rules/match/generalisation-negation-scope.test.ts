/**
 * Negation scopes that were too wide (a disclosure read as denied) or too narrow (a denial read
 * as a disclosure), by kind, in en, sv and nb, with sentences of our own (not the evaluation
 * sets' rows). What the eval pack's follow-up on the concept raises (critical for suicide,
 * self-harm and violence, warning for substance use, info for criminal justice).
 */
import { describe, expect, it } from 'vitest';
import type { EffectiveSeverity } from '../compiled-pack';
import { raised } from '../../tests/unit/eval-pack-follow-ups';

function expectAll(concept: string, texts: string[], expected: EffectiveSeverity | 'none') {
  for (const text of texts) expect({ text, got: raised(concept, text) }).toEqual({ text, got: expected });
}

describe('too wide: what is not stopped goes on', () => {
  it('keeps the card when the negation denies the stopping, not the act', () => {
    expectAll('domestic-violence', [
      'He would not stop hitting me even when I screamed.',
      'Han slutade inte slå mig förrän grannen knackade på.',
      'Han ville ikke slutte å slå meg.',
    ], 'critical');
    expectAll('substance-use', ["I can't stop drinking vodka every night.", 'Hon klarar inte att sluta knarka.', 'Han klarer ikke å slutte med hasj.'], 'warning');
  });
  it('still denies the act itself', () => {
    expectAll('domestic-violence', ['He has never hit me.', 'Han slår mig inte.', 'Han slår meg ikke.'], 'check-in');
  });
});

describe('too wide: a refusal or a negation inside a condition denies nothing of the threat', () => {
  it('keeps the card for a threat whose condition holds a "no" or a refusal', () => {
    expectAll('domestic-violence', [
      'Mannen truer med å slå henne hvis hun nekter.',
      'Sambon hotar att slå henne om hon nekar.',
    ], 'critical');
  });
  it('still reads a denial verb that reports a denial', () => {
    expectAll('domestic-violence', ['Hun nekter for at han slår henne.', 'Hon nekar till att han slår henne.', 'She denies that he hits her.'], 'check-in');
  });
});

describe('too wide: the "nothing" of what is eaten does not deny the purpose told after it', () => {
  it('keeps a purpose of harming oneself after "nothing"', () => {
    expectAll('self-harm', ['Hon äter inget för att skada sig själv.', 'Han spiser ingenting for å skade seg selv.'], 'critical');
  });
});

describe('too narrow: a past that stopped long ago, "nothing since"', () => {
  it('checks in when the note says nothing has happened since a time long past', () => {
    expectAll('self-harm', [
      'She cut herself as a teenager, nothing since she left school.',
      'Skar sig i tonåren, inget sedan dess.',
      'Kuttet seg selv på ungdomsskolen, ikke noe siden den gang.',
    ], 'check-in');
  });
  it('keeps the card for a recent stop, a stop with no time, or a turn after it', () => {
    expectAll('self-harm', [
      'She cut herself on Friday, nothing since Tuesday though.',
      'Skar sig i armen, inget sedan i måndags.',
      'He cut himself last year and has not since.',
      'Cut herself at 15, nothing since then but the urges are back.',
    ], 'critical');
  });
});

describe('too narrow: a heading whose answer after the colon is a denial', () => {
  it('checks in on a topic named in a heading and denied after its colon', () => {
    expectAll('suicide', ['Suicide screen done: client denies any thoughts of it.', 'Suicidbedömning: inga tankar på att dö.', 'Vurdering av selvmordsfare: nei, ingen planer.'], 'check-in');
    expectAll('substance-use', ['Drugs and alcohol: denies all use.', 'Alkohol och droger: kl nekar.', 'Rus og alkohol: bruker nekter for bruk.'], 'check-in');
  });
  it('keeps the card when the answer after the colon turns or tells', () => {
    expectAll('suicide', ['Suicide screen: no plan, but thinks of ending her life every day.', 'Suicide screen: plans to end her life.'], 'critical');
  });
});

describe('too narrow: an asked question denied by an answer that only points back', () => {
  it('checks in on "I\'m not", "det vil jeg ikke", "det har jag inte"', () => {
    expectAll('suicide', [
      "The nurse asked whether I was suicidal. I'm not, I'm just worn out.",
      'Legen spurte om jeg ville ta livet mitt, men det vil jeg ikke.',
      'Läkaren frågade om jag hade självmordstankar. Det har jag inte.',
    ], 'check-in');
    expectAll('self-harm', ['Tillfrågad om självskada: nej.'], 'check-in');
  });
  it('keeps the card when the reply tells more than a denial', () => {
    expectAll('suicide', ['The nurse asked whether I was suicidal. I am, most nights.', 'Legen spurte om jeg ville ta livet mitt, og det vil jeg.'], 'critical');
  });
});

describe('too narrow: an asked question whose reply in the same sentence is a "no"', () => {
  it('checks in on "…and said no", a head shaken, "svarade att … aldrig"', () => {
    expectAll('self-harm', ['I asked whether she had ever cut herself and she said no.', 'Asked if he harms himself, he shook his head.'], 'check-in');
    expectAll('domestic-violence', ['På fråga om hon blivit slagen svarar hon att det aldrig hänt.', 'Spurte om noen hjemme slår henne, og hun svarte nei.'], 'check-in');
  });
  it('keeps the card for "said no plan", or a reply that turns', () => {
    expectAll('self-harm', ['Asked about cutting, she said no and then showed me her arm, but she still cuts.'], 'critical');
    expectAll('suicide', ['Asked about suicide, she said no plan but thinks of ending her life daily.'], 'critical');
  });
});

describe('too narrow: a belief or a report of concern that was looked into and refuted', () => {
  it('checks in when a turn corrects it or nothing was found', () => {
    expectAll('self-harm', [
      'The school nurse thought she had cut herself, but it was a scratch from the cat.',
      'Mamman trodde att sonen skadat sig själv, men det var ett skrubbsår från cykeln.',
    ], 'check-in');
    expectAll('child-exposed-to-violence', [
      'Barnevernet fikk en bekymringsmelding om vold i hjemmet og fant ingen tegn til det.',
      'En orosanmälan om våld mot barnen utreddes, men man fann inget stöd för den.',
    ], 'check-in');
  });
  it('keeps the card when the turn confirms it', () => {
    expectAll('self-harm', ['The school nurse thought she had cut herself, and she had, on both arms.'], 'critical');
  });
});

describe('too narrow: a past not repeated for years', () => {
  it('checks in on "not … in over ten years"', () => {
    expectAll('self-harm', ['Har gamle kutt fra tenårene, men har ikke skadet seg på over ti år.', 'Self-harmed as a student but has not done it in many years.'], 'check-in');
  });
  it('keeps the card for a few weeks', () => {
    expectAll('self-harm', ['Har ikke skadet seg på to uker, men kuttet seg forrige måned.'], 'critical');
  });
});
