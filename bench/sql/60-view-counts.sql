-- "Trending this week": the last 7 days of views (UTC, today included) for ~5% of published posts,
-- as the site's view-count flush and roll-over would have left them: a bucket per post and day, each
-- post's week total, and the roll-over marker at the last day outside the week. Heavy-tailed like
-- real traffic: most of these posts get a few views a day, a few hundred (per million posts)
-- thousands. The flush adds every view to posts.view_count too, so a post's week never exceeds it:
-- only posts with at least 7 views are picked (9% of those, ~5% of published posts) and a day is
-- capped at a seventh of the post's all-time count.
insert into post_view_counts (post_id, day, views)
select m.id, d.day, d.views
  from bench.post_meta m
 cross join lateral (
   select (now() at time zone 'UTC')::date - k as day,
          least(m.view_count / 7,
                floor(5000 * bench.u(m.g, 61) ^ 8 * (0.5 + bench.u(m.g * 8 + k, 62)))::bigint) as views
     from generate_series(0, 6) k) d
 where m.status = 'published' and m.view_count >= 7 and bench.u(m.g, 60) < 0.09 and d.views > 0;

insert into post_week_views (post_id, views)
select post_id, sum(views) from post_view_counts group by post_id;

update post_week_rollover set rolled_through = (now() at time zone 'UTC')::date - 7;

-- What the flush and roll-over keep true, checked on the loaded rows.
do $$
begin
  if exists (select 1 from post_week_views w join posts p on p.id = w.post_id
              where w.views > p.view_count or p.status <> 'published') then
    raise exception 'a week total exceeds its post''s view_count or belongs to an unpublished post';
  end if;
  if exists (select 1 from post_view_counts where day <= (now() at time zone 'UTC')::date - 7) then
    raise exception 'a bucket outside the week';
  end if;
end
$$;
