-- What the case list searches: the request as the applicant worded it. The applicant's name and column are also
-- refreshed from the case, since corrections of the registered details (Amend) did not update them before.
ALTER TABLE applications ADD COLUMN request_content TEXT NOT NULL DEFAULT '';
UPDATE applications SET
    request_content = COALESCE(json_extract(case_json, '$.Request.Content'), ''),
    applicant_name  = COALESCE(json_extract(case_json, '$.Applicant.Name'), applicant_name),
    applicant_type  = COALESCE(json_extract(case_json, '$.Applicant.Type'), applicant_type);
