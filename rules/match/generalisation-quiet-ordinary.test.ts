/**
 * Everyday answers that raised a card through a word read in the wrong sense or construction: "fast i" (stuck in)
 * said of traffic, a queue, the snow or a series, and a burn on a thing named in its nb feminine form or a kettle.
 * Phrasings of our own, with the disclosures that must still raise the card.
 */
import { describe, expect, it } from 'vitest';
import { raised } from '../../tests/unit/eval-pack-follow-ups';

describe('"fast i" of a place, a queue or a series is no habit', () => {
  it('keeps being stuck in traffic, a queue, a lift or the snow off the substance card', () => {
    for (const text of [
      'Vi satt fast i trafiken på E4:an, därför blev vi sena.',
      'Bussen stod fast i snön i nästan två timmar.',
      'Hon satt fast i hissen en hel förmiddag.',
      'Jeg satt fast i bilkøen hele morgenen.',
      'Traktoren kjørte seg fast i gjørma bak låven.',
      'Vi ble sittende fast i telefonkøen til Skatteetaten.',
    ]) {
      expect(raised('substance-use', text), text).toBe('none');
    }
  });
  it('keeps being hooked on a series off the substance card', () => {
    for (const text of ['Jag är helt fast i den där dokusåpan.', 'Han är fast i tv-serien om kvällarna.']) {
      expect(raised('substance-use', text), text).toBe('none');
    }
  });
  it('still reads being stuck in a habit or a substance', () => {
    for (const text of [
      'Jag sitter fast i missbruket och kommer inte ur det.',
      'Han sitter fast i beroendet sedan flera år.',
      'Jeg sitter fast i rusen og klarer ikke slutte.',
      'Hon sitter fast i ett drickande varje helg.',
      'Jag är fast i knarket.',
    ]) {
      expect(raised('substance-use', text), text).toBe('warning');
    }
  });
});

describe('a burn on a hot thing in its nb feminine form or on a kettle', () => {
  it('keeps a kitchen burn off the self-harm card', () => {
    for (const text of ['Jeg brente meg på kokeplata i går kveld.', 'Hun brente seg på kaffekanna.', 'Jag brände mig på vattenkokaren.']) {
      expect(raised('self-harm', text), text).toBe('none');
    }
  });
  it('still reads a burn on a body part', () => {
    for (const text of ['Jeg brente meg på armen med vilje.', 'Jag brände mig på låret med en tändare.']) {
      expect(raised('self-harm', text), text).toBe('critical');
    }
  });
});
