-- When a tag's page last changed, for the sitemap's lastmod, as categories.updated_at is for a category's
-- page: the tag is renamed (its name or slug) or a post enters or leaves its listing (post_count, kept by
-- post_tags_count). The existing tags start at their newest published post, or their creation.
alter table tags add column updated_at timestamptz not null default now();

update tags t
   set updated_at = greatest(t.created_at, (select max(pt.listed_at) from post_tags pt where pt.tag_id = t.id));

create trigger tags_set_updated_at before update on tags
  for each row
  when ((old.name, old.slug, old.post_count) is distinct from (new.name, new.slug, new.post_count))
  execute function set_updated_at();
