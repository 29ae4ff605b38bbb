-- The free-text program owner becomes a user. Each distinct owner name becomes a disabled TPM
-- account (no usable password) that an admin can enable; the username is the name in lower case
-- with dots for spaces.
alter table programs add column owner_id bigint references users (id);

insert into users (username, display_name, password_hash, enabled, created_at, updated_at)
select lower(replace(trim(owner), ' ', '.')), min(trim(owner)),
       '{bcrypt}$2a$10$Migrated.account.has.no.password.until.reset.by.an.admin', false,
       current_timestamp, current_timestamp
from programs
group by lower(replace(trim(owner), ' ', '.'));

insert into user_roles (user_id, role)
select u.id, 'TPM' from users u
where exists (select 1 from programs p where lower(replace(trim(p.owner), ' ', '.')) = u.username);

update programs set owner_id = (select u.id from users u where u.username = lower(replace(trim(programs.owner), ' ', '.')));

alter table programs alter column owner_id set not null;
alter table programs drop column owner;
create index ix_programs_owner on programs (owner_id);

-- Further users who may edit a program and everything in it.
create table program_editors (
    program_id       bigint        not null references programs (id),
    user_id          bigint        not null references users (id),
    constraint pk_program_editors primary key (program_id, user_id)
);
create index ix_program_editors_user on program_editors (user_id);
