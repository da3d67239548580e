/** Saves bytes or text as a file the browser downloads: a Blob and a temporary link, nothing sent anywhere. */
export function download(name: string, data: string | Uint8Array, type: string): void {
  // A copy of the bytes: a Blob takes a view of an ArrayBuffer, not of a SharedArrayBuffer.
  const url = URL.createObjectURL(new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the browser reads the Blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
