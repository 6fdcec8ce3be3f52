import { EmptyState } from '../../ui/empty-state/empty-state.component';

/** Nothing scanned yet: how to fill the stack inventory. */
export function StackNothingScanned() {
  return (
    <EmptyState title="No repository has been scanned yet" command="quarterdeck import stack path/to/clone">
      <p>
        Scan a local clone or a folder (only changed manifests are read again), every clone Quarterdeck knows
        with <code>quarterdeck import stack . -o clones=all</code>, or import a CycloneDX SBOM with{' '}
        <code>quarterdeck import sbom bom.json -o repository=owner/name</code>. Clones imported with{' '}
        <code>quarterdeck import git</code> are scanned every night.
      </p>
    </EmptyState>
  );
}
