-- Each operator's language and time zone for the operator pages (issue 17). NULL follows the
-- browser's Accept-Language and the instance's `operator_time_zone`. `language` is a Faro
-- locale tag (es, en, fr…), `time_zone` an IANA zone name (America/Mexico_City).
ALTER TABLE users ADD COLUMN language TEXT;
ALTER TABLE users ADD COLUMN time_zone TEXT;
