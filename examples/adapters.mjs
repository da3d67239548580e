// Instants (a JS Date, a luxon DateTime, an ISO timestamp with offset) become the day they fall
// on in Vietnam (UTC+7), whatever the machine's time zone. Run: node examples/adapters.mjs
import { DateTime } from 'luxon';
import { isWorkingDay, detailed } from 'vn-deadlines';

// 23:30 on Fri 24/01/2025 in Hà Nội is still Friday, a working day…
console.log(isWorkingDay(new Date('2025-01-24T16:30:00Z')));
// …but 00:30 on Sat 25/01 is the first day of the Tết break.
console.log(isWorkingDay(DateTime.fromISO('2025-01-25T00:30', { zone: 'Asia/Ho_Chi_Minh' })));
console.log(isWorkingDay('2025-01-24T23:30:00Z')); // 06:30 on Saturday in Hà Nội

// Every answer can say what it rests on: 2027 has no official arrangements yet.
console.log(detailed().addWorkingDays('2026-12-28', 5));
