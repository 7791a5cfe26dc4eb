-- HTTP sessions in PostgreSQL (Spring Session JDBC 4.0, its schema-postgresql.sql), so that every instance
-- sees every session and an account's sessions can be listed and ended from any of them. Created here
-- rather than by Spring Session's schema initialisation, which stays off, so the schema has one history.
-- PRINCIPAL_NAME holds the account's id (io.inkwell.web.security.SessionDetailsFilter), not its email,
-- so an email change keeps the list. Expired rows are deleted every minute by Spring Session itself.
create table spring_session (
  primary_id            char(36)     not null,
  session_id            char(36)     not null,
  creation_time         bigint       not null,
  last_access_time      bigint       not null,
  max_inactive_interval int          not null,
  expiry_time           bigint       not null,
  principal_name        varchar(100),
  constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
  session_primary_id char(36)     not null,
  attribute_name     varchar(200) not null,
  attribute_bytes    bytea        not null,
  constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
