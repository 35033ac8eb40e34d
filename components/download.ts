/** Saves text as a file through the browser's download of a Blob URL (no network, no permission). */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Revoke after the click has been handled; revoking at once can cancel the download in Chrome.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
