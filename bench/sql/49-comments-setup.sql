-- Threads are built level by level (depth 1..8), each level one set-based insert. Paths are
-- computed here as comments_assign_path would (parent path + a segment from comments_path_seq,
-- so the sequence stays ahead of every path); that per-row trigger is disabled for the load.
-- About 40% of a post's comments are top-level, then 25, 15, 8, 5, 3, 2, 2% per deeper level.
create table bench.level (depth int, post_id uuid, rn int, id uuid, path text collate "C", created_at timestamptz);
create table bench.level_count (depth int, post_id uuid, n int, primary key (depth, post_id));

-- The post_comment_counts triggers (V030, V032) would bump one counter row per inserted comment; the load
-- leaves them off and 90-finish.sql counts every post's comments in one pass instead. Every generated
-- comment is approved (the column's default): the data set has no moderation queue.
alter table comments disable trigger comments_count_insert;
alter table comments disable trigger comments_count_delete;
alter table comments disable trigger comments_count_update;
