-- A number that grows with every committed change the portfolio dashboard could show: each
-- read-write transaction that writes a record through the application, or refreshes summaries,
-- adds one just before it commits. The dashboard keeps what it rendered for one value and renders
-- again when another instance, or this one, has committed a change.
create table portfolio_version (
    id      integer primary key,
    version bigint  not null
);

insert into portfolio_version (id, version) values (1, 0);
