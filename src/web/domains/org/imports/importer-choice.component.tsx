import type { Importer } from './import-api';

/** Step 1: which importer reads the file. Importers that read folders or clones run from the CLI only. */
export function ImporterChoice({
  importers,
  value,
  onChange,
}: {
  importers: Importer[];
  value: string | null;
  onChange: (kind: string) => void;
}) {
  return (
    <fieldset className="importer-choice">
      <legend className="visually-hidden">Importer</legend>
      {importers.map((i) => {
        const id = `importer-${i.kind}`;
        return (
          <div
            key={i.kind}
            className={`importer-choice__option${value === i.kind ? ' importer-choice__option--checked' : ''}${
              i.upload ? '' : ' importer-choice__option--disabled'
            }`}
          >
            <input
              id={id}
              type="radio"
              name="importer"
              value={i.kind}
              checked={value === i.kind}
              disabled={!i.upload}
              onChange={() => onChange(i.kind)}
              aria-describedby={`${id}-description`}
            />
            <span className="importer-choice__text">
              {/* The label covers the whole card (see the CSS), so a click anywhere chooses it. */}
              <label htmlFor={id} className="importer-choice__kind">
                {i.kind}
              </label>
              <span id={`${id}-description`} className="importer-choice__description">
                {i.description}. Reads {i.input}.
                {i.upload ? null : (
                  <>
                    {' '}
                    Runs from the command line only: <code>quarterdeck import {i.kind} …</code>
                  </>
                )}
              </span>
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}
