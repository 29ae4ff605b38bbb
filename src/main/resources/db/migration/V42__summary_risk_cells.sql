-- The portfolio's risk heat map is summed from the kept summaries instead of counting every open
-- risk on each view: each row keeps its program's open and mitigating risks per probability x
-- impact cell, 25 counts separated by commas, probability 1..5 outer, impact 1..5 inner
-- (dev.milepost.summary.RiskCells). Every row is marked not computed (as_of null), so that it is
-- recomputed with its cells at start-up or on first read.
alter table program_summaries add column risk_cells varchar(200);
update program_summaries set as_of = null;
