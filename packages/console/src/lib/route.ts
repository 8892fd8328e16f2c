import { useEffect, useState } from 'react';

export type Page = 'dashboard' | 'centers' | 'queues' | 'search-gaps' | 'people' | 'audit';
const PAGES: Page[] = ['dashboard', 'centers', 'queues', 'search-gaps', 'people', 'audit'];

/** The page in the address: #/centers, #/queues, #/search-gaps, #/people, #/audit; anything else (#/, #/?x) is the dashboard. */
export function pageOf(hash: string): Page {
  const name = hash.replace(/^#\/?/, '').split(/[?/]/)[0];
  return (PAGES as string[]).includes(name) ? (name as Page) : 'dashboard';
}

export function useHashPage(): [Page, (page: Page) => void] {
  const [page, setPage] = useState(() => pageOf(window.location.hash));
  useEffect(() => {
    const onChange = () => setPage(pageOf(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [page, (p) => (window.location.hash = `#/${p === 'dashboard' ? '' : p}`)];
}
