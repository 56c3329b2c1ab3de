import { createContext, useContext } from 'react';
import { defaultClinic, readSettings, type ClinicSettings, type Settings } from '../domain/settings';

export interface SettingsValue {
  readonly settings: Settings;
  /** Saves a clinic's change on this device; the schema in domain/settings.ts checks it first. */
  readonly updateClinic: (change: Partial<ClinicSettings>) => void;
}

export const defaultSettings: Settings = readSettings('', null).settings;

export const SettingsContext = createContext<SettingsValue>({
  settings: { ...defaultSettings, clinic: defaultClinic },
  updateClinic: () => undefined,
});

export function useSettings(): SettingsValue {
  return useContext(SettingsContext);
}
