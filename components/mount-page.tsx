import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import './theme.css';
import './controls.css';
import './panel.css';
import './options.css';

/** Mounts an extension page's React tree into its `#root`. */
export function mountPage(node: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('Kept: page has no #root element');
  createRoot(root).render(<StrictMode>{node}</StrictMode>);
}
