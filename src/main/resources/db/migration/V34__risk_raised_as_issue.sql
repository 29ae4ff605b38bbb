-- A risk that occurred and was raised as an issue points at that issue (the issue points back
-- through issues.risk_id); set in the same transaction as the issue is created.
alter table risks add column raised_issue_id bigint references issues (id) on delete set null;
alter table risks_aud add column raised_issue_id bigint;
