import type { Concept } from './concept';

export const childExposedToViolence: Concept = {
  id: 'child-exposed-to-violence',
  title: 'Children who see, hear or are harmed by violence at home',
  sources:
    'What child-protection guidance treats as a child being exposed to violence: seeing or ' +
    'hearing it, being present, being hit or frightened, and the reports services make ' +
    '(orosanmälan, bekymringsmelding). The domain brief: couples are interviewed separately ' +
    'because of the domestic-violence questions, and children in the home raise the stakes.',
  words: {
    en: [
      'in front of the children', 'in front of the kids', 'children saw', 'kids saw', 'children heard', 'kids heard',
      'children were there', 'kids were there', 'children were home', 'hits the children', 'hits the kids',
      'hurt the children', 'hits my son', 'hits my daughter', 'beats the children', 'children are scared',
      'kids are scared', 'children are afraid', 'child witnessed', 'witnessed violence', 'witnessed the violence',
      'child abuse', 'children hide', 'kids hide',
    ],
    sv: [
      'inför barnen', 'barnen såg', 'barnen hörde', 'barnen var där', 'barnen var hemma', 'slår barnen', 'slog barnen',
      'slår min son', 'slår min dotter', 'barnen är rädda', 'barnen blir rädda', 'bevittnar våld', 'bevittnat våld',
      'upplevt våld', 'barnmisshandel', 'orosanmälan', 'barnen gömmer sig',
    ],
    nb: [
      'foran barna', 'barna så', 'barna hørte', 'barna var der', 'barna var hjemme', 'slår barna', 'slo barna',
      'slår sønnen min', 'slår datteren min', 'barna er redde', 'barna blir redde', 'vitne til vold', 'opplevd vold',
      'barnemishandling', 'bekymringsmelding', 'barna gjemmer seg',
    ],
  },
};
