-- Secondary indexes of the bulk-loaded tables are dropped for the load and rebuilt afterwards
-- (one sorted build instead of millions of random inserts; the GIN index above all). Whatever
-- indexes the migrations define are saved and rebuilt as they were; constraint indexes stay,
-- since the foreign keys checked during the load use them.
create table bench.saved_indexes as
select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
  from pg_index i
 where i.indrelid in ('posts'::regclass, 'comments'::regclass, 'post_categories'::regclass, 'post_tags'::regclass,
                      'revisions'::regclass, 'post_search'::regclass)
   and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid);
select format('drop index %s', name) from bench.saved_indexes \gexec

-- The per-row triggers whose work the generator does set-based. Any other trigger (one a later
-- migration adds) stays on, so whatever it maintains is maintained during the load too.
alter table post_categories disable trigger post_categories_fill_listed_at;
alter table post_categories disable trigger post_categories_count;
alter table post_tags disable trigger post_tags_fill_listed_at;
alter table post_tags disable trigger post_tags_count;
alter table comments disable trigger comments_assign_path;
