import type { Concept } from './concept';

export const domesticViolence: Concept = {
  id: 'domestic-violence',
  title: 'Violence and control by a partner or family member',
  sources:
    'The forms of violence in close relationships that routine enquiry asks about: physical ' +
    '(hitting, kicking, choking), threats and fear, sexual violence, and coercive control (money, ' +
    'phone, friends, going out), plus honour-based violence and forced marriage; in the Swedish ' +
    'and Norwegian terms services use (våld i nära relationer, vold i nære relasjoner). The domain ' +
    'brief: domestic-violence questions are mandatory for every client. Bare "hit" and "beat" are ' +
    'left out (hit the road, beat the traffic); they count with a person after them. Feeling unsafe at home ' +
    '(the first screening question of routine enquiry), not daring to go home, and the adviser\'s shorthand ' +
    '"DV" count by themselves.',
  words: {
    en: [
      'domestic violence', 'domestic abuse', 'abusive', 'abuses me', 'abused me', 'hits me', 'hit me',
      'beats me', 'beat me up', 'beaten up', 'punches me', 'kicks me', 'slaps me', 'chokes me', 'strangled',
      'strangles me', 'pushed me', 'shoves me', 'throws things at me', 'threatens me', 'threatened to kill me',
      'afraid of him', 'scared of him', 'afraid of her', 'scared of my partner', 'afraid of my husband',
      'controls me', 'coercive control', 'controls my money', 'takes my money', 'not allowed to see my friends',
      'not allowed to leave', 'not let me leave', 'checks my phone', 'forced me', 'rapes me', 'raped',
      'sexual abuse', 'violent partner', 'violence at home', 'violent at home', 'is violent', 'honour violence',
      'honour based violence', 'honor based violence', 'forced marriage', 'restraining order',
      'non-molestation order', 'women\'s refuge', 'black eye', 'bruises', 'not let me see my friends',
      'not let me see my family', 'not allowed to see my family', 'afraid to go home', 'scared to go home',
      'violent towards me', 'violent to me', 'violent with me', 'controlling partner', 'controlling husband',
      'controlling boyfriend', 'controlling wife', 'controlling girlfriend', 'controlling relationship',
      'controlling behaviour', 'stalks me', 'stalking me', 'stalker', 'sexually assaulted', 'sexual assault',
      'forced me to have sex', 'isolates me', 'harasses me', 'threatens to take the kids', 'beaten by',
      'assaulted by', 'attacked by her partner', 'attacked by my partner', 'financial abuse', 'emotional abuse',
      'psychological abuse', 'economic abuse', 'threw ... at me', 'throws ... at me', 'throwing ... at me',
      'hit ... with', 'beat ... with', 'locks me in', 'locked me in', 'locks me out', 'hands round my neck',
      'hands around my neck', 'by the throat', 'not let me have', 'takes my phone', 'takes my bank card', 'violence',
      // an adviser's shorthand, and feeling unsafe at home
      'dv', 'unsafe at home', 'feel unsafe', 'not safe at home', 'daren\'t go home', 'dare not go home',
      'too scared to go home', 'too afraid to go home',
      'not feel safe', 'not feeling safe', 'never feel safe', 'never feels safe', 'never felt safe', 'not safe with him',
      'not safe around him',
      'dva', 'ipv',
      'reads my messages', 'reads my texts', 'domestic incident', 'domestic call-out', 'domestic callout',
      'forces himself on me', 'forced himself on me',
    ],
    sv: [
      'våld i nära relationer', 'våld i hemmet', 'våld', 'våldsam', 'misshandel', 'misshandlad',
      'misshandlar mig', 'slår mig', 'slog mig', 'sparkar mig', 'knuffar mig', 'stryptag', 'stryper mig',
      'hotar mig', 'hotade att döda mig', 'rädd för honom', 'rädd för henne', 'rädd för min man',
      'rädd för min sambo', 'kontrollerar mig', 'tar mina pengar', 'får inte träffa mina vänner',
      'får inte gå ut', 'läser min telefon', 'tvingar mig', 'våldtog', 'våldtäkt', 'sexuellt våld',
      'hedersvåld', 'hedersrelaterat', 'tvångsäktenskap', 'kontaktförbud', 'kvinnojour', 'skyddat boende',
      'blåmärken', 'får inte träffa vänner', 'isolerar mig', 'rädd att gå hem', 'slagit mig', 'har slagit',
      'misshandlat mig', 'våldsam mot mig', 'kontrollerande partner', 'kontrollerande man',
      'kontrollerande pojkvän', 'kontrollerande sambo', 'kontrollerande relation', 'förföljer mig',
      'trakasserar mig', 'tvingade mig till sex', 'tvingar mig till sex', 'sexuellt övergrepp', 'våldtagen',
      'hotar att ta barnen', 'slagen av', 'blir slagen', 'misshandlad av', 'ekonomiskt våld', 'psykiskt våld',
      'kastade ... på mig', 'kastar ... på mig', 'slog ... med', 'låser in mig', 'låste in mig',
      'låser ute mig', 'strypgrepp', 'händerna runt min hals', 'om halsen', 'tar min telefon',
      'tar mitt bankkort', 'otrygg hemma', 'känner mig otrygg', 'inte trygg hemma', 'vågar inte gå hem',
      'vågar inte åka hem', 'törs inte gå hem', 'vågar inte vara hemma',
      'känner sig inte trygg', 'känner mig inte trygg', 'känner sig otrygg', 'inte trygg med honom', 'aldrig trygg',
      'läser mina sms', 'läser mina meddelanden', 'puttar mig', 'puttade mig', 'puttat mig', 'hedersproblematik', 'tvingar sig på mig', 'tvingade sig på mig',
      'hedersförtryck',
    ],
    nb: [
      'vold i nære relasjoner', 'vold i hjemmet', 'familievold', 'vold', 'voldelig', 'mishandling',
      'mishandlet', 'mishandler meg', 'slår meg', 'slo meg', 'sparker meg', 'dytter meg', 'kveler meg',
      'kvelertak', 'truer meg', 'truet med å drepe meg', 'redd for ham', 'redd for henne',
      'redd for mannen min', 'redd for samboeren min', 'kontrollerer meg', 'tar pengene mine',
      'får ikke treffe vennene mine', 'får ikke gå ut', 'sjekker telefonen min', 'tvinger meg', 'voldtok',
      'voldtekt', 'seksuell vold', 'æresvold', 'æresrelatert', 'tvangsekteskap', 'besøksforbud', 'krisesenter',
      'blåmerker', 'får ikke treffe venner', 'isolerer meg', 'redd for å gå hjem', 'slått meg', 'har slått',
      'banket meg', 'voldelig mot meg', 'kontrollerende partner', 'kontrollerende mann',
      'kontrollerende kjæreste', 'kontrollerende samboer', 'kontrollerende forhold', 'forfølger meg',
      'trakasserer meg', 'tvang meg til sex', 'tvinger meg til sex', 'seksuelt overgrep', 'voldtatt',
      'truer med å ta barna', 'slått av', 'blir slått', 'mishandlet av', 'økonomisk vold', 'psykisk vold',
      'kastet ... på meg', 'kaster ... på meg', 'slo ... med', 'låser meg inne', 'låste meg inne',
      'låser meg ute', 'hendene rundt halsen min', 'rundt halsen', 'tar telefonen min', 'tar bankkortet mitt',
      'utrygg hjemme', 'føler meg utrygg', 'kjenner meg utrygg', 'ikke trygg hjemme', 'utrygg heime', 'tør ikke gå hjem',
      'tør ikke dra hjem', 'tør ikkje gå heim', 'tør ikkje dra heim', 'tør ikke være hjemme',
      'føler seg ikke trygg', 'føler meg ikke trygg', 'føler seg utrygg', 'kjenner seg utrygg', 'ikke trygg med ham',
      'aldri trygg',
      'leser meldingene mine', 'leser sms-ene mine', 'husbråk', 'tvinger seg på meg', 'tvang seg på meg',
    ],
  },
};
