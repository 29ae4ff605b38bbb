-- ShedLock's lock table (JdbcTemplateLockProvider, as its documentation gives it): one row per named
-- lock, e.g. 'weekly-reports', held until lock_until. The provider uses the database's clock
-- (usingDbTime) and writes UTC into these columns without a time zone.
create table shedlock (
    name             varchar(64)   not null,
    lock_until       timestamp     not null,
    locked_at        timestamp     not null,
    locked_by        varchar(255)  not null,
    constraint pk_shedlock primary key (name)
);
