package io.inkwell.web.demo;

import java.util.List;

/** The demo site's content: who writes, in which categories and with which tags, what. */
final class DemoPosts {

    record Post(String author, String title, List<String> categories, List<String> tags, String image, String markdown) {
    }

    static final String[][] AUTHORS = {
        {"Ada Lovelace", "ada@demo.inkwell.invalid"},
        {"Grace Hopper", "grace@demo.inkwell.invalid"},
        {"Alan Turing", "alan@demo.inkwell.invalid"}
    };

    static final String[][] CATEGORIES = {
        {"Programming", "Code, compilers and the craft of software."},
        {"Databases", "PostgreSQL, indexes and queries that stay fast."},
        {"Design", "Interfaces, words and calm software."},
        {"History", "The people and machines that came before."},
        {"Science", "Physics, computation and curiosity."},
        {"Cooking", "Bread, pans and patience."}
    };

    /** The demo site's About page, at /about. */
    static final String ABOUT = """
Inkwell's demo site is written by three people who like old machines, new databases and good bread.

## What you will find here

Essays on programming and its history, notes on keeping queries fast, and the occasional recipe.
Comments are open on every post: say hello.
""";

    static final List<Post> POSTS = List.of(
            new Post("Ada Lovelace", "Notes on the Analytical Engine, revisited", List.of("Programming", "History"), List.of("Babbage", "algorithms"), "https://images.unsplash.com/photo-1518770660439-4636190af475?w=1200", """
The Analytical Engine was never built, yet it is the first machine for which someone wrote a **program**.

## What the engine could do

- add, subtract, multiply and divide
- branch on the sign of a number
- repeat a *sequence of operations* (a loop!)

> The engine weaves algebraic patterns just as the Jacquard loom weaves flowers and leaves.

Read the original notes at [Fourmilab](https://www.fourmilab.ch/babbage/sketch.html)."""),
            new Post("Grace Hopper", "Why compilers matter more than ever", List.of("Programming"), List.of("compilers", "performance"), null, """
Every line you write is translated many times before a CPU runs it.

### A tiny example

```java
int total = 0;
for (int n : numbers) {
    total += n;
}
```

A good compiler turns this loop into vector instructions. Trust it, but **measure**."""),
            new Post("Grace Hopper", "A nanosecond is about thirty centimetres", List.of("Science", "History"), List.of("hardware", "performance"), null, """
Light travels roughly 30 cm in one nanosecond. Hold a piece of wire that long and you hold a nanosecond.

1. Latency has a physical floor.
2. Distance is time.
3. Caches exist because of (1) and (2).

That is why your database should live close to your application."""),
            new Post("Alan Turing", "Running PostgreSQL full-text search in production", List.of("Databases", "Programming"), List.of("PostgreSQL", "search"), null, """
PostgreSQL ships a capable search engine. A `tsvector` column, a **GIN index** and `websearch_to_tsquery` go a long way.

```sql
select title from posts
 where search_vector @@ websearch_to_tsquery('english', 'running shoes -cheap');
```

Stemming means *running*, *runs* and *ran* all find each other — well, the first two do."""),
            new Post("Alan Turing", "Keyset pagination in one picture", List.of("Databases"), List.of("PostgreSQL", "performance"), null, """
`OFFSET 100000` reads and throws away a hundred thousand rows. A keyset page does not:

```sql
select * from posts
 where (published_at, id) < (:last_published_at, :last_id)
 order by published_at desc, id desc
 limit 10;
```

Page five thousand costs what page one costs. The price: you link to *older* and *newer*, not to page numbers."""),
            new Post("Ada Lovelace", "Baking bread with a sourdough starter", List.of("Cooking"), List.of("bread"), "https://images.unsplash.com/photo-1509440159596-0249088772ff?w=1200", """
A starter is flour, water and patience.

## Feeding schedule

Every day for a week: **50 g** flour and **50 g** water.

- Keep it warm (24 °C is ideal).
- Discard half before each feed.
- Bake when it doubles in four hours."""),
            new Post("Grace Hopper", "Writing error messages people can act on", List.of("Programming", "Design"), List.of("writing", "UX"), null, """
A good error message says **what happened**, **why**, and **what to do next**.

Bad: `Error 500`.

Good: *This post was changed by someone else since you opened it. Reload it to see their changes, then edit again.*"""),
            new Post("Alan Turing", "The imitation game, seventy-five years on", List.of("History", "Science"), List.of("AI", "algorithms"), null, """
In 1950 the question was whether machines can think. Today we ask whether they can *write*.

- The test was about conversation, not intelligence.
- It was a thought experiment first.

Further reading: [Computing Machinery and Intelligence](https://academic.oup.com/mind/article/LIX/236/433/986238)."""),
            new Post("Ada Lovelace", "Designing calm interfaces", List.of("Design"), List.of("UX"), null, """
Calm software stays out of the way.

### Three rules

1. Every input has a visible label.
2. Buttons say what they do: *Publish*, not *Submit*.
3. Empty lists say so.

Most of good design is removing things."""),
            new Post("Grace Hopper", "A week of cooking with a cast-iron pan", List.of("Cooking"), List.of("bread", "cast iron"), null, """
Monday eggs, Tuesday cornbread, Wednesday a steak that set off the smoke alarm.

- Season it after washing.
- Never let it soak.
- Heat it **slowly**.

By Friday it was non-stick."""),
            new Post("Alan Turing", "Counting things exactly under concurrency", List.of("Databases", "Programming"), List.of("PostgreSQL", "concurrency"), null, """
A category page shows how many posts it holds. Keeping that number exact while eight writers publish at once takes:

- a trigger that updates the counter in the same transaction, and
- locks taken in one order, so no two writers deadlock.

Then check: `select count(*)` must always agree with the counter."""),
            new Post("Ada Lovelace", "Welcome to Inkwell", List.of("Design"), List.of(), null, """
This is a **demo post**. Inkwell is a small, self-hosted blog platform.

- Write in *Markdown*; it is rendered and sanitised on save.
- Browse by [category](/categories) or search for anything.
- Subscribe with the [Atom feed](/feed.xml).

Log in to write your own posts."""));

    private DemoPosts() {
    }
}
