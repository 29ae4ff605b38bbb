-- "Remember me" tokens (series + token per browser), shared by all instances.
create table persistent_logins (
    username   varchar(64)  not null,
    series     varchar(64)  primary key,
    token      varchar(64)  not null,
    last_used  timestamp    not null
);
create index ix_persistent_logins_username on persistent_logins (username);
