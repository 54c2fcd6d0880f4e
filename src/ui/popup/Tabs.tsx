import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

/** One tab of {@link Tabs}. */
export type TabSpec = { id: string; label: string };

/** Props of {@link Tabs}. */
export type TabsProps = {
  tabs: readonly TabSpec[];
  selected: string;
  onSelect(id: string): void;
  /** Accessible name of the tab list. */
  label: string;
};

/**
 * An ARIA tab list: the selected tab is the one in the tab order; arrow keys, Home and End move between tabs.
 * Each tab controls the element with id `panel-<id>` (see {@link TabPanel}).
 */
export function Tabs({ tabs, selected, onSelect, label }: TabsProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const move = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    onSelect(tab.id);
    listRef.current?.querySelector<HTMLElement>(`#tab-${tab.id}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.findIndex((tab) => tab.id === selected);
    const target = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    move(target);
  };
  return (
    <div class="tabs" role="tablist" aria-label={label} ref={listRef} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={tab.id === selected}
          aria-controls={`panel-${tab.id}`}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

/** Props of {@link TabPanel}. */
export type TabPanelProps = { id: string; selected: boolean; children: ComponentChildren };

/** The panel of one tab; kept mounted (and its state kept) while another tab is shown. */
export function TabPanel({ id, selected, children }: TabPanelProps) {
  return (
    <div
      class="tab-panel"
      role="tabpanel"
      id={`panel-${id}`}
      aria-labelledby={`tab-${id}`}
      hidden={!selected}
    >
      {children}
    </div>
  );
}
