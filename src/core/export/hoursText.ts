// Minutes as hours the way a Dutch spreadsheet reads a number: a decimal comma, at most
// two decimals, no thousands separator ("1,5" for 90 minutes, "-2,25" for -135). Where
// the exact figure matters the exports give the minutes as well.
export function hoursText(minutes: number): string {
  const hundredths = Math.round((Math.abs(minutes) * 100) / 60);
  const whole = Math.floor(hundredths / 100);
  const fraction = String(hundredths % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  const sign = minutes < 0 && hundredths > 0 ? '-' : '';
  return `${sign}${whole}${fraction ? `,${fraction}` : ''}`;
}
