-- The media context (V050-V059): uploaded images, kept in PostgreSQL so that backups, restores and
-- several app instances need nothing beyond the database.

-- One row per distinct file ever uploaded, content-addressed: hash is the SHA-256 of the bytes as they
-- were uploaded, so the same file uploaded twice (by anyone) is recognised before it is decoded and is
-- stored once. What is stored is never those bytes but images re-encoded from them (media_variants).
create table media_files (
  hash       text        primary key,
  format     text        not null,
  width      integer     not null,
  height     integer     not null,
  created_at timestamptz not null default now(),
  constraint media_files_hash_ck   check (hash ~ '^[0-9a-f]{64}$'),
  constraint media_files_format_ck check (format in ('jpeg', 'png')),
  -- 40 megapixels at most: larger images are refused from their header, before decoding.
  constraint media_files_pixels_ck check (width >= 1 and height >= 1 and width::bigint * height <= 40000000)
);

-- The stored images of a file: the re-encoded original and the widths made from it (never upscaled).
create table media_variants (
  media_hash text    not null references media_files (hash) on delete cascade,
  variant    text    not null,
  width      integer not null,
  height     integer not null,
  byte_size  integer not null,
  constraint media_variants_pk         primary key (media_hash, variant),
  constraint media_variants_variant_ck check (variant in ('original', '480', '960', '1600')),
  constraint media_variants_size_ck    check (width >= 1 and height >= 1 and byte_size >= 1)
);

-- The blob store's PostgreSQL implementation: the bytes of each variant under the key "hash/variant".
-- Standing alone (no foreign key), so another implementation can hold the bytes instead.
create table media_blobs (
  key  text  primary key,
  data bytea not null,
  constraint media_blobs_key_ck check (key ~ '^[0-9a-f]{64}/(original|480|960|1600)$')
);
-- JPEG and PNG are compressed already: stored out of line without a second, pointless compression.
alter table media_blobs alter column data set storage external;

-- The library: who uploaded which file, under which name and alt text. One person uploading the same
-- file again gets the entry they have; two people each get their own entry of the one stored file.
create table media_items (
  id          uuid        primary key default uuid_generate_v7(),
  media_hash  text        not null references media_files (hash),
  uploader_id uuid        not null references users (id),
  file_name   text        not null,
  alt_text    text        not null,
  created_at  timestamptz not null default now(),
  constraint media_items_file_name_ck check (char_length(file_name) between 1 and 200),
  constraint media_items_alt_text_ck  check (char_length(alt_text) between 1 and 500)
);
create unique index media_items_uploader_hash_uk on media_items (uploader_id, media_hash);
-- An author's own library, newest first (ids are time-ordered), and the files' other entries.
create index media_items_uploader_id_idx on media_items (uploader_id, id desc);
create index media_items_media_hash_idx on media_items (media_hash);
-- "Search by name or alt text": contains-matches.
create index media_items_file_name_trgm_idx on media_items using gin (file_name gin_trgm_ops);
create index media_items_alt_text_trgm_idx on media_items using gin (alt_text gin_trgm_ops);

-- What the media context knows of the posts that reference images, learnt from the posts context's
-- events (PostImagesChanged, PostDeleted), never from its tables. version is the post's version the
-- last applied event carried: an older event arriving late or again changes nothing. A deleted post
-- keeps its row (without references), so that no late event can bring its references back.
create table media_referrers (
  referrer_id uuid        primary key,
  version     integer     not null,
  changed_at  timestamptz not null default now(),
  constraint media_referrers_version_ck check (version >= 0)
);

-- Which files each post references (in its text or as its featured image): "Used in", and why a
-- delete is refused. No foreign key to media_files: a post may name a file that is not (yet) stored.
create table media_references (
  media_hash  text not null,
  referrer_id uuid not null references media_referrers (referrer_id) on delete cascade,
  constraint media_references_pk      primary key (media_hash, referrer_id),
  constraint media_references_hash_ck check (media_hash ~ '^[0-9a-f]{64}$')
);
create index media_references_referrer_id_idx on media_references (referrer_id);
