-- A post now goes through two more states on its way out: 'pending' (a contributor submitted it; an editor
-- publishes, schedules or sends it back with a note) and 'scheduled' (published by the site itself at
-- scheduled_at). Neither is public: listings, feeds and search read only 'published', as before.
alter table posts drop constraint posts_status_ck;
alter table posts add constraint posts_status_ck
  check (status in ('draft', 'pending', 'scheduled', 'published', 'archived'));

-- When a scheduled post goes out; set exactly while the post is scheduled, so the sweep that publishes due
-- posts reads one small partial index and a post that left the schedule cannot be published by it.
alter table posts add column scheduled_at timestamptz;
alter table posts add constraint posts_scheduled_dated_ck check ((status = 'scheduled') = (scheduled_at is not null));

-- The note an editor wrote when sending a submitted post back, who wrote it and when; the author reads it in
-- the editor until they submit again. Accounts are never deleted (a deletion is a status), so reviewed_by
-- needs no foreign key; the name is read through the users context.
alter table posts add column review_note text;
alter table posts add column reviewed_by uuid;
alter table posts add column reviewed_at timestamptz;
alter table posts add constraint posts_review_note_length_ck
  check (review_note is null or char_length(review_note) between 1 and 2000);

-- The scheduling sweep: due posts in the order they fell due ("scheduled_at <= now()"), locked with SKIP LOCKED.
create index posts_scheduled_idx on posts (scheduled_at, id) where status = 'scheduled';
