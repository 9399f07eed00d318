// Printing one sheet of a page (a member card, a help slip, an hours slip): the sheet is
// marked, the body says a sheet is being printed, and the print style shows only that.
// Without an inline style: the CSP allows none.
export function printSheet(sheet: HTMLElement | undefined): void {
  if (!sheet) return;
  document.body.dataset.print = 'sheet';
  sheet.classList.add('printing');
  const done = () => {
    delete document.body.dataset.print;
    sheet.classList.remove('printing');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
