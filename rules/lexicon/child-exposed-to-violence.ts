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
      'in front of the children', 'in front of the kids', 'children were there', 'kids were there',
      'children were home', 'hits the children', 'hits the kids', 'hurt the children', 'hits my son',
      'hits my daughter', 'beats the children', 'children are scared', 'kids are scared', 'children are afraid',
      'child witnessed', 'witnessed violence', 'witnessed the violence', 'child abuse', 'children hide',
      'kids hide', 'saw him hit', 'saw him push', 'saw him beat', 'saw him hurt', 'saw him kick',
      'saw him attack', 'heard him hit', 'children saw it', 'kids saw it', 'children saw everything',
      'kids saw everything', 'children saw what happened', 'children heard everything', 'kids heard everything',
      'children heard it', 'kids heard it', 'heard the fighting', 'children were in the room',
      'kids were in the room', 'children were present', 'children were hit', 'kids were hit', 'child was hit',
      'children get hit', 'scared of their father', 'afraid of their dad', 'children witnessed',
      'kids witnessed', 'saw ... hit me', 'saw ... hitting me', 'saw ... hit her', 'heard ... hit',
      'saw ... beat', 'saw ... push me', 'baby was in my arms', 'holding the baby when', 'operation encompass',
      'physical punishment', 'physically punished', 'physically chastised',
    ],
    sv: [
      'inför barnen', 'barnen var där', 'barnen var hemma', 'slår barnen', 'slog barnen', 'slår min son',
      'slår min dotter', 'barnen är rädda', 'barnen blir rädda', 'bevittnar våld', 'bevittnat våld',
      'upplevt våld', 'barnmisshandel', 'orosanmälan', 'orosanmälde', 'orosanmält', 'orosanmäler', 'barnen gömmer sig', 'barnen såg det', 'barnen såg allt',
      'barnen såg när', 'barnen såg hur', 'såg när han slog', 'såg honom slå', 'barnen hörde det',
      'barnen hörde allt', 'barnen hörde när', 'barnen hörde bråket', 'barnen var med', 'barnen var i rummet',
      'barnen var närvarande', 'barnen blev slagna', 'barnen blir slagna', 'barnet blev slaget',
      'barnen är rädda för pappa', 'rädda för sin pappa', 'såg ... slå', 'såg ... slog', 'hörde ... slog',
      'bebisen i famnen', 'höll i bebisen när',
      // the Social Services Act's words for a child harmed ("barn som far illa"), and physical punishment
      'far illa', 'fysisk bestraffning',
    ],
    nb: [
      'foran barna', 'barna var der', 'barna var hjemme', 'slår barna', 'slo barna', 'slår sønnen min',
      'slår datteren min', 'barna er redde', 'barna blir redde', 'vitne til vold', 'opplevd vold',
      'barnemishandling', 'bekymringsmelding', 'barna gjemmer seg', 'barna så det', 'barna så alt',
      'barna så at', 'barna så hvordan', 'så at han slo', 'så ham slå', 'barna hørte det', 'barna hørte alt',
      'barna hørte at', 'barna hørte bråket', 'barna var med', 'barna var i rommet', 'barna var til stede',
      'barna ble slått', 'barna blir slått', 'barnet ble slått', 'barna er redde for faren',
      'redde for faren sin', 'så ... slå', 'så ... slo', 'hørte ... slo', 'babyen på armen', 'holdt babyen da',
      'fysisk avstraffelse', 'fysisk straff',
    ],
  },
};
