-- vn-deadlines: the Vietnamese civil-service working-day calendar in Spark SQL.
-- UNTESTED on Spark: the function bodies are run in DuckDB by test/sql/duckdb.test.ts (the SQL
-- the two share); the CREATE statements themselves are not executed by the tests.
-- SQL functions (CREATE FUNCTION … RETURN) need Spark 4.0 or Databricks; on Spark 3 use the join
-- forms at the end, which are also the ones to use on billions of rows.
-- Load the table first (Parquet keeps the types; see sql/README.md):
--   CREATE OR REPLACE TEMPORARY VIEW vn_calendar USING parquet OPTIONS (path 'calendar.parquet');
-- Where the library throws (a day outside the table, an answer outside it, n = 0 on a day off)
-- these return NULL, so that one bad row does not stop a job.

-- The working days alone, by index: working_day_index is unique among them.
CREATE OR REPLACE TEMPORARY VIEW vn_working_days AS
  SELECT working_day_index, date FROM vn_calendar WHERE is_working_day;

-- n > 0: the n-th working day strictly after d; n < 0: the |n|-th strictly before; n = 0: d
-- itself when it is a working day (else NULL). A day off counts from the working day before it.
CREATE OR REPLACE TEMPORARY FUNCTION add_working_days(d DATE, n INT)
  RETURNS DATE
  RETURN
  SELECT max(w.date)
  FROM vn_calendar s, vn_working_days w
  WHERE s.date = CAST(d AS DATE)
    AND (n <> 0 OR s.is_working_day)
    AND w.working_day_index = s.working_day_index + n + CASE WHEN n < 0 AND NOT s.is_working_day THEN 1 ELSE 0 END;

-- Working days from a to b: for a <= b those d with a < d <= b; for b < a, minus those with b <= d < a.
CREATE OR REPLACE TEMPORARY FUNCTION working_days_between(a DATE, b DATE)
  RETURNS INT
  RETURN
  SELECT max(CASE
    WHEN ca.date <= cb.date THEN cb.working_day_index - ca.working_day_index
    ELSE (cb.working_day_index - CAST(cb.is_working_day AS INT)) - (ca.working_day_index - CAST(ca.is_working_day AS INT))
  END)
  FROM vn_calendar ca, vn_calendar cb WHERE ca.date = CAST(a AS DATE) AND cb.date = CAST(b AS DATE);

-- checkCompliance's verdict for a deadline with a plain due day (actual NULL: not done, measured at as_of).
CREATE OR REPLACE TEMPORARY FUNCTION compliance_status(due DATE, actual DATE, as_of DATE, window_start DATE)
  RETURNS STRING
  RETURN
  CASE
    WHEN due IS NULL THEN 'notApplicable'
    WHEN actual IS NULL THEN CASE WHEN CAST(as_of AS DATE) > CAST(due AS DATE) THEN 'overdue' ELSE 'open' END
    WHEN CAST(actual AS DATE) > CAST(due AS DATE) THEN 'late'
    WHEN window_start IS NOT NULL AND CAST(actual AS DATE) < CAST(window_start AS DATE) THEN 'tooEarly'
    ELSE 'onTime'
  END;

-- "Late by N working days": the working days d with due < d <= actual (or as_of when not done).
CREATE OR REPLACE TEMPORARY FUNCTION working_days_late(due DATE, actual DATE, as_of DATE)
  RETURNS INT
  RETURN
  CASE
    WHEN due IS NULL THEN 0
    WHEN CAST(COALESCE(actual, as_of) AS DATE) > CAST(due AS DATE) THEN working_days_between(due, COALESCE(actual, as_of))
    ELSE 0
  END;

-- Join forms (any Spark version; distributed as ordinary joins), over a table cases(d, n, a, b):
--
-- add_working_days(d, n) for n <> 0 (for n = 0: d when s.is_working_day):
--   SELECT c.*, w.date AS result
--   FROM cases c
--   JOIN vn_calendar s ON s.date = c.d
--   LEFT JOIN vn_working_days w
--     ON w.working_day_index = s.working_day_index + c.n + CASE WHEN c.n < 0 AND NOT s.is_working_day THEN 1 ELSE 0 END;
--
-- working_days_between(a, b):
--   SELECT c.*, CASE WHEN c.a <= c.b THEN cb.working_day_index - ca.working_day_index
--                    ELSE (cb.working_day_index - CAST(cb.is_working_day AS INT)) - (ca.working_day_index - CAST(ca.is_working_day AS INT)) END AS result
--   FROM cases c JOIN vn_calendar ca ON ca.date = c.a JOIN vn_calendar cb ON cb.date = c.b;
--
-- The compliance query, over your records (id, due, actual, as_of, window_start):
--   SELECT r.id, r.due, r.actual,
--          compliance_status(r.due, r.actual, r.as_of, r.window_start) AS status,
--          datediff(COALESCE(r.actual, r.as_of), r.due) AS calendar_days,
--          working_days_between(r.due, COALESCE(r.actual, r.as_of)) AS working_days,
--          working_days_late(r.due, r.actual, r.as_of) AS working_days_late
--   FROM vn_records r;
