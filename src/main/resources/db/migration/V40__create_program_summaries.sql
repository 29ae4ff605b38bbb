-- One row per program: what the portfolio dashboard shows of it, kept right
-- by the application on every write (dev.milepost.summary), so that the page reads these rows
-- instead of aggregating every milestone and risk. as_of is the day the row was computed for
-- (health and "overdue" depend on the day); null means not computed yet, so that the rows written
-- here for existing programs are computed at start-up or on first read. Reasons are JSON (message
-- codes and typed arguments, rendered per locale by the pages). An archived program's row is left
-- as it was (not read; recomputed when the program is restored). Deleting the program deletes it.
create table program_summaries (
    program_id        bigint        primary key references programs (id) on delete cascade,
    as_of             date,
    computed_health   varchar(5),
    effective_health  varchar(5),
    override_health   varchar(5),
    trend_was         varchar(5),
    reasons           text,
    projects          integer       not null default 0,
    milestones        integer       not null default 0,
    done              integer       not null default 0,
    cancelled         integer       not null default 0,
    on_time           integer       not null default 0,
    slipped           integer       not null default 0,
    overdue           integer       not null default 0,
    blocked           integer       not null default 0,
    next_id           bigint,
    next_name         varchar(200),
    next_date         date,
    open_risks        integer       not null default 0,
    top_score         integer,
    budget_planned    numeric(20, 2),
    budget_spent      numeric(20, 2),
    open_issues       integer       not null default 0,
    critical_issues   integer       not null default 0,
    overdue_issues    integer       not null default 0,
    open_escalations  integer       not null default 0,
    overdue_escalations integer     not null default 0,
    needed_decisions  integer       not null default 0,
    overdue_decisions integer       not null default 0,
    open_actions      integer       not null default 0,
    overdue_actions   integer       not null default 0,
    pending_changes   integer       not null default 0
);

insert into program_summaries (program_id) select id from programs;
