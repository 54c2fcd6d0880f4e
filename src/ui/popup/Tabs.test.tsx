// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { TabPanel, Tabs } from './Tabs';

afterEach(cleanup);

function Harness() {
  const [selected, setSelected] = useState('a');
  return (
    <>
      <Tabs
        label="Views"
        selected={selected}
        onSelect={setSelected}
        tabs={[
          { id: 'a', label: 'First' },
          { id: 'b', label: 'Second' },
        ]}
      />
      <TabPanel id="a" selected={selected === 'a'}>
        one
      </TabPanel>
      <TabPanel id="b" selected={selected === 'b'}>
        two
      </TabPanel>
    </>
  );
}

describe('Tabs', () => {
  it('moves with arrow keys, keeps only the selected tab in the tab order, and labels its panel', () => {
    render(<Harness />);
    const [first, second] = screen.getAllByRole('tab');
    expect(screen.getByRole('tablist', { name: 'Views' })).toBeTruthy();
    expect(first!.getAttribute('tabindex')).toBe('0');
    expect(second!.getAttribute('tabindex')).toBe('-1');
    first!.focus();
    fireEvent.keyDown(first!, { key: 'ArrowRight' });
    const [, nowSecond] = screen.getAllByRole('tab');
    expect(nowSecond!.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(nowSecond);
    expect(screen.getByRole('tabpanel', { name: 'Second' }).textContent).toBe('two');
    fireEvent.keyDown(nowSecond!, { key: 'ArrowRight' });
    expect(screen.getAllByRole('tab')[0]!.getAttribute('aria-selected')).toBe('true');
  });
});
