// An agency's own closure, as data (validated against holidays/overlay.schema.json), layered on
// the official calendar without changing it. Run: node examples/overlay-closure.mjs
import { addWorkingDays, createCalendar } from 'vn-deadlines';
import { parseOverlay } from 'vn-deadlines/validate';

const closure = {
  name: { vi: 'Sở Tư pháp Hải Phòng', en: 'Hải Phòng Department of Justice' },
  entries: [{ date: '2025-06-02', kind: 'dayOff', name: { vi: 'Chuyển trụ sở', en: 'Office move' } }],
};
const agency = createCalendar({ overlays: [parseOverlay(closure, 'closure')] });

console.log('official: 2025-05-30 + 1 =', addWorkingDays('2025-05-30', 1));
console.log('agency:   2025-05-30 + 1 =', agency.addWorkingDays('2025-05-30', 1));
console.log('why:', agency.dayInfo('2025-06-02').reasons[0].name.en);
