-- vn-deadlines: the Vietnamese civil-service working-day calendar in PostgreSQL (≥ 12).
-- UNTESTED on a PostgreSQL server: the function bodies are run in DuckDB by test/sql/duckdb.test.ts
-- (the SQL the two share); the CREATE statements themselves are not executed by the tests.
-- Load the table first (sql/README.md):
--   CREATE TABLE vn_calendar (date date PRIMARY KEY, is_working_day boolean NOT NULL, working_day_index integer NOT NULL,
--     kind text, name_vi text, name_en text, documents text, provisional boolean, data_version text);
--   \copy vn_calendar FROM 'calendar.csv' WITH (FORMAT csv, HEADER true)
-- Where the library throws (a day outside the table, an answer outside it, n = 0 on a day off)
-- these return NULL, so that one bad row does not stop a query over millions.

CREATE INDEX IF NOT EXISTS vn_calendar_working_day_index ON vn_calendar (working_day_index) WHERE is_working_day;

-- The working days alone, by index: working_day_index is unique among them.
CREATE OR REPLACE VIEW vn_working_days AS
  SELECT working_day_index, date FROM vn_calendar WHERE is_working_day;

-- n > 0: the n-th working day strictly after d; n < 0: the |n|-th strictly before; n = 0: d
-- itself when it is a working day (else NULL). A day off counts from the working day before it.
CREATE OR REPLACE FUNCTION add_working_days(d date, n integer)
  RETURNS date
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
  SELECT max(w.date)
  FROM vn_calendar s, vn_working_days w
  WHERE s.date = CAST(d AS DATE)
    AND (n <> 0 OR s.is_working_day)
    AND w.working_day_index = s.working_day_index + n + CASE WHEN n < 0 AND NOT s.is_working_day THEN 1 ELSE 0 END
$$;

-- Working days from a to b: for a <= b those d with a < d <= b; for b < a, minus those with b <= d < a.
CREATE OR REPLACE FUNCTION working_days_between(a date, b date)
  RETURNS integer
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
  SELECT max(CASE
    WHEN ca.date <= cb.date THEN cb.working_day_index - ca.working_day_index
    ELSE (cb.working_day_index - CAST(cb.is_working_day AS INTEGER)) - (ca.working_day_index - CAST(ca.is_working_day AS INTEGER))
  END)
  FROM vn_calendar ca, vn_calendar cb WHERE ca.date = CAST(a AS DATE) AND cb.date = CAST(b AS DATE)
$$;

-- checkCompliance's verdict for a deadline with a plain due day (actual NULL: not done, measured at as_of).
CREATE OR REPLACE FUNCTION compliance_status(due date, actual date, as_of date, window_start date)
  RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
  SELECT CASE
    WHEN due IS NULL THEN 'notApplicable'
    WHEN actual IS NULL THEN CASE WHEN CAST(as_of AS DATE) > CAST(due AS DATE) THEN 'overdue' ELSE 'open' END
    WHEN CAST(actual AS DATE) > CAST(due AS DATE) THEN 'late'
    WHEN window_start IS NOT NULL AND CAST(actual AS DATE) < CAST(window_start AS DATE) THEN 'tooEarly'
    ELSE 'onTime'
  END
$$;

-- "Late by N working days": the working days d with due < d <= actual (or as_of when not done).
CREATE OR REPLACE FUNCTION working_days_late(due date, actual date, as_of date)
  RETURNS integer
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
  SELECT CASE
    WHEN due IS NULL THEN 0
    WHEN CAST(COALESCE(actual, as_of) AS DATE) > CAST(due AS DATE) THEN working_days_between(due, COALESCE(actual, as_of))
    ELSE 0
  END
$$;

-- The compliance query, over your records (id, due, actual, as_of, window_start):
--   SELECT r.id, r.due, r.actual,
--          compliance_status(r.due, r.actual, r.as_of, r.window_start) AS status,
--          COALESCE(r.actual, r.as_of) - r.due AS calendar_days,
--          working_days_between(r.due, COALESCE(r.actual, r.as_of)) AS working_days,
--          working_days_late(r.due, r.actual, r.as_of) AS working_days_late
--   FROM vn_records r;
