-- The accreditation module's own schema. Flyway creates it; the workflow tables follow in
-- later migrations (issue #5).
comment on schema accreditation is 'Vakwijzer accreditation module: applications, reviews, decisions';
