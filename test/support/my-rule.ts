/**
 * A user's rule as the tests load it: 5 working days after the day received (QĐ 1/QĐ-X is made
 * up). Fri 24/01/2025 + 5 working days over Tết (25/01–02/02 off) is Fri 07/02/2025.
 */
export const MY_RULE = {
  id: 'my-agency/reply',
  title: { vi: 'Trả lời', en: 'Reply' },
  source: { document: 'QĐ 1/QĐ-X', date: '2025-01-02', item: '3', text: 'trong 05 ngày làm việc', verbatim: true },
  legalBasis: [{ document: 'QĐ 1/QĐ-X' }],
  facts: { receivedDate: { type: 'date', description: { vi: 'Ngày nhận', en: 'Day received' } } },
  variants: [{ id: 'default', deadline: { kind: 'offset', from: 'receivedDate', amount: 5, unit: 'workingDays', direction: 'after' } }],
};
