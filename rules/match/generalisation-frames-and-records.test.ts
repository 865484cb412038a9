/**
 * Two kinds, in en, sv and nb, with sentences of our own (not the evaluation sets' rows):
 * a sensitive word that stands in someone's work or in a programme (a quiet check-in at most,
 * never a card), and a criminal record told through a court, a fine, a tag or a case against the
 * client (the eval pack's info follow-up), not through a victim's report or a witness's summons.
 */
import { describe, expect, it } from 'vitest';
import type { EffectiveSeverity } from '../compiled-pack';
import { raised } from '../../tests/unit/eval-pack-follow-ups';

function expectAll(concept: string, texts: string[], expected: EffectiveSeverity | 'none') {
  for (const text of texts) expect({ text, got: raised(concept, text) }).toEqual({ text, got: expected });
}
const FIRES = new Set(['info', 'warning', 'critical']);
function expectNoCard(concept: string, texts: string[]) {
  for (const text of texts) expect({ text, card: FIRES.has(raised(concept, text)) }).toEqual({ text, card: false });
}

describe('someone\'s work or a programme is no disclosure', () => {
  it('brings no card for a job or volunteering at a service for the topic', () => {
    expectNoCard('domestic-violence', ['My sister works at a refuge for abused women in Leeds.', 'Han arbetar ideellt på en kvinnojour i Malmö.', 'Hun er frivillig på krisesenteret to kvelder i måneden.']);
    expectNoCard('suicide', ['He volunteers on a suicide helpline at weekends.', 'Hon jobbar på en självmordslinje som volontär.', 'Sønnen jobber på en selvmordstelefon om natta.']);
    expectNoCard('criminal-justice', ['My brother works as a guard at the crown court.', 'Min fru är kriminalvårdare på Kumla.', 'Hun jobber som fengselsbetjent på Bastøy.']);
  });
  it('brings no card for a film, a book or the news about the topic', () => {
    expectNoCard('suicide', ['We watched a documentary about a suicide bridge in Canada.', 'Hon läser en bok om självmord i antiken.']);
    expectNoCard('domestic-violence', ['There was a film about a man who beats his wife on TV last night.', 'Vi så en dokumentar om vold i nære relasjoner.']);
    expectNoCard('criminal-justice', ['He loves crime series about prison escapes on Netflix.']);
  });
  it('keeps the card for the client\'s own disclosure beside their job', () => {
    expectAll('domestic-violence', ['I work at a bakery and my husband hits me when I get home.', 'Jag jobbar på ett kafé, men min man slår mig.'], 'critical');
    expectAll('substance-use', ['Works in a bar to pay for the heroin.'], 'warning');
  });
});

describe('a criminal record told through a court, a fine, a tag or a case against the client', () => {
  it('raises the info follow-up', () => {
    expectAll('criminal-justice', [
      'I have to go to the magistrates next month over a theft.',
      'Han ska upp i hovrätten i vår för ett rån.',
      'Hun er innkalt til tingretten for tyveri.',
      'Got a fine for shoplifting last year.',
      'Fick böter för snatteri i höstas.',
      'Fikk bot for naskeri i fjor.',
      'He has an ankle tag and a curfew until June.',
      'Min handläggare på frivården heter Eva, och jag blev polisanmäld i maj.',
      'Det pågår en etterforskning mot meg, de har beslaglagt telefonen.',
    ], 'info');
  });
  it('stays quiet for a victim\'s report and a witness or juror', () => {
    expectAll('criminal-justice', ['Någon stal min väska och jag polisanmälde det direkt.', 'Vi politianmeldte innbruddet i boden.'], 'none');
    expectNoCard('criminal-justice', ['Jeg skal vitne i tingretten om en ulykke.', 'I was called for jury service at the crown court.']);
  });
});

describe('look-alikes: one word read as two classes, tiredness, a bump in play, a team sport', () => {
  it('brings no card', () => {
    expectNoCard('suicide', ['Hun tar tablettene sine hver morgen og har det fint.', 'Hon är alldeles död efter jobbet varje fredag.', 'Jeg er helt død etter treningen.']);
    expectNoCard('child-exposed-to-violence', ['Sonen slog i huvudet på rutschkanan men mår bra.', 'My toddler bumped his head on the table, just a small bump.']);
    expectNoCard('domestic-violence', ['Min sambo och jag spelar bandy, jag har alltid blåmärken på benen.']);
  });
  it('still raises the card when the harm is told', () => {
    expectAll('suicide', ['Hun har spart på tablettene for å ta dem alle på en gang.'], 'critical');
  });
});

describe('a court in one sentence and its offence in the next; a record check that came back clean', () => {
  it('raises the info follow-up across two short sentences', () => {
    expectAll('criminal-justice', ['Han ska till hovrätten i mars. Det handlar om ett rån.', 'Hun er innkalt til tingretten. Saken gjelder tyveri.'], 'info');
  });
  it('checks in on a clean record check', () => {
    expectAll('criminal-justice', ['Her DBS came back clean last week.', 'Belastningsregistret är tomt enligt utdraget.', 'Politiattesten var blank.'], 'check-in');
  });
});
