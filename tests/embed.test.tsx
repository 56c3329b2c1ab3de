import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../src/content/en';
import { questionIds } from '../src/content/schema';
import { contrastRatio, darken } from '../src/domain/contrast';
import { hostMessage, type HostMessage } from '../src/domain/embedProtocol';
import { readSettings, serializeClinicSettings, defaultClinic } from '../src/domain/settings';
import { frameUrl, readHostMessage } from '../src/embed/frame';
import { App } from '../src/ui/App';
import { reachSummary, someMarks } from './afterResults';

// A clinic's website: the settings the frame's URL gives, the messages embed.js accepts, and the
// app in embed mode keeping nothing. The browser tests (tests/e2e/embed.spec.ts) do the rest.

const clinic = 'https://clinic.example';
const embedUrl = (query: string) => `?mode=embed&parent=${encodeURIComponent(clinic)}${query}`;

describe('the settings of a frame on a clinic website', () => {
  it('keep nothing, fill no history, erase nothing unless asked, and talk to the page', () => {
    const { settings, warnings } = readSettings(embedUrl('&accent=%230b6e4f&clinic=Move%20Physio'), null);
    expect(warnings).toEqual([]);
    expect(settings.mode).toBe('embed');
    expect(settings.effects).toEqual({
      saveSession: false,
      browserHistory: false,
      idleErase: false,
      frontDesk: false,
      hostPage: true,
    });
    expect(settings.host).toEqual({ parentOrigin: clinic, accent: '#0b6e4f' });
    expect(settings.clinic.clinicName).toBe('Move Physio');
  });

  it('erase a quiet patient when the clinic asks, after its minutes', () => {
    const { settings } = readSettings(embedUrl('&idle=5'), null);
    expect(settings.effects.idleErase).toBe(true);
    expect(settings.clinic.idleMinutes).toBe(5);
  });

  it("ignore what a waiting-room tablet saved: a clinic's website brings its own", () => {
    const stored = serializeClinicSettings({ ...defaultClinic, clinicName: 'Tablet clinic', contactLine: 'Ask us' });
    expect(readSettings(embedUrl(''), stored).settings.clinic).toEqual(defaultClinic);
    expect(readSettings('?mode=kiosk', stored).settings.clinic.clinicName).toBe('Tablet clinic');
  });

  it.each([
    ['parent', 'https://clinic.example/decision-aid'],
    ['parent', 'https://clinic.example/'],
    ['parent', '*'],
    ['parent', 'null'],
    ['parent', 'javascript:alert(1)'],
    ['accent', 'red'],
    ['accent', '#0b6e4f; background: url(https://evil.example)'],
    ['accent', 'var(--ink)'],
    ['accent', '#0b6e4'],
    ['clinic', 'x'.repeat(81)],
    ['idle', '0'],
    ['idle', '11'],
    ['idle', '2.5'],
    ['idle', '5; alert(1)'],
  ])('ignore %s=%s, with a warning for the console', (key, value) => {
    const query = key === 'parent' ? '?mode=embed' : embedUrl('');
    const { settings, warnings } = readSettings(`${query}&${key}=${encodeURIComponent(value)}`, null);
    expect(warnings).toEqual([`Ignored the URL parameter ${key}: it does not take the value given.`]);
    if (key === 'parent') expect(settings.host.parentOrigin).toBeUndefined();
    if (key === 'accent') expect(settings.host.accent).toBeUndefined();
    if (key === 'clinic') expect(settings.clinic.clinicName).toBe('');
    if (key === 'idle') expect(settings.effects.idleErase).toBe(false);
  });

  it('take a clinic name as plain text: no line breaks, and markup stays text', () => {
    const { settings } = readSettings(embedUrl(`&clinic=${encodeURIComponent(' Move\nPhysio <b>& Co</b>\t')}`), null);
    expect(settings.clinic.clinicName).toBe('Move Physio <b>& Co</b>');
  });

  it('do not talk to any page outside embed mode', () => {
    const { settings } = readSettings(`?parent=${encodeURIComponent(clinic)}`, null);
    expect(settings.mode).toBe('personal');
    expect(settings.effects.hostPage).toBe(false);
  });
});

describe('the accent colour', () => {
  it('is measured as WCAG does', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#0b6e4f', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#ffee00', '#ffffff')).toBeLessThan(4.5);
  });

  it('gets a darker shade for its hover state', () => {
    expect(darken('#0b6e4f', 0.75)).toBe('#08533b');
    expect(contrastRatio(darken('#0b6e4f', 0.75), '#ffffff')).toBeGreaterThan(contrastRatio('#0b6e4f', '#ffffff'));
  });
});

describe('the messages embed.js accepts from the frame', () => {
  const sent: HostMessage[] = [
    hostMessage.ready(),
    hostMessage.resize(812),
    hostMessage.finished(),
    ...(['welcome', ...questionIds, 'review', 'end'] as const).map((step) => hostMessage.step(step)),
  ];

  it('are every message the app sends, as they are', () => {
    for (const message of sent) expect(readHostMessage(structuredClone(message))).toEqual(message);
  });

  it.each([
    ['nothing', undefined],
    ['text', 'dryneedling:ready'],
    ['a list', ['dryneedling:ready', 1]],
    ['another version', { type: 'dryneedling:ready', version: 2 }],
    ['no version', { type: 'dryneedling:ready' }],
    ['another type', { type: 'dryneedling:answers', version: 1, answers: ['neck'] }],
    ['another namespace', { type: 'resize', version: 1, height: 300 }],
    ['a negative height', { type: 'dryneedling:resize', version: 1, height: -1 }],
    ['a height that is not a number', { type: 'dryneedling:resize', version: 1, height: '300px' }],
    ['an endless height', { type: 'dryneedling:resize', version: 1, height: Infinity }],
    ['a huge height', { type: 'dryneedling:resize', version: 1, height: 1e9 }],
    ['a private step name', { type: 'dryneedling:step', version: 1, step: 'stop' }],
    ['an unknown step', { type: 'dryneedling:step', version: 1, step: '__proto__' }],
  ])('refuse %s', (_, data) => {
    expect(readHostMessage(data)).toBeUndefined();
  });

  it('pass on only the fields of the protocol, whatever else comes with them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sent), fc.dictionary(fc.string(), fc.jsonValue()), (message, extra) => {
        const read = readHostMessage({ ...extra, ...message });
        expect(read).toEqual(message);
      }),
    );
  });
});

describe("the frame's address", () => {
  const app = 'https://aid.example/dry-needling/';

  it("carries the page's origin and the snippet's options, which the app then reads", () => {
    const options = { lang: 'en', accent: '#0b6e4f', clinic: 'Move & Co #1', idle: '3', container: '#guide' };
    const url = new URL(frameUrl(app, clinic, options));
    expect(url.origin + url.pathname).toBe(app);
    expect(url.searchParams.get('container')).toBeNull();
    const { settings, warnings } = readSettings(url.search, null);
    expect(warnings).toEqual([]);
    expect(settings.host).toEqual({ parentOrigin: clinic, accent: '#0b6e4f' });
    expect(settings.clinic).toMatchObject({ clinicName: 'Move & Co #1', idleMinutes: 3 });
  });

  it("opens the page of the snippet's language, which paints in it from the start", () => {
    const url = new URL(frameUrl(app, clinic, { lang: 'es' }));
    expect(url.origin + url.pathname).toBe(`${app}es.html`);
    expect(readSettings(url.search, null).settings.lang).toBe('es');
    // A language the app does not speak leaves the default page; the app ignores the value.
    expect(new URL(frameUrl(app, clinic, { lang: 'xx' })).pathname).toBe('/dry-needling/');
  });

  it("keeps none of the app address's own query or fragment", () => {
    const url = new URL(frameUrl(`${app}?mode=kiosk#r=2.0`, clinic, {}));
    expect(url.hash).toBe('');
    expect([...url.searchParams.keys()]).toEqual(['mode', 'parent']);
    expect(url.searchParams.get('mode')).toBe('embed');
  });
});

describe('the app on a clinic website', () => {
  it('keeps nothing, fills no history, and opens Print in a new tab', async () => {
    const user = userEvent.setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const historyLength = window.history.length;
    render(<App tapSettleMs={0} settings={readSettings(embedUrl('&clinic=Move'), null).settings} />);

    const answer = async (question: string, label: string) => {
      const group = screen.getByRole('group', { name: (name) => name.endsWith(question) });
      await user.click(within(group).getByLabelText(label));
      await user.click(screen.getByRole('button', { name: en.common.continue }));
    };
    const o = en.questions;
    await user.click(screen.getByRole('button', { name: en.common.start }));
    await answer(o.redFlags.title, o.redFlags.options.none);
    await answer(o.safety.title, o.safety.options.none);
    await answer(o.place.title, o.place.options.knee);
    await answer(o.duration.title, o.duration.options.under6Weeks);
    await answer(o.kind.title, o.kind.options.injury);
    await answer(o.goals.title, o.goals.options.sportWork);
    await answer(o.needles.title, o.needles.options.avoid);
    await answer(o.exercise.title, o.exercise.options.already);
    await user.click(screen.getByRole('button', { name: en.common.seeResults }));
    expect(await screen.findByRole('heading', { level: 1, name: en.results.title })).toBeInTheDocument();
    await reachSummary(user, someMarks);

    expect(window.sessionStorage.length).toBe(0);
    expect(window.localStorage.length).toBe(0);
    expect(window.history.length).toBe(historyLength);

    await user.click(screen.getByRole('button', { name: en.takeHome.printInNewTab }));
    expect(print).not.toHaveBeenCalled();
    expect(open).toHaveBeenCalledWith(
      expect.stringMatching(/^http:\/\/localhost(:\d+)?\/#r=3\./),
      '_blank',
      'noopener',
    );
    expect(screen.queryByRole('button', { name: en.takeHome.print })).not.toBeInTheDocument();

    // Not inside the clinic's page (this test has no page around it): it says so, and shows no name.
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('this frame is not in a page from https://clinic.example'),
    );
    expect(screen.queryByText(en.embed.offeredBy('Move'))).not.toBeInTheDocument();
    warn.mockRestore();
    open.mockRestore();
    print.mockRestore();
  });
});
