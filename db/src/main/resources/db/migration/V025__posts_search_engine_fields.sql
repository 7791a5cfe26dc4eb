-- What an author tells search engines about a post: a title for the results page (the <title> when
-- set), a meta description (else the excerpt is used), and whether the post stays out of their index
-- (a robots noindex tag, and no entry in the sitemap). The lengths are PostLimits.SEO_TITLE_MAX and
-- META_DESCRIPTION_MAX. Adding nullable columns and a constant default rewrites no row.
alter table posts
  add column seo_title          text,
  add column meta_description   text,
  add column hidden_from_search boolean not null default false,
  add constraint posts_seo_title_length_ck        check (seo_title is null or char_length(seo_title) between 1 and 150),
  add constraint posts_meta_description_length_ck check (meta_description is null
                                                         or char_length(meta_description) between 1 and 300);

-- Search engines read these fields, so changing them is a change of the post: updated_at (the
-- sitemap's lastmod, the feed's updated time) moves with them as with the title or the text.
drop trigger posts_set_updated_at on posts;

create trigger posts_set_updated_at before update on posts
  for each row
  when ((old.title, old.slug, old.content, old.content_html, old.excerpt, old.featured_image_url, old.status,
         old.published_at, old.author_id, old.seo_title, old.meta_description, old.hidden_from_search)
        is distinct from
        (new.title, new.slug, new.content, new.content_html, new.excerpt, new.featured_image_url, new.status,
         new.published_at, new.author_id, new.seo_title, new.meta_description, new.hidden_from_search))
  execute function set_updated_at();
