-- Aggregate counts of declarations per calendar quarter, kept apart from the declarations
-- themselves: a declaration expires after its retention period, but what the figures of its
-- quarter say does not change once that quarter has closed (otherwise an expiry or an erasure
-- would show as a difference between two readings). Only counts: no row here can be traced to
-- a person. Dimensions: 'origin' (ISO code or 'undisclosed'), 'language' (tag), 'shelter'
-- (directory id or 'none').
CREATE TABLE figure_counts (
    quarter TEXT NOT NULL,               -- '2026-Q4', in UTC
    dimension TEXT NOT NULL,
    key TEXT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (quarter, dimension, key)
);

INSERT INTO figure_counts (quarter, dimension, key, count)
SELECT strftime('%Y', created_at, 'unixepoch') || '-Q' || ((CAST(strftime('%m', created_at, 'unixepoch') AS INTEGER) + 2) / 3),
       'origin', COALESCE(origin, 'undisclosed'), COUNT(*)
FROM declarations GROUP BY 1, 3;

INSERT INTO figure_counts (quarter, dimension, key, count)
SELECT strftime('%Y', created_at, 'unixepoch') || '-Q' || ((CAST(strftime('%m', created_at, 'unixepoch') AS INTEGER) + 2) / 3),
       'shelter', COALESCE(shelter_id, 'none'), COUNT(*)
FROM declarations GROUP BY 1, 3;

INSERT INTO figure_counts (quarter, dimension, key, count)
SELECT strftime('%Y', d.created_at, 'unixepoch') || '-Q' || ((CAST(strftime('%m', d.created_at, 'unixepoch') AS INTEGER) + 2) / 3),
       'language', l.language, COUNT(*)
FROM declarations d JOIN declaration_languages l ON l.declaration_id = d.id GROUP BY 1, 3;
