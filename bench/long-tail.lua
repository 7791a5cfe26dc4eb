-- wrk script of the long-tail route: each request is a different published post, drawn from a Zipf
-- distribution (exponent 1) over all of them, the newest first: P(rank <= r) = ln(r) / ln(n), so the newest
-- hundred get a third of the views and most requests are of posts nobody else read in the last seconds.
--   wrk ... -s bench/long-tail.lua http://host:port -- bench/out/slugs-POSTS.txt
local slugs = {}
local count, spread

function init(args)
  for line in io.lines(args[1]) do slugs[#slugs + 1] = line end
  count = #slugs
  spread = math.log(count + 1)
  -- Each wrk thread runs init in its own interpreter: seed each differently.
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 1000003)
end

function request()
  local rank = math.floor(math.exp(math.random() * spread))
  if rank < 1 then rank = 1 elseif rank > count then rank = count end
  return wrk.format("GET", "/posts/" .. slugs[rank])
end
