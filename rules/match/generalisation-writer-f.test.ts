/**
 * Kinds of denial and of disclosure seen in an outside writer's answers, each
 * in phrasings of our own (not that set's rows), in en, sv and nb: what the
 * eval pack's follow-up on the concept raises. A denial of the topic gives the
 * quiet check-in; a denial followed by an event stays critical.
 */
import { describe, expect, it } from 'vitest';
import type { EffectiveSeverity } from '../compiled-pack';
import { raised } from '../../tests/unit/eval-pack-follow-ups';

function expectAll(rows: [string, string][], expected: EffectiveSeverity | 'none') {
  for (const [item, text] of rows) expect({ text, got: raised(item, text) }).toEqual({ text, got: expected });
}

describe('an adviser notes a denial with a reporting verb or a screen result, after the topic', () => {
  it('gives the check-in for "denies", "negative", "förnekas", "avkreftes" closing their clause', () => {
    expectAll([
      ['suicide', 'Screened for suicidal thoughts – firmly denies, both now and in the past.'],
      ['self-harm', 'Self-harm: denied, no marks seen.'],
      ['domestic-violence', 'Domestic abuse screen negative, feels safe with partner.'],
      ['suicide', 'Thoughts of ending her life: client denies, says she has plans for summer.'],
      ['suicide', 'Självmordstankar förnekas, både nu och tidigare.'],
      ['self-harm', 'Frågade om självskada – nekar, inga ärr.'],
      ['domestic-violence', 'Våld i hemmet förnekas, bor tryggt med sin sambo.'],
      ['self-harm', 'Självskadebeteende: förnekas, syns inga märken.'],
      ['suicide', 'Selvmordstanker avkreftes, både før og nå.'],
      ['self-harm', 'Spurt om selvskading – benekter, ingen arr.'],
      ['domestic-violence', 'Vold fra partner avkreftes, føler seg trygg.'],
      ['self-harm', 'Selvskading: avkreftet, ingen tegn til det.'],
    ], 'check-in');
  });
  it('stays critical when a history follows the denial', () => {
    expectAll([
      ['suicide', 'Suicidal thoughts denied, but she took an overdose last month.'],
      ['suicide', 'Självmordstankar förnekas, men hon försökte förra året.'],
      ['suicide', 'Selvmordstanker avkreftes, men hun forsøkte i fjor.'],
    ], 'critical');
  });
});

describe('the topic is asked in a question the next sentence answers with a denial', () => {
  it('gives the check-in for "…? No, never", "…? Absolutely not", "…? Långt därifrån", "…? Aldri i livet"', () => {
    expectAll([
      ['suicide', 'Any thoughts of taking your own life lately? No, none at all.'],
      ['self-harm', 'Ever cut or burned yourself on purpose? – God no, I couldn\'t.'],
      ['domestic-violence', 'Does your partner ever hit you? Absolutely not, he\'s gentle.'],
      ['child-exposed-to-violence', 'Have the kids seen any violence between you two? Far from it, we never even argue.'],
      ['suicide', 'Har du tankar på att ta ditt liv? Nej, inte alls.'],
      ['self-harm', 'Har du någon gång skadat dig själv med flit? Nej, aldrig.'],
      ['domestic-violence', 'Har din man slagit dig? Absolut inte, han är snäll.'],
      ['child-exposed-to-violence', 'Har barnen sett våld hemma? Långt därifrån, vi bråkar aldrig.'],
      ['suicide', 'Har du tenkt på å ta livet ditt? Nei, aldri.'],
      ['self-harm', 'Skader du deg selv noen gang? – Overhodet ikke, det er ikke meg.'],
      ['domestic-violence', 'Har kjæresten slått deg? Langt ifra, han er snill.'],
      ['child-exposed-to-violence', 'Har barna vært vitne til vold mellom dere? Nei, aldri.'],
    ], 'check-in');
  });
  it('stays critical when the reply tells of an event, or the "no" is no denial', () => {
    expectAll([
      ['suicide', 'Any thoughts of suicide? No, but I tried last year.'],
      ['domestic-violence', 'Has he hit you? No idea why you ask, he hits me all the time.'],
      ['domestic-violence', 'Har han slagit dig? Nej, men han hotar att slå mig.'],
      ['suicide', 'Har du tenkt på selvmord? Nei. Men jeg forsøkte i fjor.'],
      ['domestic-violence', 'He hit me again. No one knows.'],
    ], 'critical');
  });
});

describe('an adviser asked about the topic and the reply denies it in another clause', () => {
  it('gives the check-in for "asked whether … – she says never", "spurt om … – det har hun ikke", a denial opening the note', () => {
    expectAll([
      ['suicide', 'Asked whether she has ever tried to end her life – she says never, she has her kids.'],
      ['self-harm', '"No way, never" – her answer when asked whether she hurts herself.'],
      ['domestic-violence', 'Adviser raised whether the partner hits her; she replies that he never has.'],
      ['child-exposed-to-violence', 'Asked if the children have seen violence at home – she says that is not the case.'],
      ['suicide', 'Frågade om självmordstankar; hon säger att det aldrig har varit aktuellt.'],
      ['self-harm', 'Tog upp självskada – det har hon inte gjort, säger hon.'],
      ['domestic-violence', 'Frågat om maken slår henne – hon svarar att han aldrig gjort det.'],
      ['child-exposed-to-violence', '"Nej, aldrig" – när jag frågade om barnen sett våld hemma.'],
      ['suicide', 'Spurte om tanker om å ta livet sitt; hun sier det aldri har vært tema.'],
      ['self-harm', 'Tok opp selvskading – det har hun ikke gjort, sier hun.'],
      ['domestic-violence', 'Spurt om samboeren slår henne – hun sier han aldri har gjort det.'],
      ['child-exposed-to-violence', '"Nei, aldri" – da jeg spurte om barna har sett vold hjemme.'],
    ], 'check-in');
  });
  it('stays critical when the reply tells of the act', () => {
    expectAll([
      ['suicide', 'Asked about suicide – she says she tried last month and does not regret it.'],
      ['self-harm', 'Frågade om självskada – hon skär sig varje vecka.'],
      ['domestic-violence', 'Asked whether he hits her, she says he hits her when drunk, never sober.'],
      ['domestic-violence', 'Spurt om vold – han slår henne, men aldri foran barna.'],
    ], 'critical');
  });
});

describe('a passive denial has the topic as its subject, a few words on', () => {
  it('gives the check-in for "Våld … efterfrågat, förnekas", "Vold … kartlagt, avkreftes"', () => {
    expectAll([
      ['domestic-violence', 'Våld i parrelationen efterfrågat, förnekas.'],
      ['domestic-violence', 'Hot och våld från tidigare partner förnekas helt.'],
      ['child-exposed-to-violence', 'Att barnen bevittnat våld i hemmet förnekas av båda föräldrarna.'],
      ['domestic-violence', 'Misshandel i hemmet efterfrågad, förnekas.'],
      ['domestic-violence', 'Vold i parforholdet kartlagt, avkreftes.'],
      ['domestic-violence', 'Trusler og vold fra ekssamboer avkreftes helt.'],
      ['child-exposed-to-violence', 'At barna har sett vold hjemme, benektes av mor.'],
      ['domestic-violence', 'Mishandling i hjemmet kartlagt, avkreftes.'],
    ], 'check-in');
  });
});

describe('an answer denies without naming the topic, in a field about that topic', () => {
  it('gives the check-in for a reply that opens with a denial or denies "anything like that"', () => {
    expectAll([
      ['suicide', 'No, not me.'],
      ['self-harm', 'Absolutely not, I\'d never.'],
      ['domestic-violence', 'Never, he\'s a kind man.'],
      ['child-exposed-to-violence', 'My kids have never been through anything like that.'],
      ['suicide', 'Nej, det har jag inte funderat på.'],
      ['self-harm', 'Aldrig, det är inget för mig.'],
      ['domestic-violence', 'Absolut inte, vi har det bra ihop.'],
      ['child-exposed-to-violence', 'Barnen har aldrig varit med om något sånt.'],
      ['suicide', 'Nei, det har aldri falt meg inn.'],
      ['self-harm', 'Overhodet ikke, det er ikke noe for meg.'],
      ['domestic-violence', 'Langt ifra, vi har det fint sammen.'],
      ['child-exposed-to-violence', 'Ungene har aldri opplevd noe slikt.'],
    ], 'check-in');
  });
  it('stays critical when the reply goes on to tell of the act, and gives nothing without a denial', () => {
    expectAll([
      ['suicide', 'No, but I want to die most days.'],
      ['domestic-violence', 'Nej, men han slår mig när han druckit.'],
      ['self-harm', 'Nei, men jeg kutter meg fortsatt av og til.'],
    ], 'critical');
    expectAll([
      ['suicide', 'Yes, I am doing fine these days.'],
      ['domestic-violence', 'Vi har det bra ihop.'],
      ['child-exposed-to-violence', 'Ungene har det fint på skolen.'],
    ], 'none');
  });
  it('gives nothing when the opening negation is not a reply by itself ("Not good. …" in a field about how the client is)', () => {
    expectAll([
      ['domestic-violence', 'Not good. I have thought about how to take my life.'],
      ['child-exposed-to-violence', 'Not great, the kids are with their gran this week.'],
      ['domestic-violence', 'Inte bra. Jag sover dåligt och äter lite.'],
      ['child-exposed-to-violence', 'Inget jobb just nu, barnen går i skolan.'],
      ['domestic-violence', 'Ikke bra i det hele tatt, jeg er sliten.'],
      ['child-exposed-to-violence', 'Ingen barnehageplass ennå, så ungene er hjemme.'],
    ], 'none');
  });
});

describe('a child\'s reaction to an adult of the home\'s anger or outbursts', () => {
  it('raises the critical card for bed-wetting, nightmares, not sleeping alone, falling silent after his outbursts', () => {
    expectAll([
      ['child-exposed-to-violence', 'Since his dad\'s outbursts started, our son has been wetting the bed again.'],
      ['child-exposed-to-violence', 'The youngest has nightmares every night after the yelling downstairs.'],
      ['child-exposed-to-violence', 'My daughter won\'t sleep alone anymore and asks if he is angry today.'],
      ['child-exposed-to-violence', 'Our boy has started stammering since his stepfather\'s rages.'],
      ['child-exposed-to-violence', 'Dottern har börjat kissa i sängen igen efter pappans utbrott.'],
      ['child-exposed-to-violence', 'Sonen vill inte sova ensam längre, han frågar om styvpappa är arg idag.'],
      ['child-exposed-to-violence', 'Yngsta har slutat prata sedan han började skrika på oss.'],
      ['child-exposed-to-violence', 'Barnen har mardrömmar efter alla utbrott hemma.'],
      ['child-exposed-to-violence', 'Datteren har begynt å tisse i senga igjen etter farens raseriutbrudd.'],
      ['child-exposed-to-violence', 'Gutten vil ikke sove alene og spør om pappa er sint i kveld.'],
      ['child-exposed-to-violence', 'Ungan blir redde når han brøler i gangen.'],
      ['child-exposed-to-violence', 'Minstemann har sluttet å snakke etter at stefaren begynte å skrike hjemme.'],
    ], 'critical');
  });
  it('reads nothing into a child\'s sleep or nightmares with no adult\'s anger', () => {
    expectAll([
      ['child-exposed-to-violence', 'The baby has nightmares since we moved house.'],
      ['child-exposed-to-violence', 'Dottern har mardrömmar om monster, hon är en orolig sovare.'],
      ['child-exposed-to-violence', 'Sønnen er sint fordi han ikke får sove med lyset på.'],
    ], 'none');
  });
});

describe('a child\'s own words, passed on by a school or nursery: "daddy hurt mummy"', () => {
  it('raises the critical card for a parent acting on the other parent in a child\'s words', () => {
    expectAll([
      ['child-exposed-to-violence', 'Nursery staff say Maisie (3) keeps repeating "daddy hit mummy".'],
      ['child-exposed-to-violence', 'Teacher called: Leo (6) drew a picture and said dad kicked mum in the kitchen.'],
      ['child-exposed-to-violence', 'At contact she whispered that papa pushed mama down the stairs.'],
      ['child-exposed-to-violence', 'The health visitor heard Sam (4) say "daddy smacked mummy".'],
      ['child-exposed-to-violence', 'Skolan ringde, Elsa (8) hade berättat att pappa slog mamma i helgen.'],
      ['child-exposed-to-violence', 'Förskolan: Ture (3) säger hela tiden "pappa sparkar mamma".'],
      ['child-exposed-to-violence', 'Han berättade för fröken att pappan tog mamma i halsen.'],
      ['child-exposed-to-violence', 'Hon sa till mormor att styvpappa knuffade mamma mot väggen.'],
      ['child-exposed-to-violence', 'Skolen melder at Ida (7) har fortalt at pappa slo mamma.'],
      ['child-exposed-to-violence', 'Gutten (9) sa at pappa sparket mamma i magen.'],
      ['child-exposed-to-violence', 'Hun fortalte læreren at stefar tok mamma i halsen.'],
      ['child-exposed-to-violence', 'Han sa til helsesykepleier at pappa truet mamma med kniv.'],
    ], 'critical');
  });
  it('reads nothing into parents doing ordinary things together', () => {
    expectAll([
      ['child-exposed-to-violence', 'Daddy helped mummy paint the hallway at the weekend.'],
      ['child-exposed-to-violence', 'Pappa hämtar och mamma lämnar på förskolan.'],
      ['child-exposed-to-violence', 'Pappa og mamma bytter på å kjøre til fotball.'],
    ], 'none');
  });
});
