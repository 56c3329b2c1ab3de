import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import { useContent } from './content';

const synthesis = (): SpeechSynthesis | undefined =>
  typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;

function subscribeToVoices(onChange: () => void): () => void {
  const speech = synthesis();
  speech?.addEventListener('voiceschanged', onChange);
  return () => speech?.removeEventListener('voiceschanged', onChange);
}

/** A voice that speaks `lang` (any region of it), the browser's default for it first. */
function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  const voices = synthesis()?.getVoices() ?? [];
  const speaks = voices.filter((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === lang);
  return speaks.find((voice) => voice.default) ?? speaks[0];
}

/** The browser's voice for `lang`, by name (a stable snapshot); none in the prerendered page. */
function useVoiceName(lang: string): string | undefined {
  return useSyncExternalStore(
    subscribeToVoices,
    () => voiceFor(lang)?.voiceURI,
    () => undefined,
  );
}

/** The text of the screen as a patient reads it: headings, paragraphs, choices; no buttons or menus. */
function screenText(screen: HTMLElement): string {
  const blocks = [...screen.querySelectorAll<HTMLElement>('h1, h2, h3, h4, p, li, legend, label, dt, dd, summary')];
  return blocks
    .filter((block) => !block.closest('button, nav, .topbar, [hidden], [aria-hidden="true"], .print-only'))
    .filter((block) => block.checkVisibility?.() ?? true)
    .filter((block) => !blocks.some((other) => other !== block && block.contains(other)))
    .map((block) => block.textContent.replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '')
    .join('\n');
}

interface Props {
  /** Which screen is shown: a new one stops the reading. */
  screen: string;
  container: RefObject<HTMLElement | null>;
}

/**
 * Reads the screen aloud with the browser's own speech, in the page's language, when tapped (iOS
 * allows speech only from a tap). Shown only where the browser has a voice for that language.
 * Nothing is sent anywhere: the browser speaks on the device.
 */
export function ListenButton({ screen, container }: Props) {
  const { lang, common } = useContent();
  const voiceName = useVoiceName(lang);
  const [speaking, setSpeaking] = useState(false);

  // Moving on, or leaving, stops the voice. (Only when there is one: at a phone's speed even
  // a cancel with nothing to stop costs a tap a few milliseconds.)
  useEffect(
    () => () => {
      const speech = synthesis();
      if (speech?.speaking || speech?.pending) speech.cancel();
      setSpeaking(false);
    },
    [screen],
  );

  if (voiceName === undefined) return null;

  const toggle = () => {
    const speech = synthesis();
    if (!speech) return;
    speech.cancel();
    if (speaking || !container.current) {
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(screenText(container.current));
    utterance.lang = lang;
    const voice = speech.getVoices().find((candidate) => candidate.voiceURI === voiceName);
    if (voice) utterance.voice = voice;
    utterance.addEventListener('end', () => setSpeaking(false));
    utterance.addEventListener('error', () => setSpeaking(false));
    speech.speak(utterance);
    setSpeaking(true);
  };

  return (
    <button type="button" className="link listen" onClick={toggle}>
      {speaking ? common.stopListening : common.listen}
    </button>
  );
}
