-- "Trending this week": views per post and UTC day, written by the batched view-count flush in the
-- same transaction as posts.view_count. Only the days inside the week are kept: the roll-over
-- subtracts a day from the week totals and deletes its rows once it leaves the window.
create table post_view_counts (
  post_id uuid   not null references posts (id) on delete cascade,
  day     date   not null,
  views   bigint not null,
  constraint post_view_counts_pk       primary key (post_id, day),
  constraint post_view_counts_views_ck check (views >= 0)
);
-- The roll-over finds the days that left the window.
create index post_view_counts_day_idx on post_view_counts (day);

-- Each post's views over the days still in post_view_counts, kept by the same flush and roll-over,
-- so /trending reads its top rows in index order instead of summing a week of buckets per request.
-- Posts without a view this week have no row.
create table post_week_views (
  post_id uuid   primary key references posts (id) on delete cascade,
  views   bigint not null,
  constraint post_week_views_views_ck check (views >= 0)
);
create index post_week_views_top_idx on post_week_views (views desc, post_id);

-- One row: the newest day already taken out of the week totals (null: none yet). Each app instance's
-- roll-over locks it, so two instances never subtract one day twice, and a run missed while the
-- site was down is caught up by the next one.
create table post_week_rollover (
  singleton      boolean primary key default true,
  rolled_through date,
  constraint post_week_rollover_singleton_ck check (singleton)
);
insert into post_week_rollover (singleton, rolled_through) values (true, null);

-- Nothing ranks by all-time views any more; the index only cost every view-count flush an index write.
drop index posts_trending_idx;
