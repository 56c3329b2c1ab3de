import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ActorRefFrom } from 'xstate';
import { languageNames, languages } from '../content/languages';
import type { Answers } from '../domain/answers';
import type { Deciding } from '../domain/deciding';
import { canHashPins, hashPin, isValidPin } from '../domain/pin';
import { idleMinutesRange, isValidEmergencyNumber } from '../domain/settings';
import { hasSummary, summarize } from '../domain/summary';
import { staffMachine } from '../machine/staffMachine';
import { useContent } from './content';
import { useResultsContent } from './resultsContent';
import { PhysioSummary } from './PhysioSummary';
import { useSettings } from './settings';
import { useScreenFocus } from './useScreenFocus';

type StaffActor = ActorRefFrom<typeof staffMachine>;

function PinField({
  label,
  hint,
  error,
  name,
}: {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  name: string;
}) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      <input
        id={id}
        name={name}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        // After a wrong PIN the form starts afresh: put the person back in the field, with its message.
        autoFocus={error !== undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
    </div>
  );
}

function useSecondsUntil(time: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);
  return Math.max(0, Math.ceil((time - now) / 1000));
}

function LockedOut({ until }: { until: number }) {
  const { staff } = useContent();
  const seconds = useSecondsUntil(until);
  return <p className="error-message">{staff.lockedOut(seconds)}</p>;
}

const field = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '');

function PinGate({ actor, close }: { actor: StaffActor; close: () => void }) {
  const { staff } = useContent();
  const state = useSelector(actor, (snapshot) => snapshot.value);
  const { problem, failures, lockedUntil } = useSelector(actor, (snapshot) => snapshot.context);

  if (!canHashPins()) {
    return (
      <>
        <h1 tabIndex={-1}>{staff.pinTitle}</h1>
        <p>{staff.noSecureContext}</p>
        <div className="actions">
          <button type="button" className="button secondary" onClick={close}>
            {staff.close}
          </button>
        </div>
      </>
    );
  }

  if (state === 'choosePin' || state === 'savingPin') {
    const submit = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = event.currentTarget;
      actor.send({ type: 'pin.choose', pin: field(form, 'pin'), again: field(form, 'again') });
    };
    return (
      <form onSubmit={submit} noValidate>
        <h1 tabIndex={-1}>{staff.setPinTitle}</h1>
        <p>{staff.setPinLead}</p>
        <PinField
          name="pin"
          label={staff.pinLabel}
          hint={staff.pinHint}
          error={problem === 'invalid' ? staff.pinInvalid : undefined}
        />
        <PinField
          name="again"
          label={staff.pinAgainLabel}
          error={problem === 'mismatch' ? staff.pinMismatch : undefined}
        />
        <div className="actions">
          <button type="submit" className="button primary" disabled={state === 'savingPin'}>
            {staff.savePin}
          </button>
          <button type="button" className="button secondary" onClick={close}>
            {staff.close}
          </button>
        </div>
      </form>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    actor.send({ type: 'pin.enter', pin: field(event.currentTarget, 'pin') });
  };
  const error =
    problem === 'invalid' ? staff.pinInvalid : problem === 'wrong' ? staff.pinWrong(3 - failures) : undefined;
  return (
    <form onSubmit={submit} noValidate key={failures}>
      <h1 tabIndex={-1}>{staff.pinTitle}</h1>
      {state === 'lockedOut' ? (
        <LockedOut until={lockedUntil} />
      ) : (
        <PinField name="pin" label={staff.pinLabel} hint={staff.pinHint} error={error} />
      )}
      <div className="actions">
        {state !== 'lockedOut' && (
          <button type="submit" className="button primary">
            {staff.unlock}
          </button>
        )}
        <button type="button" className="button secondary" onClick={close}>
          {staff.close}
        </button>
      </div>
    </form>
  );
}

function ClinicSettingsForm({ actor }: { actor: StaffActor }) {
  const { staff, lang } = useContent();
  const { clinicInterest } = useResultsContent();
  const { settings, updateClinic } = useSettings();
  const { clinic } = settings;
  const [saved, setSaved] = useState(false);
  const [pinProblem, setPinProblem] = useState(false);
  const [numberProblem, setNumberProblem] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const newPin = field(form, 'newPin');
    const emergencyNumber = field(form, 'emergencyNumber');
    const badPin = newPin !== '' && !isValidPin(newPin);
    const badNumber = !isValidEmergencyNumber(emergencyNumber);
    setPinProblem(badPin);
    setNumberProblem(badNumber);
    if (badPin || badNumber) {
      setSaved(false);
      return;
    }
    // A new PIN goes through the staff screen's own record of it, which keeps it on the device.
    if (newPin !== '') actor.send({ type: 'pin.replace', record: await hashPin(newPin) });
    updateClinic({
      clinicName: field(form, 'clinicName'),
      contactLine: field(form, 'contactLine'),
      emergencyNumber,
      idleMinutes: Number(field(form, 'idleMinutes')),
      language: languages.find((code) => code === field(form, 'language')),
      offersNeedling: new FormData(form).get('offersNeedling') === 'yes',
      interestStatement: field(form, 'interestStatement'),
    });
    form.reset();
    setSaved(true);
  };

  const minutes = Array.from(
    { length: idleMinutesRange.max - idleMinutesRange.min + 1 },
    (_, i) => idleMinutesRange.min + i,
  );
  return (
    <section aria-labelledby="clinic-settings" className="no-print">
      <h2 id="clinic-settings">{staff.settingsTitle}</h2>
      <p>{staff.settingsLead}</p>
      <form onSubmit={submit} noValidate key={JSON.stringify(clinic)}>
        <div className="field">
          <label htmlFor="clinic-name">{staff.clinicName}</label>
          <input
            id="clinic-name"
            name="clinicName"
            type="text"
            maxLength={80}
            defaultValue={clinic.clinicName}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor="contact-line">{staff.contactLine}</label>
          <p className="hint" id="contact-line-hint">
            {staff.contactHint}
          </p>
          <input
            id="contact-line"
            name="contactLine"
            type="text"
            maxLength={160}
            defaultValue={clinic.contactLine}
            aria-describedby="contact-line-hint"
            autoComplete="off"
          />
        </div>
        <div className={numberProblem ? 'field has-error' : 'field'}>
          <label htmlFor="emergency-number">{staff.emergencyNumber}</label>
          <p className="hint" id="emergency-number-hint">
            {staff.emergencyHint}
          </p>
          {numberProblem && (
            <p className="error-message" id="emergency-number-error">
              {staff.emergencyInvalid}
            </p>
          )}
          <input
            id="emergency-number"
            name="emergencyNumber"
            type="tel"
            maxLength={20}
            defaultValue={clinic.emergencyNumber}
            aria-invalid={numberProblem ? true : undefined}
            aria-describedby={numberProblem ? 'emergency-number-hint emergency-number-error' : 'emergency-number-hint'}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor="idle-minutes">{staff.idleMinutes}</label>
          <p className="hint" id="idle-minutes-hint">
            {staff.idleHint}
          </p>
          <select
            id="idle-minutes"
            name="idleMinutes"
            defaultValue={clinic.idleMinutes}
            aria-describedby="idle-minutes-hint"
          >
            {minutes.map((n) => (
              <option key={n} value={n}>
                {staff.minutes(n)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="tablet-language">{staff.language}</label>
          <p className="hint" id="tablet-language-hint">
            {staff.languageHint}
          </p>
          <select
            id="tablet-language"
            name="language"
            defaultValue={clinic.language ?? lang}
            aria-describedby="tablet-language-hint"
          >
            {languages.map((code) => (
              <option key={code} value={code} lang={code}>
                {languageNames[code]}
              </option>
            ))}
          </select>
        </div>
        <div className="field choices checkboxes">
          <div className="choice">
            <input
              id="offers-needling"
              name="offersNeedling"
              type="checkbox"
              value="yes"
              defaultChecked={clinic.offersNeedling}
            />
            <label htmlFor="offers-needling">{clinicInterest.offersLabel}</label>
          </div>
        </div>
        <div className="field">
          <label htmlFor="interest-statement">{clinicInterest.statementLabel}</label>
          <p className="hint" id="interest-statement-hint">
            {clinicInterest.statementHint}
          </p>
          <textarea
            id="interest-statement"
            name="interestStatement"
            maxLength={300}
            rows={3}
            defaultValue={clinic.interestStatement}
            aria-describedby="interest-statement-hint"
            autoComplete="off"
          />
        </div>
        <PinField
          name="newPin"
          label={staff.newPin}
          hint={staff.newPinHint}
          error={pinProblem ? staff.pinInvalid : undefined}
        />
        <div className="actions">
          <button type="submit" className="button secondary">
            {staff.save}
          </button>
        </div>
        <p role="status" className="status">
          {saved ? staff.saved : ''}
        </p>
      </form>
    </section>
  );
}

interface Props {
  answers: Answers;
  deciding: Deciding;
  onNextPatient: () => void;
  onClose: () => void;
}

/**
 * The front desk's screen, behind the clinic's PIN: the next patient, the last patient's
 * summary, this tablet's settings. Its code loads only on the waiting-room tablet.
 */
export function StaffScreen({ answers, deciding, onNextPatient, onClose }: Props) {
  const content = useContent();
  const { staff } = content;
  const { settings, updateClinic } = useSettings();
  const { clinic } = settings;
  const actor = useActorRef(staffMachine, { input: { pin: clinic.pin, lockedUntil: clinic.lockedUntil } });
  const open = useSelector(actor, (snapshot) => snapshot.matches('open'));
  const pin = useSelector(actor, (snapshot) => snapshot.context.pin);
  const lockedUntil = useSelector(actor, (snapshot) => snapshot.context.lockedUntil);
  const container = useRef<HTMLDivElement>(null);
  useScreenFocus(open ? 'staff' : 'staff-pin', container, content.appTitle);

  // The PIN's hash and a lock-out are kept with the clinic's settings, so a reload lifts neither.
  useEffect(() => {
    if (pin?.hash !== clinic.pin?.hash || lockedUntil !== clinic.lockedUntil) updateClinic({ pin, lockedUntil });
  }, [pin, lockedUntil, clinic, updateClinic]);

  if (!open) {
    return (
      <div ref={container}>
        <PinGate actor={actor} close={onClose} />
      </div>
    );
  }
  return (
    <div ref={container}>
      <h1 tabIndex={-1} className="no-print">
        {staff.title}
      </h1>
      <p className="hint no-print" id="next-patient-hint">
        {staff.nextPatientHint}
      </p>
      <div className="actions no-print">
        <button type="button" className="button primary" onClick={onNextPatient} aria-describedby="next-patient-hint">
          {staff.nextPatient}
        </button>
        <button type="button" className="button secondary" onClick={onClose}>
          {staff.close}
        </button>
      </div>
      {hasSummary(answers) ? (
        <>
          <PhysioSummary summary={summarize(answers, deciding)} madeOn={new Date()} />
          <div className="actions no-print">
            <button type="button" className="button secondary" onClick={() => window.print()}>
              {staff.print}
            </button>
          </div>
        </>
      ) : (
        <>
          <h2>{staff.summaryTitle}</h2>
          <p>{staff.noSummary}</p>
        </>
      )}
      <ClinicSettingsForm actor={actor} />
    </div>
  );
}
