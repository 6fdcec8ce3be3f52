import { PageHeader } from '../../ui/page/page-header.component';
import { Tabs } from '../../ui/tabs/tabs.component';
import { StackCompliance } from './stack-compliance.component';
import { STACK_TABS, stackHref, useStackParams } from './stack-data';
import { StackEndOfLife } from './stack-eol.component';
import { StackFilters } from './stack-filters.component';
import { StackLanguages } from './stack-languages.component';
import { StackScans } from './stack-scans.component';
import { StackTechnologies } from './stack-technologies.component';
import { StackUsages } from './stack-usages.component';
import { StackVersions } from './stack-versions.component';
import './stack.css';

/** `/strategy/stack`: what the repositories really use — technologies, radar compliance, versions, end of life, languages. */
export function StackPage() {
  const { params, state, set } = useStackParams();
  return (
    <div className="page stack-page">
      <PageHeader
        title="Stack"
        description="What the repositories really use, read from their manifests, lockfiles and SBOMs, and how it compares with the tech radar."
      />
      <Tabs
        label="Stack views"
        items={STACK_TABS.map((t) => ({
          to: stackHref(params, { tab: t.id === 'technologies' ? undefined : t.id, pkg: undefined }),
          label: t.label,
          current: state.tab === t.id,
        }))}
      />
      <StackFilters state={state} set={set} />
      {state.entry ? <StackUsages state={state} params={params} /> : null}
      {state.tab === 'technologies' ? <StackTechnologies state={state} params={params} /> : null}
      {state.tab === 'compliance' ? <StackCompliance state={state} params={params} /> : null}
      {state.tab === 'versions' ? <StackVersions state={state} params={params} set={set} /> : null}
      {state.tab === 'eol' ? <StackEndOfLife state={state} /> : null}
      {state.tab === 'languages' ? <StackLanguages state={state} /> : null}
      {state.tab === 'scans' ? <StackScans /> : null}
    </div>
  );
}
