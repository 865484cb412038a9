// The packs the detection tests install for each host-page fixture. Question texts
// are the pack's official wording; the fixtures show some of them differently (a
// unit, a typo, an inflection, "(optional)") on purpose. Each pack also has items
// that are on no page: they must be reported missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testPack, type TestItem } from './detection-packs';
import { FIXTURES_DIR } from './static-server.mjs';

const notOnAnyPage: TestItem[] = [
  { id: 'absentViolence', question: 'Have you been subjected to violence or threats of violence?' },
  { id: 'absentSavings', question: 'Do you have any savings or assets?' },
];

export const legacyPack = testPack('fixture-legacy', [
  { id: 'household', question: 'Household composition' },
  { id: 'children', question: 'Number of children living at home' },
  { id: 'custody', question: 'Do you share custody of any children?' },
  { id: 'housing', question: 'Current housing situation', selectors: ['#ctl00_ContentPlaceHolder1_ddlBoende'] },
  { id: 'income', question: 'Total monthly household income' },
  { id: 'expenses', question: 'Total monthly household expenses' },
  { id: 'rent', question: 'Monthly rent', names: ['ctl00$ContentPlaceHolder1$*$txtRent'] },
  { id: 'incomeSources', question: 'Current income sources' },
  { id: 'debts', question: 'Do you have debts or payment arrears?' },
  { id: 'benefits', question: 'Have you applied for other benefits you may be entitled to?' },
  { id: 'phone', question: 'Telephone number' },
  { id: 'street', question: 'Street address' },
  { id: 'postcode', question: 'Postcode' },
  { id: 'comments', question: 'Comments' },
  ...notOnAnyPage,
]);

export const legacyRules: Record<string, string> = {
  household: 'label-exact',
  custody: 'label-exact',
  housing: 'selector',
  income: 'label-approximate',
  rent: 'name',
  incomeSources: 'label-exact',
  benefits: 'label-approximate',
  phone: 'label-exact',
  postcode: 'label-exact',
};

export const spaPack = testPack('fixture-spa', [
  { id: 'housing', question: 'What is your current housing situation?' },
  { id: 'children', question: 'Do you have children under 18 living with you?' },
  { id: 'people', question: 'How many people live in your home?' },
  { id: 'householdNotes', question: 'Tell us about your household' },
  { id: 'physicalHealth', question: 'How would you rate your physical health?' },
  { id: 'substance', question: 'Do you use alcohol or drugs in a way that worries you?' },
  { id: 'anythingElse', question: 'Is there anything else we should know?' },
  ...notOnAnyPage,
]);

export const iframePack = testPack('fixture-iframe', [
  { id: 'preferredName', question: "Client's preferred name" },
  { id: 'interpreter', question: 'Do you need an interpreter?' },
  { id: 'livesWith', question: 'Who lives with you?' },
  { id: 'rent', question: 'Monthly rent' },
  { id: 'physicalHealth', question: 'How is your physical health?' },
  { id: 'psychologicalHealth', question: 'How are you feeling in yourself at the moment?' },
  { id: 'supportNeeded', question: 'What support do you need right now?' },
  ...notOnAnyPage,
]);

export const webComponentsPack = testPack('fixture-web-components', [
  { id: 'contact', question: 'How would you like us to contact you?' },
  { id: 'employment', question: 'What is your current employment status?' },
  { id: 'education', question: 'Highest level of education completed' },
  { id: 'skills', question: 'What skills would you like to use in work?' },
  { id: 'barriers', question: 'Is anything making it hard for you to look for work?' },
  { id: 'workGoal', question: 'What kind of work are you looking for?' },
  ...notOnAnyPage,
]);

export const govukPack = testPack('fixture-govuk', [
  { id: 'caring', question: 'Do you look after someone who is ill, disabled or elderly?' },
  { id: 'rent', question: 'How much rent do you pay each month?' },
  { id: 'contact', question: 'How would you prefer to be contacted?' },
  { id: 'mobile', question: 'Mobile phone number' },
  { id: 'lastWorked', question: 'When did you last work?' },
  { id: 'supportWanted', question: 'What help would you like from us?' },
  { id: 'council', question: 'Which local council are you in?' },
  { id: 'moreDetail', question: 'Can you tell us more about your situation?' },
  ...notOnAnyPage,
]);

export const govukRules: Record<string, string> = {
  caring: 'label-exact',
  contact: 'label-exact',
  lastWorked: 'label-exact',
  mobile: 'label-exact',
  // "… (optional)": the marker says how to fill the field in, not what it asks (utils/normalize-text.ts).
  moreDetail: 'label-exact',
};

export const ariaPack = testPack('fixture-aria', [
  { id: 'psychologicalHealth', question: 'How are you feeling in yourself at the moment?' },
  { id: 'moneyWorry', question: 'How worried are you about money right now?' },
  { id: 'employment', question: 'Employment status' },
  { id: 'housingRisk', question: 'Is your housing at risk?' },
  { id: 'smsReminder', question: 'Do you want a text message before appointments?' },
  { id: 'consent', question: 'I agree that my information can be shared with the job centre' },
  { id: 'nightsAway', question: 'How many nights in the last month did you sleep somewhere other than your home?' },
  { id: 'languages', question: 'Which languages do you speak?' },
  { id: 'contactTime', question: 'Best time to reach you' },
  { id: 'phq1', question: 'Little interest or pleasure in doing things' },
  { id: 'phq2', question: 'Feeling down, depressed or hopeless' },
  { id: 'phq4', question: 'Feeling tired or having little energy' },
  { id: 'gp', question: 'Name of your GP practice' },
  { id: 'safeToCall', question: 'Is it safe for us to call you at home?' },
  ...notOnAnyPage,
]);

export const swedishPack = testPack(
  'fixture-swedish',
  [
    { id: 'sv-hushall', question: 'Hur ser ditt hushåll ut?', language: 'sv', labels: ['Hvordan ser husholdningen din ut?'] },
    { id: 'sv-bostad', question: 'Har du egen bostad?', language: 'sv' },
    { id: 'sv-bostadsrisk', question: 'Riskerar du att förlora din bostad?', language: 'sv' },
    { id: 'sv-inkomst', question: 'Hushållets totala inkomst per månad', language: 'sv' },
    { id: 'sv-skulder', question: 'Har du skulder eller betalningsanmärkningar?', language: 'sv', labels: ['Har du gjeld eller betalingsanmerkninger?'] },
    { id: 'sv-stod', question: 'Får du stöd från någon annan?', language: 'sv' },
    // Differs from the page's question only by å/a: Nordic letters are letters, not accents.
    { id: 'sv-far', question: 'Far du stöd från någon annan?', language: 'sv' },
    { id: 'sv-ar', question: 'Hur många år har du bott i Sverige?', language: 'sv' },
    { id: 'sv-ar-kommun', question: 'Hur många år har du bott i kommunen?', language: 'sv' },
    { id: 'sv-arbete', question: 'Hur ser du på möjligheten att börja arbeta inom tre månader?', language: 'sv' },
    { id: 'sv-psykiskt', question: 'Hur mår du psykiskt?', language: 'sv' },
    { id: 'sv-fysiskt', question: 'Hur mår du fysiskt?', language: 'sv' },
  ],
  { languages: ['sv', 'nb', 'en'] },
);

export const swedishRules: Record<string, string> = {
  'sv-hushall': 'label-exact',
  'sv-bostad': 'label-approximate',
  'sv-bostadsrisk': 'label-approximate',
  'sv-inkomst': 'label-approximate',
  'sv-stod': 'label-exact',
};

/** The demo case system (tests/e2e/fixtures/demo): its questions as the pack words them, and each item's control name prefix. */
const DEMO_QUESTIONS: [string, string, string][] = [
  ['ia1.household', 'Household composition', 'ddlHousehold'],
  ['ia1.children', 'Number of children living at home', 'txtChildren'],
  ['ia1.custody', 'Do you share custody of any children?', 'rblCustody'],
  ['ia1.housing', 'Current housing situation', 'ddlHousing'],
  ['ia1.housingRisk', 'Is your housing at risk?', 'rblHousingRisk'],
  ['ia1.rent', 'Monthly rent (SEK)', 'txtRent'],
  ['ia1.incomeSources', 'Current income sources', 'cblIncomeSources'],
  ['ia1.income', 'Total monthly household income (SEK)', 'txtIncome'],
  ['ia1.debts', 'Do you have debts or payment arrears?', 'rblDebts'],
  ['ia1.otherBenefits', 'Have you applied for other benefits you may be entitled to?', 'rblOtherBenefits'],
  ['ia2.education', 'Highest completed education', 'ddlEducation'],
  ['ia2.foreignEducation', 'Do you have education from another country?', 'rblForeignEducation'],
  ['ia2.swedish', 'Level of Swedish', 'ddlLanguage'],
  ['ia2.lastJob', 'Most recent employment', 'txtLastJob'],
  ['ia2.sinceWork', 'Time since you last worked', 'ddlSinceWork'],
  ['ia2.workExperience', 'Work experience', 'txaWorkExperience'],
  ['ia2.workGoal', 'What kind of work would you like to do?', 'txaWorkGoal'],
  ['ia2.registered', 'Are you registered with the Public Employment Service?', 'rblRegistered'],
  ['ia2.licence', 'Do you have a driving licence?', 'rblLicence'],
  ['ia2.workLimits', 'Is there anything that limits what work you can do?', 'txaWorkLimits'],
  ['ia3.physical', 'How is your physical health?', 'ddlPhysicalHealth'],
  ['ia3.sickLeave', 'Are you on sick leave?', 'rblSickLeave'],
  ['ia3.certificate', 'Do you have a medical certificate?', 'rblCertificate'],
  ['ia3.psychological', 'How are you psychologically?', 'txaPsychological'],
  ['ia3.wellbeing', 'Psychological well-being score (1–5)', 'ddlWellbeingScore'],
  ['ia3.mentalCare', 'Are you receiving care or treatment for your mental health?', 'rblMentalCare'],
  ['ia3.alcohol', 'How often do you drink alcohol?', 'ddlAlcohol'],
  ['ia3.drugs', 'Do you use drugs or medicines not prescribed to you?', 'rblDrugs'],
  ['ia3.othersWorried', 'Has anyone close to you been worried about your drinking or drug use?', 'rblOthersWorried'],
  ['ia3.healthComments', 'Other comments on health', 'txaHealthComments'],
  ['ia4.violence', 'Has a partner or anyone in your household hurt, threatened or controlled you?', 'rblViolence'],
  ['ia4.safeAtHome', 'Do you feel safe at home?', 'rblSafeAtHome'],
  ['ia4.childrenViolence', 'Are any children in the household exposed to violence?', 'rblChildrenViolence'],
  ['ia4.criminalRecord', 'Do you have a criminal record?', 'rblCriminalRecord'],
  ['ia4.probation', 'Are you currently serving a sentence or on probation?', 'rblProbation'],
  ['ia4.selfSupport', 'How do you rate your possibilities to become self-supporting in the next three months?', 'rblSelfSupport'],
  ['ia4.supportNeeded', 'What support do you think you need?', 'txaSupportNeeded'],
  ['ia4.nextContact', 'Planned next contact', 'dtNextContact'],
];

export const demoPack = testPack(
  'fixture-demo',
  DEMO_QUESTIONS.map(([id, question]) => ({ id, question })),
);

/** Item id → the control name prefix it must be found in. */
export const demoNames: Record<string, string> = Object.fromEntries(
  DEMO_QUESTIONS.map(([id, , name]) => [id, `ctl00$Main$${name}`]),
);

/** Item ids per demo page (intake-1 … intake-4). */
export const demoItemsBySegment = (segment: number) =>
  DEMO_QUESTIONS.filter(([id]) => id.startsWith(`ia${segment}.`)).map(([id]) => id);

/** The forty real questions of the stress fixture, read from its script. */
export const stressQuestions: string[] = JSON.parse(
  `[${/var QUESTIONS = \[([\s\S]*?)\];/.exec(readFileSync(join(FIXTURES_DIR, 'stress', 'index.html'), 'utf8'))?.[1]?.replace(/'/g, '"') ?? ''}]`,
) as string[];

export const stressPack = testPack('fixture-stress', [
  ...stressQuestions.map((question, i) => ({ id: `q${i + 1}`, question })),
  // Near misses and absent questions: must stay missing.
  { id: 'absent1', question: 'Do you have children in another country?' },
  { id: 'absent2', question: 'How is your dental health?' },
  { id: 'absent3', question: 'Field 12345' },
]);

/** The intake questions in their official wording, for the reworded page (fixtures/variants). */
export const variantsPack = testPack('fixture-variants', [
  { id: 'household', question: 'Household composition' },
  { id: 'children', question: 'Number of children living at home' },
  { id: 'custody', question: 'Do you share custody of any children?' },
  { id: 'housing', question: 'Current housing situation' },
  { id: 'rent', question: 'Monthly rent (SEK)' },
  { id: 'income', question: 'Total monthly household income (SEK)' },
  { id: 'debts', question: 'Do you have debts or payment arrears?' },
  { id: 'otherBenefits', question: 'Have you applied for other benefits you may be entitled to?' },
  { id: 'education', question: 'Highest completed education' },
  { id: 'swedish', question: 'Level of Swedish' },
  { id: 'sinceWork', question: 'Time since you last worked' },
  { id: 'workExperience', question: 'Work experience' },
  { id: 'registered', question: 'Are you registered with the Public Employment Service?' },
  { id: 'licence', question: 'Do you have a driving licence?' },
  { id: 'workLimits', question: 'Is there anything that limits what work you can do?' },
  { id: 'physical', question: 'How is your physical health?' },
  { id: 'sickLeave', question: 'Are you on sick leave?' },
  { id: 'psychological', question: 'How are you psychologically?' },
  { id: 'alcohol', question: 'How often do you drink alcohol?' },
  { id: 'safeAtHome', question: 'Do you feel safe at home?' },
  { id: 'criminalRecord', question: 'Do you have a criminal record?' },
  { id: 'probation', question: 'Are you currently serving a sentence or on probation?' },
  { id: 'supportNeeded', question: 'What support do you think you need?' },
  // Look-alikes on no page: they share words with the page's questions and must stay missing.
  { id: 'expenses', question: 'Total monthly household expenses (SEK)' },
  { id: 'parentalLeave', question: 'Are you on parental leave?' },
  { id: 'dental', question: 'How is your dental health?' },
  { id: 'gambling', question: 'How often do you gamble?' },
  { id: 'savings', question: 'Do you have savings or assets?' },
  { id: 'childrenAbroad', question: 'Number of children living abroad' },
]);
