-- What the case list searches: the request as the applicant worded it. The applicant's name and column are also
-- refreshed from the case, since corrections of the registered details (Amend) did not update them before.
ALTER TABLE applications ADD COLUMN request_content text NOT NULL DEFAULT '';
UPDATE applications SET
    request_content = COALESCE((case_json::jsonb) #>> '{Request,Content}', ''),
    applicant_name  = COALESCE((case_json::jsonb) #>> '{Applicant,Name}', applicant_name),
    applicant_type  = COALESCE((case_json::jsonb) #>> '{Applicant,Type}', applicant_type);
