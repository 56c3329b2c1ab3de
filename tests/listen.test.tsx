import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../src/content/en';
import { App } from '../src/ui/App';

/** The browser's speech, stubbed: its voices, and what it was asked to say. */
class FakeSpeech extends EventTarget {
  voices: { lang: string; voiceURI: string; default: boolean }[] = [];
  spoken: { text: string; lang: string; voice: unknown }[] = [];
  /** Like the browser's: true from speak() until cancel() (the fake never finishes on its own). */
  speaking = false;
  pending = false;
  cancel = vi.fn(() => {
    this.speaking = false;
  });
  getVoices() {
    return this.voices;
  }
  speak(utterance: FakeUtterance) {
    this.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice });
    this.speaking = true;
  }
}

class FakeUtterance extends EventTarget {
  lang = '';
  voice: unknown = null;
  constructor(readonly text: string) {
    super();
  }
}

let speech: FakeSpeech;

beforeEach(() => {
  speech = new FakeSpeech();
  vi.stubGlobal('speechSynthesis', speech);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const listen = () => screen.queryByRole('button', { name: en.common.listen });

describe('Listen', () => {
  it('reads the screen aloud in English, in an English voice, when tapped', async () => {
    speech.voices = [
      { lang: 'fr-FR', voiceURI: 'Amélie', default: true },
      { lang: 'en-GB', voiceURI: 'Daniel', default: false },
    ];
    const user = userEvent.setup();
    render(<App tapSettleMs={0} />);
    await user.click(screen.getByRole('button', { name: en.common.listen }));

    expect(speech.spoken).toHaveLength(1);
    const [said] = speech.spoken;
    expect(said?.lang).toBe('en');
    expect(said?.voice).toEqual(speech.voices[1]);
    expect(said?.text).toContain(en.welcome.title);
    expect(said?.text).toContain(en.welcome.lead);
    expect(said?.text).toContain(en.welcome.privacy);
    // Buttons are not read out as if they were text.
    expect(said?.text).not.toContain(en.common.start);
    expect(screen.getByRole('button', { name: en.common.stopListening })).toBeInTheDocument();
  });

  it('stops when tapped again, and when the patient moves on', async () => {
    speech.voices = [{ lang: 'en-US', voiceURI: 'Samantha', default: true }];
    const user = userEvent.setup();
    render(<App tapSettleMs={0} />);
    await user.click(screen.getByRole('button', { name: en.common.listen }));
    await user.click(screen.getByRole('button', { name: en.common.stopListening }));
    expect(screen.getByRole('button', { name: en.common.listen })).toBeInTheDocument();
    expect(speech.spoken).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: en.common.listen }));
    speech.cancel.mockClear();
    await user.click(screen.getByRole('button', { name: en.common.start }));
    expect(screen.getByRole('heading', { level: 1, name: en.questions.redFlags.title })).toBeInTheDocument();
    expect(speech.cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: en.common.listen })).toBeInTheDocument();

    // The question screen is read with its question and its choices.
    await user.click(screen.getByRole('button', { name: en.common.listen }));
    expect(speech.spoken.at(-1)?.text).toContain(en.questions.redFlags.title);
    expect(speech.spoken.at(-1)?.text).toContain(en.questions.redFlags.options.none);
  });

  it('is not offered where the browser has no voice for the language', () => {
    speech.voices = [{ lang: 'es-ES', voiceURI: 'Mónica', default: true }];
    render(<App tapSettleMs={0} />);
    expect(listen()).not.toBeInTheDocument();
  });

  it('appears once the browser has loaded its voices', () => {
    render(<App tapSettleMs={0} />);
    expect(listen()).not.toBeInTheDocument();
    speech.voices = [{ lang: 'en-AU', voiceURI: 'Karen', default: true }];
    act(() => speech.dispatchEvent(new Event('voiceschanged')));
    expect(listen()).toBeInTheDocument();
  });
});

describe('without speech in the browser', () => {
  it('offers no Listen button', () => {
    vi.unstubAllGlobals();
    expect('speechSynthesis' in window).toBe(false);
    render(<App tapSettleMs={0} />);
    expect(listen()).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.common.start })).toBeInTheDocument();
  });
});
