-- bench/web/uncached.lua — wrk script: the report page rendered on every request.
-- A request with an Authorization header is never answered from the output cache (nor stored in it), so each
-- request renders the page from the database: what a report page costs without the cache. (Before 8daad3e a
-- fresh query string did the same; the cache now ignores query keys the pages do not read.)
wrk.headers["Authorization"] = "Bearer uncached-benchmark"
