import type { Concept } from './concept';

export const suicide: Concept = {
  id: 'suicide',
  title: 'Suicide: thoughts, plans and attempts, indirect wishes to die, overdose',
  sources:
    'Built from the areas that clinical screening asks about: a wish to be dead or not wake up, ' +
    'thoughts of killing oneself, method, intent and past attempts (the structure of the Columbia ' +
    'Suicide Severity Rating Scale screener, PHQ-9 item 9 "better off dead or of hurting yourself", ' +
    'and the Ask Suicide-Screening Questions), and from the disclosures in the project\'s domain ' +
    'brief ("I\'ve attempted suicide three times this year"). Entries are everyday words and ' +
    'euphemisms a client or an adviser\'s note uses, not the instruments\' wording. Deliberately ' +
    'left out: "can\'t take it any more" and "orkar inte mer" (common about work or money; the ' +
    'distress follow-ups cover them) and bare method words (pills, bridge). Clinical shorthand ' +
    'in advisers\' notes counts: SI (suicidal ideation), OD (overdose), "thoughts of ending life", "killing self". Killing written with the reflexive (nb "drepe ' +
    'seg", sv "döda sig") counts for any person who does it to themself ("jeg vil drepe meg"), never for "han skal ' +
    'drepe meg", a threat. Everyday senses stay out through ' +
    'the idiom list (rules/match/idioms.ts): an "overdose" of TV or sweets, a "suicide mission", ' +
    '"dying to", sv "dödstrött", nb "le meg i hjel".',
  words: {
    en: [
      'suicide', 'suicidal', 'suicidality', 'kill myself', 'killing myself', 'killing self', 'kill self', 'end my life', 'end my own life',
      'ending life', 'ending own life', 'end own life',
      'end it all', 'end it', 'ending it', 'take my life', 'take my own life', 'not want to live',
      'not want to be alive', 'not want to be here', 'rather not be here', 'not be here anymore',
      'not be around anymore', 'want to die', 'wish to die', 'wish i was dead', 'wish i were dead',
      'wish i could die', 'rather be dead', 'better off dead', 'better of dead', 'better off without me', 'no reason to live',
      'no point in living', 'no point living', 'no point going on', 'can not go on', 'tired of living',
      'sick of living', 'tired of life', 'not worth living', 'never wake up', 'not wake up again',
      'not want to wake up', 'hang myself', 'hanging myself', 'jump off a bridge', 'jump in front of a train',
      'slit my wrists', 'overdose', 'took an overdose', 'took too many pills', 'swallowed pills',
      'attempted suicide', 'suicide attempt', 'tried to kill myself', 'death wish', 'stop existing',
      'cease to exist', 'unalive', 'kms', 'better off if i was dead', 'better off if i were dead',
      'no longer want to live', 'no longer want to be alive', 'not wish to live', 'no wish to live', 'want to live anymore', 'thinking about dying',
      'thought about dying', 'thoughts of dying', 'think about dying', 'no way out', 'suicide note',
      'goodbye letter', 'goodbye letters', 'not see the point in living', 'not see any point in living',
      'not see the point of living', 'not see the point in going on', 'hope i not wake up',
      'wish i not wake up', 'sleep and not wake up', 'sleep and never wake up', 'throw myself under',
      'throw myself in front of', 'jump off the roof', 'jump off a building', 'jump from the roof',
      'drown myself', 'shoot myself', 'poison myself', 'gas myself', 'stab myself', 'electrocute myself',
      'not want to go on', 'no longer want to go on', 'life is pointless', 'be better off gone',
      'planning to end it', 'thoughts of death', 'thinking about death', 'walk into traffic',
      'step in front of a car', 'jump off', 'jumping off', 'jump from', 'disappear forever',
      'no meaning in life', 'life has no meaning', 'life is meaningless', 'ready to die', 'feel like dying',
      'lost the will to live', 'no will to live', 'want it to end', 'want it all to end',
      'want everything to end', 'see no future', 'not see a future', 'no future for me', 'rope ready', 'a rope',
      'ligature', 'pills saved', 'saving up pills', 'stockpiling pills', 'end everything', 'ending everything',
      'how many tablets', 'how many pills', 'i ... a burden', 'a burden to everyone', 'if i was not around',
      'if i were not around', 'if i was gone', 'if i were gone', 'not want to carry on', 'not carry on living',
      'not go on living', 'note saying goodbye', 'goodbye note', 'si', 'od', 'point of living',
      'point in living', 'point of going on', 'train tracks', 'railway line', 'if i was dead', 'if i were dead',
      'noose', 'a noose', 'better without me', 'suicide prevention line', 'suicide prevention helpline',
      'suicide prevention hotline', 'nothing to live for', 'nothing left to live for', 'lives or dies', 'live or die', 'stockpile',
      'stockpiled', 'hoarding pills', 'saved up ... tablets', 'rather die', 'edge of the roof',
      'edge of the bridge', 'on a ledge', 'not ... anything to live for', 'wish i had never been born',
      'wish i was never born', 'give up on life', 'given up on life', 'giving up on life',
      'only thing stopping me', 'only thing keeping me', 'only thing that keeps me', 'only reason i am still', 'only reason i am alive',
      'otherwise ... have done it', 'not ... care whether i live', 'not ... care if i live', 'not ... care if i die',
      'not ... care whether i die', 'do something stupid', 'do anything stupid', 'attempt on my life', 'attempt on his life',
      'attempt on her life',
      // a survival regretted; burden and absence
      'wish it had worked', 'sorry it did not work', 'regret that it did not work', 'shame it did not work',
      'easier without me', 'not ... anything left to live for',
    ],
    sv: [
      'självmord', 'suicid', 'suicidal', 'suicidförsök', 'självmordstankar', 'döda mig själv', 'ta mitt liv',
      'ta mitt eget liv', 'vill dö', 'vill inte leva', 'önskar inte leva', 'önskar inte att leva', 'orkar inte leva', 'orkar inte finnas',
      'vill inte finnas', 'inte finnas längre', 'inte vilja leva', 'inte orka leva', 'hellre vara död',
      'önskar att jag var död', 'önskar jag vore död', 'bättre om jag var död', 'bättre utan mig',
      'ingen mening att leva', 'ingen mening med livet', 'ingen idé att leva', 'livet är meningslöst',
      'göra slut på allt', 'göra slut på mitt liv', 'avsluta mitt liv', 'avsluta livet', 'aldrig vakna',
      'inte vakna igen', 'hänga sig', 'dränka sig', 'skjuta sig', 'hoppa framför tåget', 'hoppa från bron',
      'överdos', 'överdosera', 'tog för många tabletter', 'dödsönskan', 'dödstankar', 'livsleda',
      'funderat på att dö', 'tänkt på att dö', 'tankar på att dö', 'ingen utväg', 'önskar att jag inte fanns',
      'önskar jag inte fanns', 'avskedsbrev', 'ingen mening med att leva', 'kasta sig framför',
      'vill inte vara med längre', 'inte vara med längre', 'trött på livet', 'livet är inte värt att leva',
      'inte värt att leva', 'vill försvinna för alltid', 'förgifta sig', 'orkar inte med livet',
      'orkar inte mer med livet', 'ta en överdos', 'ta livet av sig', 'vill sluta leva', 'sluta leva',
      'inte vaknar', 'inte vakna', 'inte vill leva', 'inte orkar leva', 'inte vill finnas', 'inte orkar finnas',
      'hoppa från', 'hoppa ut från', 'meningslöst att leva', 'ingen livslust', 'tappat livslusten',
      'förlorat livslusten', 'allt ska ta slut', 'vill att det ska ta slut', 'ser ingen framtid',
      'har samlat tabletter', 'snara', 'slippa leva', 'hur många tabletter', 'en börda för alla',
      'om jag var borta', 'avsluta allt', 'om jag var död', 'inget att leva för', 'inget kvar att leva för',
      'ingenting att leva för', 'tänker på döden', 'tankar om döden', 'suicidtankar', 'tågspåret',
      // a case note's short forms: "s-tankar", "suic. tankar"
      's-tankar', 's-tanke', 'suic tankar', 'suic. tankar', 'suic.tankar',
      'lever eller dör', 'samlat ... tabletter', 'samlar ... tabletter', 'hellre dö', 'kanten av taket', 'inte ... något att leva för', 'inte ... någonting att leva för',
      'det enda som håller mig kvar', 'enda som håller mig', 'enda anledningen att jag lever', 'annars ... gjort det',
      'bryr mig inte ... om jag lever', 'bryr mig inte ... om jag dör', 'struntar i om jag lever', 'skiter i om jag dör', 'göra något dumt',
      // the reflexive: "hon vill döda sig", "jag ska döda mig", never "han ska döda mig"
      'döda sig',
      'ångrar att det inte gick', 'synd att det inte gick', 'önskar att det hade gått', 'lättare utan mig', 'enklare utan mig',
      'jag är ... en börda', 'inte ... något kvar att leva för', 'inte ... någonting kvar att leva för',
    ],
    nb: [
      'selvmord', 'sjølvmord', 'sjølvmordstankar', 'drepe meg selv', 'suicid', 'suicidal', 'selvmordstanker', 'selvmordsforsøk',
      // a case note's short forms: "s-tanker", "suic. tanker"
      's-tanker', 's-tanke', 'suic tanker', 'suic. tanker', 'suic.tanker',
      'ta livet mitt', 'ta mitt eget liv', 'vil dø', 'vil ikke leve', 'ønsker ikke å leve', 'ønsker ikke leve', 'orker ikke å leve', 'orker ikke leve',
      'vil ikke finnes', 'ikke finnes lenger', 'ikke være her lenger', 'ønsker å dø', 'ønsker meg død',
      'ønske jeg var død', 'heller være død', 'bedre om jeg var død', 'bedre uten meg', 'ingen vits å leve',
      'ingen mening å leve', 'ingen mening med livet', 'gjøre slutt på alt', 'gjøre slutt på livet',
      'avslutte livet', 'avslutte livet mitt', 'aldri våkne', 'ikke våkne igjen', 'henge seg', 'drukne seg',
      'skyte seg', 'hoppe foran toget', 'hoppe fra brua', 'overdose', 'tok for mange tabletter', 'dødsønske',
      'dødstanker', 'livslede', 'tenkt på å dø', 'tanker om å dø', 'ingen utvei', 'ønsker at jeg ikke fantes',
      'ønske jeg ikke fantes', 'avskjedsbrev', 'ingen mening med å leve', 'kaste seg foran',
      'ønsker at jeg var død', 'vil ikke være med lenger', 'ikke være med lenger', 'lei av livet',
      'livet er ikke verdt å leve', 'ikke verdt å leve', 'forgifte seg', 'orker ikke livet',
      'orker ikke mer av livet', 'ta en overdose', 'slutte å leve', 'ikke våkner', 'ikke våkne',
      'ikke vil leve', 'ikke orker å leve', 'ikke orke å leve', 'ikke vil finnes', 'ikke orker leve',
      'hoppe fra', 'hoppe ut fra', 'livet er meningsløst', 'meningsløst å leve', 'ingen livslyst',
      'mistet livslysten', 'forsvinne for alltid', 'alt skal ta slutt', 'vil at det skal ta slutt',
      'ser ingen fremtid', 'har samlet tabletter', 'løkke', 'slippe å leve', 'hvor mange tabletter',
      'en byrde for alle', 'om jeg ikke fantes', 'om jeg var borte', 'avslutte alt', 'om jeg var død',
      'ingenting å leve for', 'ingenting igjen å leve for', 'ikke noe å leve for', 'tenker på døden',
      'tanker om døden', 'suicidale tanker', 'togskinnene', 'lever eller dør', 'samlet ... tabletter',
      'samler ... tabletter', 'heller dø', 'kanten av taket', 'ikke ... noe å leve for', 'ikke ... noe igjen å leve for',
      'det eneste som holder meg igjen', 'eneste som holder meg', 'eneste grunnen til at jeg lever', 'ellers ... gjort det',
      'bryr meg ikke ... om jeg lever', 'bryr meg ikke ... om jeg dør', 'driter i om jeg lever', 'driter i om jeg dør', 'gjøre noe dumt',
      // the reflexive: "hun vil drepe seg", "jeg vil drepe meg", never "han skal drepe meg" (compiled-pack.ts, PRONOUN_ROLE.reflexive)
      'drepe seg', 'ta livet av seg',
      'angrer på at det ikke gikk', 'synd at det ikke gikk', 'skulle ønske det hadde gått', 'lettere uten meg', 'enklere uten meg',
      'jeg er ... en byrde',
    ],
  },
};
