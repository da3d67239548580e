// Instants (a JS Date, a luxon DateTime, an ISO timestamp with offset) become the day they fall
// on in Vietnam (UTC+7), whatever the machine's time zone. Run: node examples/adapters.mjs
import { DateTime } from 'luxon';
import { isWorkingDay, detailed, getDefaultCalendar } from 'vn-deadlines';

// 23:30 on Fri 24/01/2025 in Hà Nội is still Friday, a working day…
console.log(isWorkingDay(new Date('2025-01-24T16:30:00Z')));
// …but 00:30 on Sat 25/01 is the first day of the Tết break.
console.log(isWorkingDay(DateTime.fromISO('2025-01-25T00:30', { zone: 'Asia/Ho_Chi_Minh' })));
console.log(isWorkingDay('2025-01-24T23:30:00Z')); // 06:30 on Saturday in Hà Nội

// Every answer can say what it rests on: the year after the last official one has no official
// arrangements yet (2027 as this is written: 2026-12-28 + 5 → '2027-01-05', provisional: true).
const next = Math.max(...getDefaultCalendar().officialYears) + 1;
console.log(detailed().addWorkingDays(`${next - 1}-12-28`, 5));
