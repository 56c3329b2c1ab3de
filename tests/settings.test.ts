import {
  defaultClinic,
  isValidEmergencyNumber,
  parseClinicSettings,
  readSettings,
  updateClinicSettings,
} from '../src/domain/settings';

const stored = (fields: Record<string, unknown>) => JSON.stringify({ version: 1, ...fields });

describe("the clinic's emergency number", () => {
  test.each([
    ['a short number', '911', '911'],
    ['a number with a country code and spaces, trimmed', ' +44 20 7946 0000 ', '+44 20 7946 0000'],
    ['nothing, for the generic words', '', ''],
  ])('keeps %s', (_, saved, expected) => {
    expect(parseClinicSettings(stored({ emergencyNumber: saved })).emergencyNumber).toBe(expected);
  });

  test.each([
    ['letters', 'call 911'],
    ['a dash', '0800-123'],
    ['only a plus sign', '+'],
    ['more than 20 characters', '1234567890 1234567890'],
    ['a number type instead of text', 911],
  ])('drops %s and falls back to the generic words', (_, saved) => {
    expect(parseClinicSettings(stored({ emergencyNumber: saved })).emergencyNumber).toBe('');
  });

  test('reads settings saved before there was an emergency number, keeping the rest', () => {
    const clinic = parseClinicSettings(stored({ clinicName: 'Move Physio', contactLine: '', idleMinutes: 5 }));
    expect(clinic).toEqual({ ...defaultClinic, clinicName: 'Move Physio', idleMinutes: 5 });
  });

  test('the staff screen may save what the stored form accepts, and nothing else', () => {
    expect(isValidEmergencyNumber('112')).toBe(true);
    expect(isValidEmergencyNumber('')).toBe(true);
    expect(isValidEmergencyNumber('999 or 112')).toBe(false);
    expect(updateClinicSettings(defaultClinic, { emergencyNumber: '000' }).emergencyNumber).toBe('000');
  });
});

describe('the language the URL asks for', () => {
  test('a language the app speaks is taken', () => {
    expect(readSettings('?lang=en&mode=kiosk', null)).toMatchObject({
      settings: { lang: 'en', mode: 'kiosk' },
      warnings: [],
    });
  });

  test.each([
    ['an unknown code', 'xx'],
    ['a region the app does not name', 'en-GB'],
    ['markup', '<b>es</b>'],
    ['nothing', ''],
  ])('falls back quietly from %s, with a warning for the console only', (_, lang) => {
    const { settings, warnings } = readSettings(`?lang=${encodeURIComponent(lang)}`, null);
    expect(settings.lang).toBeUndefined();
    expect(warnings).toEqual(['Ignored the URL parameter lang: it does not take the value given.']);
  });

  test("the tablet's language from the staff screen is kept; anything else reads as none", () => {
    expect(parseClinicSettings(stored({ language: 'es' })).language).toBe('es');
    expect(parseClinicSettings(stored({ language: 'klingon' }))).toEqual(defaultClinic);
    expect(updateClinicSettings(defaultClinic, { language: 'es' }).language).toBe('es');
    expect(readSettings('', stored({ language: 'es' })).settings.clinic.language).toBe('es');
  });

  test('no lang asks for none: the page keeps its own language', () => {
    expect(readSettings('?mode=embed', null).settings.lang).toBeUndefined();
  });
});

describe("the clinic's own interest", () => {
  test('is kept: that it offers dry needling, and its own words, trimmed', () => {
    const clinic = parseClinicSettings(stored({ offersNeedling: true, interestStatement: ' We are paid per visit. ' }));
    expect(clinic.offersNeedling).toBe(true);
    expect(clinic.interestStatement).toBe('We are paid per visit.');
  });

  test('reads settings saved before it was asked as no interest stated', () => {
    expect(parseClinicSettings(stored({ clinicName: 'Move Physio' }))).toEqual({
      ...defaultClinic,
      clinicName: 'Move Physio',
    });
  });

  test.each([
    ['a "yes" that is text', { offersNeedling: 'yes' }, { offersNeedling: false }],
    ['words over 300 characters', { interestStatement: 'x'.repeat(301) }, { interestStatement: '' }],
    [
      'a line break, read as a space',
      { interestStatement: 'Paid\nper visit' },
      { interestStatement: 'Paid per visit' },
    ],
  ])('takes %s as the stored form allows', (_, saved, expected) => {
    expect(parseClinicSettings(stored(saved))).toEqual({ ...defaultClinic, ...expected });
  });

  test('the staff screen saves it through the same rules', () => {
    const clinic = updateClinicSettings(defaultClinic, { offersNeedling: true, interestStatement: 'Our own words.' });
    expect(clinic).toEqual({ ...defaultClinic, offersNeedling: true, interestStatement: 'Our own words.' });
  });
});
