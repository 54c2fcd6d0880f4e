// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installMessages } from '../format/test-messages';
import { ClaimLine } from './ClaimLine';
import { COPIED_VISIBLE_MS } from './CopyCitationButton';
import { JCS, JCS_CAS_JAN, makeClaim, NIS, PENTAGON_CAS_VAGUE } from './test-fixtures';

beforeEach(() => installMessages('en'));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('ClaimLine', () => {
  it('shows estimator, hedged value, metric, date and a safe outlet link', () => {
    const { container } = render(<ClaimLine claim={JCS_CAS_JAN} estimator={JCS} locale="en" />);
    const text = container.textContent ?? '';
    expect(text).toContain('JCS');
    expect(text).toContain('about 4,000');
    expect(text).toContain('killed or wounded');
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe('2025-01-13');
    expect(text).toContain('Jan 13, 2025');
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('https://en.yna.co.kr/view/AEN20250113000351315');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toContain('Yonhap');
  });

  it('can leave the metric out when the context names it', () => {
    const { container } = render(<ClaimLine claim={JCS_CAS_JAN} estimator={JCS} locale="en" hideMetric />);
    expect(container.textContent).toContain('about 4,000');
    expect(container.textContent).not.toContain('killed or wounded');
  });

  it('renders a non-http(s) source as plain text, and hostile strings as text', () => {
    const hostile = makeClaim({
      id: 'user-1',
      estimator: '<img src=x onerror=alert(1)>',
      value: 5000,
      sources: [{ outlet: '<b>Evil</b>', url: 'javascript:alert(1)', publishedOn: '2025-01', lang: 'en' }],
    });
    const { container } = render(<ClaimLine claim={hostile} locale="en" />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('<b>Evil</b>');
  });

  it('marks imported claims as yours and weak sources as weak', () => {
    const { rerender } = render(<ClaimLine claim={JCS_CAS_JAN} estimator={JCS} locale="en" />);
    expect(screen.queryByText('yours')).toBeNull();
    expect(screen.queryByText('weak source')).toBeNull();
    rerender(
      <ClaimLine
        claim={JCS_CAS_JAN}
        estimator={JCS}
        locale="en"
        isUserClaim={(c) => c.id === JCS_CAS_JAN.id}
      />,
    );
    expect(screen.getByText('yours')).toBeTruthy();
    rerender(<ClaimLine claim={PENTAGON_CAS_VAGUE} locale="en" />);
    expect(screen.getByText('weak source').getAttribute('title')).toBeTruthy();
    expect(screen.getByText('several hundred')).toBeTruthy();
  });

  it('copies a plain-text citation and confirms visibly, then clears the confirmation', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const copyText = vi.fn(() => Promise.resolve());
    const claim = makeClaim({ id: 'nis-killed', metric: 'killed', value: 300 });
    render(<ClaimLine claim={claim} estimator={NIS} locale="en" copyText={copyText} />);
    const button = screen.getByRole('button', { name: 'Copy citation: NIS, Jan 13, 2025' });
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied'));
    expect(copyText).toHaveBeenCalledWith(
      'NIS (South Korea), 2025-01-13: about 300 killed — Yonhap, https://en.yna.co.kr/view/AEN20250113000351315',
    );
    vi.advanceTimersByTime(COPIED_VISIBLE_MS + 10);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
  });

  it('says so when the clipboard refuses', async () => {
    render(
      <ClaimLine
        claim={JCS_CAS_JAN}
        estimator={JCS}
        locale="en"
        copyText={() => Promise.reject(new Error('denied'))}
      />,
    );
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Could not copy'));
  });

  it('uses navigator.clipboard by default', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    render(<ClaimLine claim={JCS_CAS_JAN} estimator={JCS} locale="en" />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(String(writeText.mock.calls[0])).toContain(
      'JCS (South Korea), 2025-01-13: about 4,000 killed or wounded',
    );
  });
});
