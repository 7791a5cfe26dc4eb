-- The settings context (V040-V049): the site's own settings and its navigation menus.

-- One row, the site's settings. No row means a new site: the application shows its defaults (titled
-- "Inkwell", the header menu Home, Categories, Trending) and writes this row, with the default menus,
-- the first time an admin saves either. version moves on with every save: a form opened on an older
-- version is a stale save.
create table site_settings (
  id                smallint    primary key default 1,
  title             text        not null,
  tagline           text,
  language          text        not null,
  time_zone         text        not null,
  posts_per_page    integer     not null,
  registration_open boolean     not null,
  logo_url          text,
  icon_url          text,
  footer_text       text,
  version           integer     not null default 0,
  updated_at        timestamptz not null default now(),
  constraint site_settings_singleton_ck      check (id = 1),
  constraint site_settings_title_length_ck   check (char_length(title) between 1 and 100 and title = btrim(title)),
  constraint site_settings_tagline_length_ck check (tagline is null or char_length(tagline) <= 200),
  -- The languages the site offers are checked by the application; the column takes any ISO 639 code.
  constraint site_settings_language_ck       check (language ~ '^[a-z]{2,3}$'),
  constraint site_settings_time_zone_ck      check (char_length(time_zone) between 1 and 64),
  constraint site_settings_posts_per_page_ck check (posts_per_page between 5 and 50),
  -- An http(s) address or a path of this site ("/..." but not "//host", which leaves the site).
  constraint site_settings_logo_url_ck       check (logo_url is null or (char_length(logo_url) <= 500
                                                    and logo_url ~* '^(https?://[^\s/\\]+|/(?![/\\]))[^\s\\]*$')),
  constraint site_settings_icon_url_ck       check (icon_url is null or (char_length(icon_url) <= 500
                                                    and icon_url ~* '^(https?://[^\s/\\]+|/(?![/\\]))[^\s\\]*$')),
  constraint site_settings_footer_length_ck  check (footer_text is null or char_length(footer_text) <= 1000),
  constraint site_settings_version_ck        check (version >= 0)
);

create trigger site_settings_set_updated_at before update on site_settings
  for each row execute function set_updated_at();

-- The items of the header menu and of the footer links, in order. An item leads to the home page, to a
-- category, page or tag by its id (so a renamed one keeps working; one that is gone is left out of the
-- menu), or to an address. Ids of other contexts carry no foreign key.
create table navigation_items (
  id          uuid        primary key default uuid_generate_v7(),
  menu        text        not null,
  position    integer     not null,
  label       text        not null,
  target_kind text        not null,
  target_id   uuid,
  target_url  text,
  created_at  timestamptz not null default now(),
  constraint navigation_items_menu_ck         check (menu in ('header', 'footer')),
  constraint navigation_items_position_ck     check (position >= 0),
  constraint navigation_items_label_length_ck check (char_length(label) between 1 and 60 and label = btrim(label)),
  constraint navigation_items_kind_ck         check (target_kind in ('home', 'category', 'page', 'tag', 'url')),
  constraint navigation_items_target_id_ck    check ((target_id is not null) = (target_kind in ('category', 'page', 'tag'))),
  constraint navigation_items_target_url_ck   check ((target_url is not null) = (target_kind = 'url')),
  constraint navigation_items_url_shape_ck    check (target_url is null or (char_length(target_url) <= 500
                                                     and target_url ~* '^(https?://[^\s/\\]+|/(?![/\\]))[^\s\\]*$')),
  -- Checked at the end of each statement, so one statement can swap two items' positions.
  constraint navigation_items_position_uk     unique (menu, position) deferrable initially immediate
);
