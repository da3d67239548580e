-- vn-deadlines: the Vietnamese civil-service working-day calendar in DuckDB (tested: test/sql/duckdb.test.ts).
-- Run after loading the table vn_calendar (output of `vn-deadlines export calendar`), e.g.
--   CREATE TABLE vn_calendar AS FROM read_csv('calendar.csv', types = {'data_version': 'VARCHAR'});
-- Columns used: date DATE, is_working_day BOOLEAN, working_day_index INTEGER (working days from
-- the table's first day up to and including `date`). Every answer is a join on working_day_index:
-- O(1) per row, as in the library. Where the library throws (a day outside the table, an answer
-- outside it, n = 0 on a day off) these give NULL, so that one bad row does not stop a query
-- over millions.

-- The working days alone, by index: working_day_index is unique among them.
CREATE OR REPLACE VIEW vn_working_days AS
  SELECT working_day_index, date FROM vn_calendar WHERE is_working_day;

-- n > 0: the n-th working day strictly after d; n < 0: the |n|-th strictly before; n = 0: d
-- itself when it is a working day (else NULL). A day off d counts from the working day before it
-- (it carries that day's index): add_working_days(Saturday, 1) is the next Monday that works.
CREATE OR REPLACE MACRO add_working_days(d, n) AS (
  SELECT max(w.date)
  FROM vn_calendar s, vn_working_days w
  WHERE s.date = CAST(d AS DATE)
    AND (n <> 0 OR s.is_working_day)
    AND w.working_day_index = s.working_day_index + n + CASE WHEN n < 0 AND NOT s.is_working_day THEN 1 ELSE 0 END
);

-- Working days from a to b: for a <= b those d with a < d <= b; for b < a, minus those with
-- b <= d < a. So working_days_between(d, add_working_days(d, n)) = n.
CREATE OR REPLACE MACRO working_days_between(a, b) AS (
  SELECT max(CASE
    WHEN ca.date <= cb.date THEN cb.working_day_index - ca.working_day_index
    ELSE (cb.working_day_index - CAST(cb.is_working_day AS INTEGER)) - (ca.working_day_index - CAST(ca.is_working_day AS INTEGER))
  END)
  FROM vn_calendar ca, vn_calendar cb WHERE ca.date = CAST(a AS DATE) AND cb.date = CAST(b AS DATE)
);

-- The verdict of checkCompliance for a deadline with a plain due day: 'onTime' (done on or
-- before the due day), 'late' (after it), 'tooEarly' (before the window's first day, where
-- there is one), 'open' / 'overdue' (not done: actual NULL, measured at as_of); 'notApplicable'
-- without a due day.
CREATE OR REPLACE MACRO compliance_status(due, actual, as_of, window_start) AS (
  CASE
    WHEN due IS NULL THEN 'notApplicable'
    WHEN actual IS NULL THEN CASE WHEN CAST(as_of AS DATE) > CAST(due AS DATE) THEN 'overdue' ELSE 'open' END
    WHEN CAST(actual AS DATE) > CAST(due AS DATE) THEN 'late'
    WHEN window_start IS NOT NULL AND CAST(actual AS DATE) < CAST(window_start AS DATE) THEN 'tooEarly'
    ELSE 'onTime'
  END
);

-- "Late by N working days" (workingDaysLate): the working days d with due < d <= actual (or
-- as_of when not done); 0 when done or measured on or before the due day.
CREATE OR REPLACE MACRO working_days_late(due, actual, as_of) AS (
  CASE
    WHEN due IS NULL THEN 0
    WHEN CAST(COALESCE(actual, as_of) AS DATE) > CAST(due AS DATE) THEN working_days_between(due, COALESCE(actual, as_of))
    ELSE 0
  END
);

-- The compliance query over a table of records with columns id, due, actual (NULL: not done),
-- as_of and window_start (NULL: no window): FROM vn_compliance('my_records').
CREATE OR REPLACE MACRO vn_compliance(records) AS TABLE
  SELECT
    r.id,
    CAST(r.due AS DATE) AS due,
    CAST(r.actual AS DATE) AS actual,
    compliance_status(r.due, r.actual, r.as_of, r.window_start) AS status,
    CAST(COALESCE(r.actual, r.as_of) AS DATE) - CAST(r.due AS DATE) AS calendar_days,
    working_days_between(r.due, COALESCE(r.actual, r.as_of)) AS working_days,
    working_days_late(r.due, r.actual, r.as_of) AS working_days_late
  FROM query_table(records) r;
