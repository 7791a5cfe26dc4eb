"""Turns the listing's own "next page" link of page 1 into the link of a deep page.

The keyset parameters of the link encode the last row of page 1; we swap in the last row before
the wanted depth (from the database). Works for plain parameters (id and timestamp in ISO or
epoch form, URL-encoded or not) and for a base64url cursor holding them. Prints the new link,
or nothing when the link is not understood.
usage: deep_url.py HREF FIRST_EPOCH_MICROS FIRST_ID DEEP_EPOCH_MICROS DEEP_ID
"""
import base64, datetime, sys, urllib.parse

href, us1, id1, us2, id2 = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5]


def forms(us):
    t = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(microseconds=us)
    base = t.strftime("%Y-%m-%dT%H:%M:%S")
    frac = ["", ".%03d" % (t.microsecond // 1000), ".%06d" % t.microsecond]
    # Instant.toString() style drops zero groups; try the longest text first so it wins.
    out = [base + f + z for f in reversed(frac) for z in ("Z", "+00:00")]
    out += [str(us), str(us // 1000), str(us // 1000000)]
    return out + [urllib.parse.quote(x, safe="") for x in out]


def swap(text):
    if id1 not in text:
        return None
    text = text.replace(id1, id2)
    for a, b in zip(forms(us1), forms(us2)):
        if a in text:
            return text.replace(a, b)
    return None


url = urllib.parse.urlsplit(href)
params = urllib.parse.parse_qsl(url.query, keep_blank_values=True)
plain = swap(url.query)
if plain is not None:
    print(urllib.parse.urlunsplit(url._replace(query=plain)))
    sys.exit(0)
for i, (k, v) in enumerate(params):
    try:
        raw = base64.urlsafe_b64decode(v + "=" * (-len(v) % 4)).decode()
    except Exception:
        continue
    new = swap(raw)
    if new is not None:
        params[i] = (k, base64.urlsafe_b64encode(new.encode()).decode().rstrip("=") if not v.endswith("=")
                     else base64.urlsafe_b64encode(new.encode()).decode())
        print(urllib.parse.urlunsplit(url._replace(query=urllib.parse.urlencode(params))))
        sys.exit(0)
