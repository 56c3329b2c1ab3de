import * as v from 'valibot';
import { languages, type Language } from '../content/languages';

// Everything that changes how the app starts is read here, once, from untrusted sources: the
// page's URL (a link, a bookmark, the installed app's start URL) and what the clinic saved on
// this device. Each source has one schema; anything it does not accept falls back to the
// default, with a warning for the console, and never reaches the page.

export const modes = ['personal', 'kiosk', 'embed'] as const;
export type Mode = (typeof modes)[number];

export const idleMinutesRange = { min: 1, max: 10, default: 2 } as const;

/** A PIN is stored only as a salted, slow hash (see pin.ts). */
export interface PinRecord {
  readonly salt: string;
  readonly hash: string;
  readonly iterations: number;
}

/** What a clinic sets on the staff screen; kept on this device only. */
export interface ClinicSettings {
  readonly clinicName: string;
  readonly contactLine: string;
  /** Named in the urgent message for chest pain or trouble breathing; empty for generic words. */
  readonly emergencyNumber: string;
  readonly idleMinutes: number;
  readonly pin: PinRecord | undefined;
  /** Three wrong PINs lock the staff screen until this time (ms since 1970), across reloads. */
  readonly lockedUntil: number;
  /** The language this tablet opens in for each patient, chosen on the staff screen; none: its address's. */
  readonly language: Language | undefined;
  /** The clinic offers dry needling, so it has an interest in the choice: said on every summary. */
  readonly offersNeedling: boolean;
  /** The clinic's own words about its interest, shown on every summary; empty for none. */
  readonly interestStatement: string;
}

/** Which side effects a mode runs. A mode switches hooks on or off; it is not a second app. */
export interface Effects {
  /** Keep the journey in sessionStorage so an accidental reload loses nothing. */
  readonly saveSession: boolean;
  /** Each step gets a browser history entry, so the browser's Back goes to the last question. */
  readonly browserHistory: boolean;
  /** Warn, then erase every answer, after a quiet time: one tablet, many patients. */
  readonly idleErase: boolean;
  /** A hand-back step after the results, and the PIN-protected staff screen. */
  readonly frontDesk: boolean;
  /**
   * Inside a clinic's web page: tell it the frame's height and the step, never scroll it, print in
   * a new tab; and no service worker (it would keep the app's files in the clinic's site's storage).
   */
  readonly hostPage: boolean;
}

/** How the app sits in a clinic's web page, from the frame's URL; used in embed mode only. */
export interface HostSettings {
  /** The clinic page's exact origin: the only one the app ever posts a message to. */
  readonly parentOrigin: string | undefined;
  /** The clinic's colour for buttons and links, `#rrggbb` (its contrast is checked where it is applied). */
  readonly accent: string | undefined;
}

export interface Settings {
  readonly mode: Mode;
  /**
   * The language the URL asks for (`?lang=`, also the embed snippet's `data-lang`), if it is one
   * the app speaks. Each language has its own page: boot.tsx moves to it when this names another.
   */
  readonly lang: Language | undefined;
  readonly effects: Effects;
  readonly clinic: ClinicSettings;
  readonly host: HostSettings;
}

export const defaultClinic: ClinicSettings = {
  clinicName: '',
  contactLine: '',
  emergencyNumber: '',
  idleMinutes: idleMinutesRange.default,
  pin: undefined,
  lockedUntil: 0,
  language: undefined,
  offersNeedling: false,
  interestStatement: '',
};

const effectsByMode: Record<Mode, Effects> = {
  personal: {
    saveSession: true,
    browserHistory: true,
    idleErase: false,
    frontDesk: false,
    hostPage: false,
  },
  kiosk: { saveSession: true, browserHistory: true, idleErase: true, frontDesk: true, hostPage: false },
  // On a clinic's website: storage in a third-party frame is partitioned or blocked, so nothing
  // is kept anywhere, and the page's Back button stays the page's. Idle erase only if asked (`idle`).
  embed: {
    saveSession: false,
    browserHistory: false,
    idleErase: false,
    frontDesk: false,
    hostPage: true,
  },
};

/** Plain text only: no control characters, no line breaks, trimmed, and short. */
const plainText = (max: number) =>
  v.pipe(
    v.string(),
    v.transform((text) => text.replace(/\p{Cc}/gu, ' ').trim()),
    v.maxLength(max),
  );

/** A phone number to call: digits, spaces and + only, short; empty when the clinic set none. */
const EmergencyNumberSchema = v.pipe(
  plainText(20),
  v.regex(/^[0-9+ ]*$/),
  v.check((text) => text === '' || /[0-9]/.test(text)),
);

/** Whether the staff screen may save this emergency number. */
export function isValidEmergencyNumber(text: string): boolean {
  return v.safeParse(EmergencyNumberSchema, text).success;
}

const ClinicSchema = v.object({
  version: v.literal(1),
  clinicName: v.fallback(plainText(80), ''),
  contactLine: v.fallback(plainText(160), ''),
  // Added while version 1 was in use: settings saved without it read as the default.
  emergencyNumber: v.fallback(EmergencyNumberSchema, ''),
  idleMinutes: v.fallback(
    v.pipe(v.number(), v.integer(), v.minValue(idleMinutesRange.min), v.maxValue(idleMinutesRange.max)),
    idleMinutesRange.default,
  ),
  pin: v.fallback(
    v.optional(
      v.object({
        salt: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)),
        hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
        iterations: v.pipe(v.number(), v.integer(), v.minValue(100_000), v.maxValue(10_000_000)),
      }),
    ),
    undefined,
  ),
  lockedUntil: v.fallback(v.pipe(v.number(), v.minValue(0)), 0),
  // Added while version 1 was in use, like the emergency number.
  language: v.fallback(v.optional(v.picklist(languages)), undefined),
  // Added while version 1 was in use: the clinic's own interest in the choice.
  offersNeedling: v.fallback(v.boolean(), false),
  interestStatement: v.fallback(plainText(300), ''),
});

/** The clinic's saved settings from their stored JSON; anything unreadable gives the defaults. */
export function parseClinicSettings(text: string | null): ClinicSettings {
  if (text === null) return defaultClinic;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return defaultClinic;
  }
  const result = v.safeParse(ClinicSchema, data);
  if (!result.success) return defaultClinic;
  const {
    clinicName,
    contactLine,
    emergencyNumber,
    idleMinutes,
    pin,
    lockedUntil,
    language,
    offersNeedling,
    interestStatement,
  } = result.output;
  return {
    clinicName,
    contactLine,
    emergencyNumber,
    idleMinutes,
    pin,
    lockedUntil,
    language,
    offersNeedling,
    interestStatement,
  };
}

export function serializeClinicSettings(clinic: ClinicSettings): string {
  return JSON.stringify({ version: 1, ...clinic });
}

/** A clinic's edit on the staff screen, checked by the same rules as the stored form. */
export function updateClinicSettings(
  clinic: ClinicSettings,
  change: Partial<
    Pick<
      ClinicSettings,
      | 'clinicName'
      | 'contactLine'
      | 'emergencyNumber'
      | 'idleMinutes'
      | 'pin'
      | 'lockedUntil'
      | 'language'
      | 'offersNeedling'
      | 'interestStatement'
    >
  >,
): ClinicSettings {
  return parseClinicSettings(serializeClinicSettings({ ...clinic, ...change }));
}

const UrlSchema = v.object({
  mode: v.optional(v.picklist(modes)),
  lang: v.optional(v.picklist(languages)),
  // The rest is for a clinic's website (mode=embed), from the snippet's data- options (embed.js).
  // An exact origin, as browsers write it: https://clinic.example or http://localhost:8080, no path.
  parent: v.optional(v.pipe(v.string(), v.regex(/^https?:\/\/[\w.-]+(:\d+)?$/))),
  // A colour as #rrggbb and nothing else, so nothing else can reach a style.
  accent: v.optional(v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i))),
  clinic: v.optional(plainText(80)),
  idle: v.optional(
    v.pipe(
      v.string(),
      v.transform(Number),
      v.integer(),
      v.minValue(idleMinutesRange.min),
      v.maxValue(idleMinutesRange.max),
    ),
  ),
});

export interface ReadSettings {
  readonly settings: Settings;
  /** What was ignored, for the console: a clinic's typo should be findable, never shown to a patient. */
  readonly warnings: readonly string[];
}

/**
 * The app's settings from the page's query string (`location.search`) and the clinic's saved
 * settings (the stored JSON, or null). Unknown parameters are ignored; a known parameter with a
 * value it does not allow is ignored with a warning.
 */
export function readSettings(search: string, storedClinic: string | null): ReadSettings {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const raw: Record<string, string> = {};
  for (const key of Object.keys(UrlSchema.entries)) {
    const value = params.get(key);
    if (value === null) continue;
    const entry = v.safeParse(UrlSchema.entries[key as keyof typeof UrlSchema.entries], value);
    if (entry.success) raw[key] = value;
    else warnings.push(`Ignored the URL parameter ${key}: it does not take the value given.`);
  }
  const url = v.parse(UrlSchema, raw);
  const mode = url.mode ?? 'personal';
  const embed = mode === 'embed';
  // A frame on a clinic's website keeps nothing on the device, the clinic's settings included:
  // what it needs comes in its URL. Idle erase there only if asked for.
  const clinic = embed
    ? { ...defaultClinic, clinicName: url.clinic ?? '', idleMinutes: url.idle ?? idleMinutesRange.default }
    : parseClinicSettings(storedClinic);
  const effects = embed ? { ...effectsByMode.embed, idleErase: url.idle !== undefined } : effectsByMode[mode];
  const host = { parentOrigin: url.parent, accent: url.accent };
  return { settings: { mode, lang: url.lang, effects, clinic, host }, warnings };
}
