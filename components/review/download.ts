/** Saves text or a data URL as a file through a temporary link (no permission or network needed). */
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  downloadUrl(url, fileName);
  // The click has started the download; the URL is no longer needed once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Every chart stacked under its title, below a heading, into one PNG: a picture of the whole report. */
export function chartsAsPng(charts: { canvas: HTMLCanvasElement; title: string }[], heading: string, background: string, text: string): string {
  const padding = 16;
  const headingFont = 'bold 20px system-ui, sans-serif';
  const titleFont = 'bold 15px system-ui, sans-serif';
  const headingHeight = 40;
  const titleHeight = 24;
  const sheet = document.createElement('canvas');
  const ctx = sheet.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas context');
  ctx.font = headingFont;
  const headingWidth = ctx.measureText(heading).width;
  sheet.width = Math.ceil(Math.max(320, headingWidth, ...charts.map(({ canvas }) => canvas.width)) + 2 * padding);
  sheet.height = headingHeight + charts.reduce((sum, { canvas }) => sum + titleHeight + canvas.height + padding, padding);
  // Resizing a canvas resets its drawing state, so the fonts are set again from here on.
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, sheet.width, sheet.height);
  ctx.fillStyle = text;
  ctx.font = headingFont;
  ctx.fillText(heading, padding, padding + 20);
  let y = headingHeight + padding;
  for (const { canvas, title } of charts) {
    ctx.font = titleFont;
    ctx.fillText(title, padding, y + 16);
    ctx.drawImage(canvas, padding, y + titleHeight);
    y += titleHeight + canvas.height + padding;
  }
  return sheet.toDataURL('image/png');
}
