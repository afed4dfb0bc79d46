-- bench/web/uncached.lua — wrk script: the report page with a fresh query string on every request.
-- The portal's output cache varies by query string, so each request misses it and the page is rendered from the
-- database: what a report page costs without the cache (the cache then holds many entries; its size limit applies).
local counter = 0
request = function()
    counter = counter + 1
    return wrk.format("GET", wrk.path .. "?nocache=" .. tostring(math.random(1, 1000000000)) .. "-" .. counter)
end
