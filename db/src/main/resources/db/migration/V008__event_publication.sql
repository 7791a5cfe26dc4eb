-- Spring Modulith's JDBC event publication registry (spring-modulith-events-jdbc 2.0.3, its v2 schema for
-- PostgreSQL, schemas/v2/schema-postgresql.sql in that jar). Created here rather than by Modulith's
-- schema initialisation, which stays off, so the schema has one history.
-- A module's event (PostPublished, ...) is stored once per listener in the transaction that publishes
-- it; a listener that completes deletes its row (spring.modulith.events.completion-mode=delete), one
-- that fails leaves it for the next start-up, which delivers it again.
create table event_publication (
  id                     uuid                     not null,
  listener_id            text                     not null,
  event_type             text                     not null,
  serialized_event       text                     not null,
  publication_date       timestamp with time zone not null,
  completion_date        timestamp with time zone,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamp with time zone,
  primary key (id)
);
-- Modulith finds a publication by its event and listener when it completes.
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
