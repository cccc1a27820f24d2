-- Databases that held references before the counter existed (e.g. loaded demo data) go on
-- numbering after their highest reference of each year, so no new one collides.
INSERT INTO reference_counters (year, last)
SELECT CAST(substr(reference, 4, 4) AS INTEGER), max(CAST(substr(reference, 9) AS INTEGER))
FROM applications
WHERE reference GLOB 'BK-[0-9][0-9][0-9][0-9]-[0-9]*'
GROUP BY 1
ON CONFLICT (year) DO UPDATE SET last = max(last, excluded.last);
