/**
 * Kinds of denial, and of words that only look like one, that the negation
 * reading must tell apart: each kind in several phrasings and in en, sv and nb,
 * with sentences of their own (not the evaluation sets' rows). What the eval
 * pack's follow-up on the concept raises (critical for suicide, self-harm and
 * violence, warning for substance use, info for criminal justice).
 */
import { describe, expect, it } from 'vitest';
import type { EffectiveSeverity } from '../compiled-pack';
import { raised } from '../../tests/unit/eval-pack-follow-ups';

function expectAll(concept: string, texts: string[], expected: EffectiveSeverity | 'none') {
  for (const text of texts) expect({ text, got: raised(concept, text) }).toEqual({ text, got: expected });
}

describe('a negation word must be one in its position: Nynorsk and dialect "no" is "now"', () => {
  it('keeps the card when "no" means now, before or after the disclosure', () => {
    expectAll('suicide', [
      'Eg vil berre døy no.',
      'No vil eg ikkje leve lenger.',
      'Ho seier ho vil ta livet sitt no.',
      'Eg har tenkt mykje på å ta livet mitt no i vinter.',
      'Han vil ikkje leve meir no, seier kona.',
    ], 'critical');
    expectAll('domestic-violence', ['No slår han meg kvar veke.', 'Han har begynt å slå meg igjen no.'], 'critical');
    expectAll('self-harm', ['Eg skader meg sjølv igjen no.'], 'critical');
  });
  it('still reads an English "no" and a Norwegian reply as a denial', () => {
    expectAll('suicide', ['No thoughts of suicide.', 'suicidal thoughts no', 'No, eg har aldri tenkt på å ta livet mitt.', 'Nei, ho vil ikkje ta livet sitt.'], 'check-in');
    expectAll('domestic-violence', ['No violence at home.', 'Violence from partner: no.'], 'check-in');
  });
});

describe('a negated mention gives the quiet check-in at every severity, info included', () => {
  it('checks in on a denied record, arrest or prison term (an info follow-up)', () => {
    expectAll('criminal-justice', [
      'No criminal record.',
      'Never been arrested, not once.',
      "He's never been to prison.",
      'Inget brottsregister.',
      'Har aldrig suttit i fängelse.',
      'Aldri vært i fengsel.',
    ], 'check-in');
  });
  it('keeps the declared severity for a mention that is not negated', () => {
    expectAll('criminal-justice', ['He was arrested on Friday.', 'Sitter i fängelse till i vår.', 'Han ble arrestert i helgen.'], 'info');
  });
});

describe('a denied list runs on past its commas; a new clause ends it', () => {
  it('reads a comma list of topics under one denial', () => {
    expectAll('substance-use', [
      'Denies drugs, alcohol or gambling.',
      'No cannabis, cocaine or alcohol.',
      'Förnekar alkohol, narkotika och spel.',
      'Inga droger, alkohol eller tabletter.',
      'Benekter alkohol, hasj og piller.',
      'Ingen rus, alkohol eller spill.',
    ], 'check-in');
    expectAll('domestic-violence', ['Denies threats, control or violence at home.', 'Nekter for trusler, kontroll og vold.'], 'check-in');
  });
  it('ends the denial where a clause of its own starts after the comma', () => {
    expectAll('domestic-violence', [
      'He denies it, he hits her when he drinks.',
      'Cl denies SI, partner controls her money and checks her phone.',
      'Hon förnekar det, han slår henne när han druckit.',
      'Hun benekter det, han slår henne når han drikker.',
    ], 'critical');
    expectAll('substance-use', [
      'Denies SI, drinks and smokes daily.',
      'No drugs, I drink a bottle of wine a night.',
      'Inga droger, dricker en box vin varje helg.',
      'Ingen narkotika, drikker en flaske vin hver kveld.',
    ], 'warning');
  });
});

describe('a reply that denies without naming the topic: hedges and adviser shorthand', () => {
  it('hears a hedged or partial "no" as a denial of the topic asked', () => {
    expectAll('suicide', ['Not really, no.', 'Nah, not really.', 'Nope.', 'Not that I know of.', 'Not at the moment.'], 'check-in');
    expectAll('suicide', ['Inte direkt.', 'Inte riktigt, nej.', 'Nä.', 'Inte vad jag vet.'], 'check-in');
    expectAll('suicide', ['Ikke egentlig.', 'Ikke akkurat.', 'Ikkje no.', 'Ikke som jeg vet.'], 'check-in');
    expectAll('substance-use', ['Not any more.', 'Inte längre.', 'Ikke lenger.'], 'check-in');
  });
  it('reads an adviser\'s shorthand denial as one', () => {
    expectAll('self-harm', ['Denies.', 'Denies all.', 'Nil known.', 'No known history.', 'None reported.'], 'check-in');
    expectAll('self-harm', ['Förnekar det.', 'Neg. för självskada.', 'Ingen känd historik.'], 'check-in');
    expectAll('self-harm', ['Nekter for.', 'Nekter for det.', 'Ingen kjent.', 'Ingen kjent historikk.'], 'check-in');
    expectAll('domestic-violence', ['nope, nobody at home ever hurts me', 'nej, ingen där hemma har någonsin skadat mig', 'nei, han har aldri vært slem mot meg'], 'check-in');
  });
  it('takes a reply that goes on to tell of an event after all as a disclosure', () => {
    expectAll('suicide', ['No, well, once.', 'Not really. Tried once, years ago.', 'No, apart from a couple of times last winter.'], 'critical');
    expectAll('self-harm', ['Nej, förutom en gång.', 'Nej. Ett par gånger i somras.', 'Nei, bare en gang.', 'Nei, noen ganger i fjor.'], 'critical');
    expectAll('criminal-justice', ['No, well, once, for shoplifting.'], 'info');
  });
  it('keeps a denied "once" and a "once" that means "when" a denial', () => {
    expectAll('self-harm', ['No, not once.', 'Nej, inte en enda gång.', 'Nei, ikke en eneste gang.', 'No, once I have a flat things will settle.'], 'check-in');
  });
});

describe('a denied present with a past event told after it keeps the card', () => {
  it('reads a bare attempt after a denial of now as the topic\'s attempt', () => {
    expectAll('suicide', [
      'Denies current SI, previous attempt 2020.',
      'No SI now, attempted in 2019.',
      'Inga självmordstankar nu, tidigare försök 2019.',
      'Förnekar aktuella tankar på att ta sitt liv, försökte i fjol.',
      'Ingen selvmordstanker nå, tidligere forsøk i 2021.',
      'Benekter selvmordstanker nå, prøvde i fjor.',
    ], 'critical');
  });
  it('keeps a denial when what was tried is something else', () => {
    expectAll('suicide', ['Denies SI, tried CBT last year.', 'No SI, tried to find work all summer.', 'Inga självmordstankar, försökte få jobb i våras.'], 'check-in');
  });
  it('reads a reply that denies now and tells of a past attempt after "but" as a disclosure', () => {
    expectAll('suicide', ['Not at the moment, though I did try last spring.', 'Inte just nu, men i fjol försökte jag.', 'Ikke nå, men i fjor prøvde jeg.'], 'critical');
  });
  it('does not let a present denial deny a past act told in a clause of its own (a guard: the act is a phrase of its own)', () => {
    expectAll('domestic-violence', ['He does not hit me now, he kicked me in the stomach last year.', 'Han slår mig inte nu, han sparkade mig förra året.', 'Han slår meg ikke nå, han sparket meg i fjor.'], 'critical');
  });
});

describe('a topic denied through its own words, with no combination or phrase', () => {
  it('reads a word that denies the topic by its meaning as a denial', () => {
    expectAll('substance-use', ['Teetotal, always has been.', 'Helnykterist sedan tonåren.', 'Hon är absolutist.', 'Avholdsmann hele livet.'], 'check-in');
    expectAll('criminal-justice', ['Clean record.', 'Tidigare ostraffad.', 'Tidligere ustraffet.', 'Plettfri vandel.'], 'check-in');
  });
  it('reads sober for years as a denial of the present, but not "sober" alone or for weeks or months', () => {
    expectAll('substance-use', ['Sober for two years now.', 'Nykter sedan 2014.'], 'check-in');
    expectAll('substance-use', ['Trying to stay sober.', 'Sober for two weeks now.', 'Nykter sedan i våras.'], 'warning');
  });
  it('reads a negated word of violence, control or fear as a denial of the topic asked', () => {
    expectAll('domestic-violence', ['No threats or abuse in the relationship.', 'Inget hot eller kontroll i relationen.', 'Ingen trusler eller mishandling i forholdet.'], 'check-in');
    expectAll('child-exposed-to-violence', [
      'The children have never been frightened at home.',
      'Barnen har aldrig varit rädda hemma.',
      'Barna har aldri vært redde hjemme.',
      'The kids never saw anything.',
    ], 'check-in');
    expectAll('substance-use', ["He doesn't drink at all.", 'Dricker aldrig.', 'Drikker ikke.'], 'check-in');
  });
  it('keeps a topic noun out of every combination: having control of one\'s money tells of nothing', () => {
    expectAll('domestic-violence', ['Jag har kontroll över min ekonomi nu.', 'Jeg har kontroll på økonomien min.', 'Vi har kontroll på regningene.'], 'none');
  });
});

describe('a negation inside the words of a mention, or a denying subject before the act', () => {
  it('reads a "not" slipped in between a phrase\'s words as a denial', () => {
    expectAll('child-exposed-to-violence', ['My children are not scared at home.', 'Barnen är inte rädda.', 'Barna er ikke redde.'], 'check-in');
  });
  it('keeps a phrase that holds its own "not"', () => {
    expectAll('suicide', ["She doesn't want to live any more.", 'Jag vill inte leva längre.', 'Hun vil ikke leve lenger.'], 'critical');
  });
  it('reads "nobody" before the act as denying it, with the child named before', () => {
    expectAll('child-exposed-to-violence', ['My son is fine, nobody hurts him.', 'Dottern mår bra, ingen gör henne illa.', 'Sønnen har det fint, ingen gjør ham vondt.'], 'check-in');
  });
  it('does not let "nobody knows" deny an act told after a subject of its own', () => {
    expectAll('child-exposed-to-violence', ['Nobody knows he hits the kids.', 'Ingen vet att han slår barnen.', 'Ingen vet at han slår barna.'], 'critical');
  });
});

describe('an adviser\'s note of what was asked and the reply', () => {
  it('reads "asked …, says no" and a reply before "på fråga om" as a denial of what was asked', () => {
    expectAll('child-exposed-to-violence', ['Asked whether the children have seen violence at home - mum says no, never in front of them.'], 'check-in');
    expectAll('self-harm', [
      'Asked about self-harm today, he said no.',
      'Svarade nej på frågan om självskada.',
      'Kl svarar "nej, inte så" på fråga om självskadebeteende.',
      'Svarer "nei, ikke egentlig" på spm om selvskading.',
      'Kontrollfrågan om självskada: inga.',
      'Rutinespørsmål om selvskading stilt: ingen.',
    ], 'check-in');
  });
  it('keeps the card when the reply turns', () => {
    expectAll('self-harm', ['Asked about self-harm - says no plan, but she cuts most weekends.', 'Frågade om självskada, hon säger nej men skär sig ibland.'], 'critical');
  });
  it('does not end a sentence at an abbreviation\'s full stop before a small letter', () => {
    expectAll('domestic-violence', ['Frågat om våld enl. rutin - nekar.', 'Spurt om vold iht. rutine - nekter.', 'Asked re. violence at home approx. a month ago - denies.'], 'check-in');
  });
  it('reads a screening\'s "negative" after a colon or dash as a denial of the topic asked', () => {
    expectAll('domestic-violence', ['Routine screening: negative.', 'Screening questions done - nil.', 'Screening enligt rutin: nekar.', 'Kartlegging gjort: ingen.'], 'check-in');
  });
  it('reads the police or a court denied as a denial of a record', () => {
    expectAll('criminal-justice', [
      'Has never had any dealings with the police.',
      'No court cases, nothing with the police.',
      'Har aldrig haft kontakt med polisen.',
      'Ingenting hos politiet, aldri vært i retten.',
    ], 'check-in');
    expectAll('criminal-justice', ['I rang the police when he hit me.', 'Polisen kom hem till oss i går.'], 'none');
  });
});

describe('replies after a question, a question noted as its own sentence, and words that deny a record', () => {
  it('reads a denial that answers a question in the note ("Cutting? God no.")', () => {
    expectAll('self-harm', ['Hurting yourself? Oh no, never.', 'Skär dig? Nej nej.', 'Skader deg selv? Nei, aldri i livet.'], 'check-in');
    expectAll('suicide', ['Ha, no love, not me.', 'Haha nej, inte alls.', 'Haha, nei da.'], 'check-in');
  });
  it('reads a question noted as a sentence of its own, denied in the next', () => {
    expectAll('domestic-violence', [
      'Asked about violence at home. Client feels safe, denies threats or violence.',
      'Frågade om våld i hemmet. Kl. känner sig trygg och förnekar allt sådant.',
      'Spurte om vold i hjemmet. Bruker avkrefter dette.',
    ], 'check-in');
    expectAll('domestic-violence', ['Asked about violence at home. She denies it but has bruises on her neck from his hands.'], 'critical');
  });
  it('keeps an event a later sentence denies again from being a disclosure', () => {
    expectAll('self-harm', ['No. Well, I scratched once as a kid, but now? No, never.', 'Nei. Eller, en gang som barn, men nå? Nei, aldri.'], 'check-in');
  });
  it('reads a record word inside a word that denies it as denied', () => {
    expectAll('criminal-justice', ['Blankt rulleblad.', 'Har plettfri politiattest.', 'Rent belastningsregister enligt kl.', 'Clean DBS, no cautions.'], 'check-in');
    expectAll('criminal-justice', ['Han må levere politiattest til jobben.'], 'info');
  });
  it('does not read the police as denied when a "not" says what the police did', () => {
    expectAll('criminal-justice', ["My car was broken into and the police weren't bothered.", 'The police did not come when I called.'], 'none');
  });
});

describe('a quoted reply after the verb that reports it', () => {
  it('reads \'svarar "nej, inte egentligen"\' as the reply to what was asked', () => {
    expectAll('self-harm', [
      'Tvekar vid frågan om självskada, svarar "nej, inte direkt".',
      'Nøler ved spørsmålet om selvskading, svarer «nei, ikke egentlig».',
      'Paused when asked about self-harm, then said "no, not really".',
    ], 'check-in');
  });
});
