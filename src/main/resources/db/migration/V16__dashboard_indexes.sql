-- Dashboard watch lists (dev.milepost.dashboard.delivery.WatchListQuery) read the newest forecast
-- changes and the highest-scored risks of the whole portfolio with a row limit: with these
-- indexes they stop after a few rows instead of reading and sorting every change and risk.
create index ix_milestone_date_changes_changed_at on milestone_date_changes (changed_at);
create index ix_risks_score on risks (score);
