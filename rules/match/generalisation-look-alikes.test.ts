/**
 * Ordinary answers in the words of a disclosure: a jump that is play, a swim or getting off a bus; a hammer or a
 * knife that slipped onto a thumb while doing a job at home; "I'd rather die than…" about a match, a meal or a pair
 * of shoes. And disclosures told near everyday things that explain a bruise, never a way of dying: pills taken after
 * a match, counted out by the stove, held on the children's trampoline. Sentences of our own in en, sv and nb (not
 * the evaluation sets' rows), each kind beside answers in nearly the same words.
 */
import { describe, expect, it } from 'vitest';
import { expectCritical, expectNoCritical, raised } from '../../tests/unit/eval-pack-follow-ups';

/** No text raises anything for `concept`, not even a check-in; fails listing those that do, with what they raise. */
function expectNothing(concept: string, texts: string[]): void {
  expect(texts.map((text) => `${raised(concept, text)}: ${text}`).filter((line) => !line.startsWith('none:'))).toEqual([]);
}

describe('a jump off something everyday', () => {
  it('brings no card: a diving board, a trampoline, a sofa, a bed', () => {
    const texts = [
      'He jumped off the diving board for the first time on Saturday.',
      'The twins love jumping off the trampoline into the paddling pool.',
      'My daughter jumped off the sofa and sprained her wrist.',
      'Sonen hoppar från hopptornet i simhallen på lördagarna.',
      'Barnen hoppade från soffan hela kvällen.',
      'Lillebror hoppade från våningssängen och slog i knät.',
      'Gutten hopper fra stupebrettet i svømmehallen hver lørdag.',
      'Ungene hoppet fra sofaen og ned på madrassen.',
    ];
    expectNothing('suicide', texts);
  });
  it('keeps the card for a jump that would kill: a bridge, a roof, a balcony, in front of a train', () => {
    expectCritical('suicide', [
      'She said she has thought about jumping off the bus in front of a lorry.',
      'I keep thinking about jumping off the bridge.',
      'She talked about jumping off the balcony last night.',
      'He has been looking at the multistorey car park and thinking about jumping off.',
      'Jag har tänkt på att hoppa från taket.',
      'Hon sa att hon ville hoppa från bron vid hamnen.',
      'Jeg har tenkt på å hoppe fra balkongen.',
      'Han snakket om å hoppe fra brua i går.',
      // a vehicle or a place whose name goes on is no play: a jump into traffic, a station roof
      "I keep thinking I'll jump off the bus station roof.",
      "He said he wants to jump off the bus into the traffic on the ring road.",
      'Hon har tänkt hoppa av bussen rakt ut i trafiken.',
      'Han har tenkt å hoppe fra trikken ut i veien.',
    ]);
  });
  it('keeps the card for a jump off a jetty, a pier or a boat: by the place alone a swim is no different from drowning oneself', () => {
    expectCritical('suicide', [
      'Last night she stood at the end of the pier thinking about jumping off.',
      'He has talked about jumping off the ferry.',
      'Hon har tänkt på att hoppa från bryggan en natt när ingen ser.',
      'Han har snakket om å hoppe fra båten og bare forsvinne.',
    ]);
  });
});

describe('a hammer or a knife that slipped onto a thumb during a job at home', () => {
  it('brings no critical card', () => {
    expectNoCritical('self-harm', [
      'Slog mig på tummen när jag spikade upp en hylla.',
      'Han slog sig på tummen med hammaren när han byggde altanen.',
      'Jeg slo meg på tommelen da jeg spikret opp en hylle.',
      'Hun slo seg på tommelen med hammeren da hun snekret.',
      'Whacked my thumb with the hammer putting up a picture.',
    ]);
  });
  it('keeps the card for harm done to oneself on purpose', () => {
    expectCritical('self-harm', [
      'Jag slår mig själv med hammaren när ångesten blir för stark.',
      'Jeg slår meg selv med en hammer når jeg får panikk.',
      'I hit myself with a hammer when everything gets too much.',
    ]);
  });
  it('never hides a thumb hit to feel something: the quiet check-in at least', () => {
    const texts = ['Han slår seg på tommelen med hammeren for å kjenne noe.', 'Hon slår sig på tummen med hammaren för att känna något.'];
    expect(texts.filter((text) => raised('self-harm', text) === 'none')).toEqual([]);
  });
});

describe('"rather die than" about something trivial', () => {
  it('brings no card', () => {
    const texts = [
      "I'd rather die than miss the derby on Sunday.",
      "He'd rather die than wear a suit to the interview.",
      "She'd rather die than sing at the Christmas party.",
      'Jag skulle hellre dö än missa konserten.',
      'Han vill hellre dö än ha på sig slips.',
      'Hun vil heller dø enn å gå glipp av konserten.',
      'Sønnen sier han heller vil dø enn å ha på seg lue.',
    ];
    expectNothing('suicide', texts);
  });
  it('keeps the card for a wish to die rather than go on, and for what can be meant in earnest: eating, watching, being seen, agreeing', () => {
    expectCritical('suicide', [
      "Honestly I'd rather die than eat anything again.",
      "I would rather be dead than be seen like this ever again.",
      'Jag vill hellre dö än se på när de tar barnen.',
      'Jeg vil heller dø enn å se på at de tar ungene.',
      'Hun sier hun heller vil dø enn å gå med på å flytte hjem til ham.',
      'Jag skulle hellre vara död än gå i fängelse igen.',
      "I'd rather die than go on like this.",
      "She says she'd rather die than live another year like this.",
      "I'd rather die than go back to him.",
      'Jag vill hellre dö än leva så här.',
      'Hon vill hellre dö än fortsätta så här.',
      'Jeg vil heller dø enn å leve sånn.',
      'Han vil heller dø enn å fortsette sånn.',
    ]);
  });
});

describe('a way of dying told near a match, a film night, a stove or a trampoline', () => {
  it('keeps the critical card: those explain a bruise or a burn, never pills counted out', () => {
    expectCritical('suicide', [
      'After the football match he went home and took all his pills.',
      'I stood by the stove with all my pills counted out.',
      'She sat on the trampoline in the garden at night with a whole box of tablets.',
      'Efter matchen tog han alla sina tabletter.',
      'Hon stod vid spisen med alla tabletterna uppräknade.',
      'Han satt på studsmattan mitt i natten med en hel burk tabletter.',
      'Etter kampen gikk han hjem og tok alle pillene sine.',
      'Hun sto ved komfyren med alle tablettene talt opp.',
    ]);
  });
  it('while an outing still explains being at a cliff or a bridge', () => {
    expectNoCritical('suicide', [
      'We went up to the cliffs for a picnic on Sunday.',
      'Vi gick upp till klipporna på picknick i söndags.',
      'Vi gikk opp til klippene på piknik på søndag.',
    ]);
  });
});

describe('the clothes one wants to be buried in, laid out or picked out', () => {
  it('is a preparation: the critical card', () => {
    expectCritical('suicide', [
      "I've already chosen the suit I want to be buried in.",
      'Jag har redan valt kläderna jag vill begravas i.',
      "She has laid out the dress she wants to be buried in.",
      'Han har valt ut kostymen han vill bli begravd i.',
      'Jeg har lagt fram klærne jeg vil bli begravet i.',
    ]);
  });
  it('while a calm wish about a burial place or the hymns is not', () => {
    expectNoCritical('suicide', [
      'Mormor har valt ut psalmerna och vill bli begravd i Skåne.',
      'Dad has told us he wants to be buried in his home village.',
      'Bestemor har valgt salmene og vil bli begravet i Bodø.',
    ]);
  });
});

describe('more everyday figures of speech: a bus that left in front of one\'s nose, a match that "killed me"', () => {
  it('brings no card', () => {
    expectNothing('suicide', [
      'Matchen i går tog livet av mig, vi vann på straffar.',
      'Bussen körde iväg framför näsan på mig, så jag kom sent.',
      'Bussen gikk rett foran nesen på meg, derfor kom jeg for sent.',
    ]);
  });
  it('keeps the card for the client who almost did it, or would rather die than go back', () => {
    // "almost" makes it literal: a near-death, by a person or by pills
    expectCritical('domestic-violence', ['Han tog nästan livet av mig i lördags.', 'Han tok nesten livet av meg i helga.']);
    expectCritical('suicide', [
      'Tabletterna tog nästan livet av mig i helgen.',
      'Jag tog nästan livet av mig förra vintern.',
      'Jeg tok nesten livet av meg i fjor.',
      'Hon säger att hon hellre dör än går tillbaka till honom.',
      'Hun sier hun heller vil dø enn å flytte hjem til ham igjen.',
      'Jag har tänkt kasta mig framför bussen.',
    ]);
  });
});

describe('hiding from someone at home when he drinks or gets angry', () => {
  it('is violence told by its effect: the critical card', () => {
    expectCritical('domestic-violence', [
      'When he comes home drunk I lock myself in the bathroom.',
      'När han har druckit gömmer jag mig hos grannen.',
      'Når han er full gjemmer jeg meg på rommet til datteren min.',
      'When he loses his temper we hide in the car.',
    ]);
  });
  it('while hiding in play, or hiding his bottles, is not', () => {
    expectNoCritical('domestic-violence', [
      'The kids hide in the wardrobe when we play hide and seek.',
      'Han dricker för mycket och jag gömmer flaskorna.',
      'Han drikker for mye, så jeg gjemmer ølen hans.',
    ]);
  });
});

describe('"sh" for self-harm in a Norwegian note', () => {
  it('raises the card', () => {
    expectCritical('self-harm', ['sh igjen i helgen, første gang siden jul', 'Hun har hatt en sh-sprekk etter bruddet.']);
  });
});
