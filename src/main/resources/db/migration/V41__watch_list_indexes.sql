-- The portfolio dashboard's watch lists read the first rows in the order they show, so that they
-- stop after a page instead of sorting every candidate (issue 14, measured at xlarge: 200,000
-- risks, 500,000 milestones):
-- top risks (order by score desc, title, id): the whole highest score was sorted by title,
-- 66 ms -> 4 ms;
create index ix_risks_score_title on risks (score desc, title, id);
drop index ix_risks_score;
-- upcoming milestones (order by forecast_date, id): every milestone of the coming two weeks was
-- sorted by id, 45 ms -> 2 ms. The new index serves every use of the old one.
create index ix_milestones_forecast_id on milestones (forecast_date, id);
drop index ix_milestones_forecast;
