import { useId, useMemo, useRef } from "react";
import { Link } from "wouter";
import { Field } from "../../components/Field";
import type { Resource } from "../../domain/pack/schema";
import { filterResources, isFiltering, type ResourceFilter } from "../../domain/resources/filter";
import { EMERGENCY_ID, REGION_LABELS, REGIONS, type Region } from "../../domain/help";
import { GROUP_LABELS, groupResources, type GroupKind } from "../../domain/resources/groups";
import type { WorkKind } from "../../domain/resources/filter";
import {
  NEED_LABELS,
  needsInUse,
  WORK_LABELS,
  workKindsInUse,
  type ResourceNeed,
} from "../../domain/resources/needs";
import { ResourceCard } from "./ResourceCard";

const ALWAYS_OPEN = new Set<GroupKind>(["emergency", "own", "urgent"]);

interface ResourceSectionProps {
  resources: readonly Resource[];
  filter: ResourceFilter;
  onFilter: (filter: ResourceFilter) => void;
}

function countText(shown: number, total: number, filtering: boolean): string {
  const noun = (n: number) => (n === 1 ? "service" : "services");
  if (!filtering) return `Showing all ${total} ${noun(total)}`;
  if (shown === 0) return "No services match";
  return `Showing ${shown} of ${total} ${noun(total)}`;
}

/** Search, the need choices, a spoken count and the matching services. */
export function ResourceSection({ resources, filter, onFilter }: ResourceSectionProps) {
  const id = useId();
  const search = useRef<HTMLInputElement>(null);
  const shown = useMemo(() => filterResources(resources, filter), [resources, filter]);
  const groups = useMemo(() => groupResources(shown, EMERGENCY_ID), [shown]);
  const needs = useMemo(() => needsInUse(resources), [resources]);
  const workKinds = useMemo(() => workKindsInUse(resources), [resources]);
  const filtering = isFiltering(filter);

  function toggleNeed(need: ResourceNeed, on: boolean) {
    const chosen = new Set(filter.needs);
    if (on) chosen.add(need);
    else chosen.delete(need);
    onFilter({ ...filter, needs: needs.filter((candidate) => chosen.has(candidate)) });
  }

  function clear() {
    onFilter({ query: "", needs: [], region: null, work: null });
    // The button goes away once cleared: put the person back in the search box.
    search.current?.focus();
  }

  return (
    <section className="section" aria-labelledby="services-heading">
      <h2 id="services-heading" tabIndex={-1}>
        Support services
      </h2>
      <form role="search" className="resource-search" onSubmit={(event) => event.preventDefault()}>
        <Field
          ref={search}
          id={`${id}-query`}
          label="Search"
          hint="A name, a place, or words like “listen” or “text”."
          kind="search"
          enterKeyHint="search"
          value={filter.query}
          onChange={(event) => onFilter({ ...filter, query: event.target.value })}
        />
        <div className="filter-selects">
          <Field
            id={`${id}-region`}
            label="Where you work"
            kind="select"
            options={[
              { value: "", label: "All of the UK" },
              ...REGIONS.map((region) => ({ value: region, label: REGION_LABELS[region] })),
            ]}
            value={filter.region ?? ""}
            onChange={(event) =>
              onFilter({ ...filter, region: (event.target.value || null) as Region | null })
            }
          />
          {workKinds.length > 0 ? (
            <Field
              id={`${id}-work`}
              label="Your kind of work"
              kind="select"
              options={[
                { value: "", label: "Any work" },
                ...workKinds.map((kind) => ({ value: kind, label: WORK_LABELS[kind] })),
              ]}
              value={filter.work ?? ""}
              onChange={(event) =>
                onFilter({ ...filter, work: (event.target.value || null) as WorkKind | null })
              }
            />
          ) : null}
        </div>
        <fieldset className="choices need-filter" aria-describedby={`${id}-needs-hint`}>
          <legend>What would help?</legend>
          <p className="hint" id={`${id}-needs-hint`}>
            Choose any that fit. You will see services for any of them.
          </p>
          <div className="need-options">
            {needs.map((need) => (
              <label key={need} className="choice checkbox need-option">
                <input
                  autoComplete="off"
                  type="checkbox"
                  checked={filter.needs.includes(need)}
                  onChange={(event) => toggleNeed(need, event.target.checked)}
                />
                {NEED_LABELS[need]}
              </label>
            ))}
          </div>
        </fieldset>
      </form>
      <div className="result-bar">
        <p role="status" className="result-count">
          {countText(shown.length, resources.length, filtering)}
        </p>
        {filtering ? (
          <button type="button" className="button secondary small" onClick={clear}>
            Clear search and choices
          </button>
        ) : null}
      </div>
      {shown.length === 0 ? (
        <div className="panel empty-state">
          <p>
            <strong>Nothing matches your search.</strong>
          </p>
          <p>Try fewer words, check the spelling, or untick some of the choices.</p>
          <p>
            If you need someone to talk to now, <Link href="~/help">see Help now</Link>.
          </p>
        </div>
      ) : (
        groups.map((group) => {
          const list = (
            <ul className="contact-list resource-list" aria-labelledby={`${id}-${group.kind}`}>
              {group.resources.map((resource) => (
                <ResourceCard key={resource.id} resource={resource} kind={group.kind} />
              ))}
            </ul>
          );
          const heading = <h3 id={`${id}-${group.kind}`}>{GROUP_LABELS[group.kind]}</h3>;
          // 999, crisis lines and the organisation's own always show; the other kinds
          // are one tap each, and open by themselves once a search or choice narrows them.
          return ALWAYS_OPEN.has(group.kind) ? (
            <div key={group.kind} className={`resource-group ${group.kind}`}>
              {heading}
              {list}
            </div>
          ) : (
            <details
              key={group.kind}
              className={`resource-group disclosure section-disclosure ${group.kind}`}
              open={filtering}
            >
              <summary>
                {heading}
                <span className="group-count">({group.resources.length})</span>
              </summary>
              {list}
            </details>
          );
        })
      )}
    </section>
  );
}
