// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installMessages } from '../format/test-messages';
import { SiteListEditor } from './SiteListEditor';

beforeEach(() => installMessages('en'));
afterEach(cleanup);

describe('SiteListEditor', () => {
  it('says what is wrong with a bad entry and saves nothing', () => {
    const onChange = vi.fn();
    render(<SiteListEditor sites={[]} onChange={onChange} />);
    const input = screen.getByRole('textbox', { name: 'Add a site' });
    fireEvent.input(input, { target: { value: 'not a host' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toBe('“not a host” cannot be added: contains spaces');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('site-error');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('says it in the interface language', () => {
    installMessages('ko');
    render(<SiteListEditor sites={[]} onChange={vi.fn()} />);
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'news.*.com' } });
    fireEvent.submit(screen.getByRole('textbox').closest('form')!);
    expect(screen.getByRole('alert').textContent).toBe(
      '“news.*.com”을(를) 추가할 수 없습니다: “*”는 맨 앞이나 맨 뒤에만 올 수 있음',
    );
  });

  it('adds a normalised entry and removes one by its labelled button', () => {
    const onChange = vi.fn();
    render(<SiteListEditor sites={['a.org']} onChange={onChange} />);
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'https://News.Example.com/x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onChange).toHaveBeenLastCalledWith(['a.org', 'news.example.com']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove a.org' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});
