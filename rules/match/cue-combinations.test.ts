import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCues } from '../compile-cues';
import { compilePack } from '../compile-pack';
import { evaluateFollowUps } from '../evaluate-follow-ups';
import { loadPack } from '../load-pack';
import { CONCEPT_CUES } from '../lexicon/word-classes';
import { AnswerAnalysis } from './answer-analysis';
import { findCueCombinations } from './cue-combinations';

/** 'critical' when a combination holds un-negated, 'check-in' when only negated ones hold, else 'none'. */
function read(concept: string, text: string): 'critical' | 'check-in' | 'none' {
  const found = findCueCombinations(new AnswerAnalysis(text), compileCues(CONCEPT_CUES.get(concept)!));
  if (found.some((c) => !c.negated)) return 'critical';
  return found.length > 0 ? 'check-in' : 'none';
}

describe('suicide cues', () => {
  it('combine a death or absence word with a wish, thought or burden word, in any person and language', () => {
    expect(read('suicide', 'Most days he wishes he could just disappear and not come back')).toBe('critical');
    expect(read('suicide', 'she thinks her family would be better off if she was gone')).toBe('critical');
    expect(read('suicide', 'Hon önskar ibland att hon bara kunde somna in')).toBe('critical');
    expect(read('suicide', 'Han önskar att han aldrig hade vaknat i morse')).toBe('critical');
    expect(read('suicide', 'Han tenker på å forsvinne for alltid')).toBe('critical');
  });
  it('combine pointlessness with living or waking, means with stockpiling or a quantity, a place with jumping', () => {
    expect(read('suicide', "what's even the point of getting up and living like this")).toBe('critical');
    expect(read('suicide', 'Klienten har sparat ihop sömntabletter i en låda')).toBe('critical');
    expect(read('suicide', 'He swallowed a whole packet of co-codamol on Friday')).toBe('critical');
    expect(read('suicide', 'Hun har stått på brua to ganger i høst og tenkt på å hoppe')).toBe('critical');
  });
  it('read attempts, research and a means made ready', () => {
    expect(read('suicide', 'Last spring she tried to end things')).toBe('critical');
    expect(read('suicide', 'He had googled how many tablets it would take')).toBe('critical');
    expect(read('suicide', 'Hon hade redan knutit en snara i garaget')).toBe('critical');
    expect(read('suicide', 'Ingen ville savne meg om jeg døde')).toBe('critical');
  });
  it('read passive wishes and a height with a plan', () => {
    expect(read('suicide', "He wouldn't mind if a bus hit him tomorrow")).toBe('critical');
    expect(read('suicide', 'She is planning to go to the cliffs at the weekend')).toBe('critical');
    expect(read('suicide', 'Hon skulle inte ha något emot att somna in och slippa allt')).toBe('critical');
  });
  it('read farewell messages and belongings given away as preparation', () => {
    expect(read('suicide', 'he texted his sister goodbye and said sorry for everything')).toBe('critical');
    expect(read('suicide', 'Hun har gitt bort hunden og sier hun ikke trenger noe lenger')).toBe('critical');
  });
  it('give a check-in when the combination is denied, and nothing for ordinary answers', () => {
    expect(read('suicide', 'She has never wished she was dead')).toBe('check-in');
    expect(read('suicide', 'Jag vill inte dö, jag vill ha ett jobb')).toBe('check-in');
    expect(read('suicide', 'I want to train as a plumber')).toBe('none');
    expect(read('suicide', 'Hun vil flytte til Bergen')).toBe('none');
    expect(read('suicide', 'She takes 20 mg citalopram every morning')).toBe('none'); // a dose is no quantity
  });
});

describe('self-harm cues', () => {
  it('combine an act with the self, a part of the body, blood or purpose', () => {
    expect(read('self-harm', 'she burns the inside of her wrists with cigarettes')).toBe('critical');
    expect(read('self-harm', 'He bangs his head against the wall until it bleeds')).toBe('critical');
    expect(read('self-harm', 'Han river sönder huden på armarna med naglarna')).toBe('critical');
    expect(read('self-harm', 'Hun klorer seg på lårene når det blir for mye')).toBe('critical');
  });
  it('read a relapse and wounds that needed stitches', () => {
    expect(read('self-harm', 'She says she started cutting again after Christmas')).toBe('critical');
    expect(read('self-harm', 'Han skar sig så djupt att det fick sys med stygn')).toBe('critical');
  });
  it('lower an act explained by an accident or a sport to a check-in, and keep ordinary words out', () => {
    expect(read('self-harm', 'Cut her leg badly in a football match last year')).toBe('check-in');
    expect(read('self-harm', 'Burnt her arm on the hob making tea')).toBe('check-in');
    expect(read('self-harm', 'Hon brände armen på spisen')).toBe('check-in');
    expect(read('self-harm', 'I cut the grass for my neighbour')).toBe('none');
  });
});

describe('domestic-violence cues', () => {
  it('combine violence with a person it is done to, or a partner or relative doing it', () => {
    expect(read('domestic-violence', 'her fiancé shoved her down the stairs in March')).toBe('critical');
    expect(read('domestic-violence', 'Sambon knuffade henne in i väggen')).toBe('critical');
    expect(read('domestic-violence', 'Eksmannen dytter og klyper henne når han er sint')).toBe('critical');
  });
  it('read control of money, papers and freedom, stalking, insults and forced marriage', () => {
    expect(read('domestic-violence', 'Her husband keeps her bank card and gives her £10 a week')).toBe('critical');
    expect(read('domestic-violence', 'Exet står utanför hennes jobb varje morgon')).toBe('critical');
    expect(read('domestic-violence', 'Han kaller meg verdiløs foran barna')).toBe('critical');
    expect(read('domestic-violence', 'Hennes föräldrar tvingar henne att gifta sig med en släkting')).toBe('critical');
  });
  it('read fear of a partner, coerced sex and the services a victim is in touch with', () => {
    expect(read('domestic-violence', "She's terrified of him when he has been drinking")).toBe('critical');
    expect(read('domestic-violence', 'Han tvingade henne till sex flera gånger')).toBe('critical');
    expect(read('domestic-violence', 'Hun bor på krisesenteret i Drammen nå')).toBe('critical');
  });
  it('give a check-in for a denial, nothing for a sales target or ordinary answers', () => {
    expect(read('domestic-violence', 'Her partner has never hit her')).toBe('check-in');
    // "We" beat no one: the client's own side never stands for the one who does violence.
    expect(read('domestic-violence', 'We beat our sales target in May')).toBe('none');
    expect(read('domestic-violence', 'My husband works nights at the depot')).toBe('none');
  });
});

describe('child-exposed-to-violence cues', () => {
  it('combine a child word with violence in one sentence, whoever is hurt', () => {
    expect(read('child-exposed-to-violence', 'Their 4yo was asleep upstairs when he strangled her')).toBe('critical');
    expect(read('child-exposed-to-violence', 'Dottern hörde när han slog mamma i hallen')).toBe('critical');
    expect(read('child-exposed-to-violence', 'Gutten på 9 ble lugget av stefaren')).toBe('critical');
  });
  it('read children afraid of an adult at home', () => {
    expect(read('child-exposed-to-violence', 'The twins are terrified of him and hide when he comes in')).toBe('critical');
    expect(read('child-exposed-to-violence', 'Ungene er livredde for faren sin')).toBe('critical');
  });
  it('give a check-in for a denial, nothing for a child and a quarrel about a game', () => {
    expect(read('child-exposed-to-violence', 'The children have never seen any violence at home')).toBe('check-in');
    expect(read('child-exposed-to-violence', 'Barna krangler om hvem som skal sitte foran')).toBe('none');
  });
});

describe('findCueCombinations', () => {
  it('says which classes and words matched, for the why of a card', () => {
    const [found] = findCueCombinations(new AnswerAnalysis('I just want to disappear'), compileCues(CONCEPT_CUES.get('suicide')!));
    expect(found?.cues.map((cue) => cue.cueClass).sort()).toEqual(['death', 'wish']);
  });
  it('reads a reported denial and a question answered "no" as denying the whole sentence', () => {
    expect(read('domestic-violence', 'She denies that her husband has ever hit her')).toBe('check-in');
    expect(read('suicide', 'Asked whether she wants to die? No, not at all.')).toBe('check-in');
    expect(read('suicide', 'Asked whether she wants to die? Yes, most days.')).toBe('critical');
    expect(read('domestic-violence', 'Hon nekar att sambon slår henne.')).toBe('check-in');
  });
  it('reads "nobody" as denying violence, but not a wish to die', () => {
    expect(read('domestic-violence', 'Nobody in the house has ever threatened her')).toBe('check-in');
    expect(read('child-exposed-to-violence', 'No one has laid a finger on the boys')).toBe('check-in');
    expect(read('suicide', 'No one would even notice if I was gone')).toBe('critical');
  });
  it('keeps cues of different sentences apart', () => {
    expect(read('suicide', 'I want a new job. My dad died in 2019.')).toBe('none');
  });
  it('reads a 50,000-character answer up to the clipped length, one combination per rule and end word at most', () => {
    const long = 'I want to die and he hit me in front of the kids. '.repeat(1000);
    const analysis = new AnswerAnalysis(long);
    const cues = compileCues(CONCEPT_CUES.get('suicide')!);
    const found = findCueCombinations(analysis, cues);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(analysis.words.length * cues.rules.length);
    expect(found.at(-1)!.end).toBeLessThan(analysis.words.length);
  });
});

describe('combinations in a pack', () => {
  const loaded = loadPack(readFileSync(resolve(__dirname, '../../tests/data/eval-pack.yaml'), 'utf8'));
  if (!loaded.ok) throw new Error('eval pack does not load');
  const pack = compilePack(loaded.pack);
  const item = (id: string) => pack.items.find((candidate) => candidate.id === id)!;
  const hits = (id: string, text: string) => evaluateFollowUps(pack, item(id), { text, options: [] });

  it('compiles the cues of the concepts a pack mentions, and a card says which classes matched', () => {
    expect(Object.keys(pack.cues ?? {}).sort()).toEqual(['child-exposed-to-violence', 'criminal-justice', 'domestic-violence', 'self-harm', 'substance-use', 'suicide']);
    const [hit] = hits('suicide', 'Honestly I would rather vanish than face another winter');
    expect(hit?.severity).toBe('critical');
    expect(hit?.reasons[0]).toMatchObject({ kind: 'concept', source: 'suicide', negated: false });
    expect(hit?.reasons[0]?.phrase).toMatch(/^wish: .* \+ death: |^death: .* \+ wish: /);
  });
  it('brings a check-in, not a critical card, for a denied combination', () => {
    expect(hits('domestic-violence', 'Her boyfriend has never once pushed her')[0]?.severity).toBe('check-in');
  });
});
