// Calendar queries on the default calendar: is a day a working day, and why; working-day
// arithmetic; the days off in a range. Run: node examples/calendar-queries.mjs
import { addWorkingDays, dayInfo, isWorkingDay, nonWorkingDays, roll, workingDaysBetween } from 'vn-deadlines';

// A ministry decision on Mon 20/01/2025; ten working days later, Tết Ất Tỵ skipped.
console.log('2025-01-20 + 10 working days =', addWorkingDays('2025-01-20', 10));
console.log('working days from 2025-01-20 to 2025-02-10 =', workingDaysBetween('2025-01-20', '2025-02-10'));

// Sat 26/04/2025 was worked to pay for Fri 02/05/2025.
const info = dayInfo('2025-04-26');
console.log('2025-04-26 working?', isWorkingDay('2025-04-26'), '—', info.reasons[0].name.en, `[${info.reasons[0].documents[0].id}]`);

// A period that ends on a day off: roll it.
console.log('roll 2025-01-27 following =', roll('2025-01-27', 'following'));

// Every day off of the 30/4–1/5 break in 2025, with its reason.
for (const d of nonWorkingDays('2025-04-30', '2025-05-04')) {
  console.log(' ', d.date, d.reasons.map((r) => r.name.vi).join('; '));
}
