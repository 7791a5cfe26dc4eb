-- The exchange context: imports of another site's content (their progress and report), which of that site's items
-- became which of ours (so importing a file again creates nothing twice), and the old site's addresses that now
-- answer with a redirect. Accounts, posts and comments are known by id only, as in every context's own tables.

-- One import of a file: its progress, readable from any instance and any session, and its counts.
create table import_runs (
  id                   uuid        primary key default uuid_generate_v7(),
  started_by           uuid        not null,
  file_name            text        not null,
  file_size            bigint      not null,
  status               text        not null default 'scanning',
  source_site          text,
  items_total          integer     not null default 0,
  items_done           integer     not null default 0,
  posts_imported       integer     not null default 0,
  pages_imported       integer     not null default 0,
  comments_imported    integer     not null default 0,
  accounts_imported    integer     not null default 0,
  categories_imported  integer     not null default 0,
  already_imported     integer     not null default 0,
  skipped              integer     not null default 0,
  changed              integer     not null default 0,
  message              text,
  started_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  finished_at          timestamptz,
  constraint import_runs_status_ck check (status in ('scanning', 'importing', 'finished', 'failed', 'interrupted')),
  constraint import_runs_file_name_ck check (char_length(file_name) between 1 and 255),
  constraint import_runs_counts_ck check (file_size >= 0 and items_total >= 0 and items_done >= 0
                                          and posts_imported >= 0 and pages_imported >= 0 and comments_imported >= 0
                                          and accounts_imported >= 0 and categories_imported >= 0
                                          and already_imported >= 0 and skipped >= 0 and changed >= 0),
  constraint import_runs_message_ck check (message is null or char_length(message) <= 2000)
);

-- At most one import runs at a time, on whichever instance took it: a second start meets this index.
create unique index import_runs_running_uk on import_runs ((true)) where status in ('scanning', 'importing');
-- The import page shows the newest run.
create index import_runs_started_idx on import_runs (started_at desc, id desc);

create trigger import_runs_set_updated_at before update on import_runs
  for each row execute function set_updated_at();

-- What an import left out (skipped) or brought in differently from the other site (changed), and why.
create table import_report (
  id         uuid    primary key default uuid_generate_v7(),
  run_id     uuid    not null references import_runs (id) on delete cascade,
  outcome    text    not null,
  item_kind  text    not null,
  source_id  text    not null,
  title      text    not null,
  reason     text    not null,
  constraint import_report_outcome_ck check (outcome in ('skipped', 'changed')),
  constraint import_report_kind_ck check (item_kind in ('post', 'page', 'comment', 'author', 'category', 'item')),
  constraint import_report_texts_ck check (char_length(source_id) <= 100 and char_length(title) <= 300
                                           and char_length(reason) between 1 and 1000)
);

-- A run's report in the order it was written (ids are time-ordered), by outcome.
create index import_report_run_idx on import_report (run_id, outcome, id);

-- Which item of which site became which row here: a post, a page or a comment, by the other site's id.
create table imported_items (
  source_site text        not null,
  item_kind   text        not null,
  source_id   bigint      not null,
  target_id   uuid        not null,
  imported_at timestamptz not null default now(),
  primary key (source_site, item_kind, source_id),
  constraint imported_items_kind_ck check (item_kind in ('post', 'page', 'comment')),
  constraint imported_items_source_site_ck check (char_length(source_site) between 1 and 500)
);

-- An old site's address (its path, decoded, without a trailing slash; "/?p=123" for a query-string link) and the
-- path here that now answers it with a 301. Looked up only when no route of the site answers a request. A key may
-- equal its target ("/about/" there, "/about" here): the web layer never redirects a request to its own path.
create table old_addresses (
  path        text        primary key,
  target      text        not null,
  source_site text        not null,
  created_at  timestamptz not null default now(),
  constraint old_addresses_path_ck check (char_length(path) between 2 and 2000 and left(path, 1) = '/'),
  constraint old_addresses_target_ck check (char_length(target) between 2 and 400 and left(target, 1) = '/')
);
