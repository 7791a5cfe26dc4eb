-- How many comments each post has at level :depth, so the next level can pick parents among them.
insert into bench.level_count select :depth, post_id, count(*) from bench.level where depth = :depth group by post_id;
create index if not exists level_parent_idx on bench.level (depth, post_id, rn);
analyze bench.level;
analyze bench.level_count;
