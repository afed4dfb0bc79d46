-- bench/web/check.lua — wrk script: POST one seed to /api/check as multipart/form-data (field "file").
--   SEED=samples/seeds/000_….txt wrk -s bench/web/check.lua http://127.0.0.1:PORT/api/check
-- The body is built once; every request sends the same bytes, so the server does the whole check each time
-- (the API is stateless and caches nothing).
local path = os.getenv("SEED") or error("set SEED to the file to upload")
local f = assert(io.open(path, "rb"))
local content = f:read("*a")
f:close()
local name = path:match("([^/]+)$")
local boundary = "----gongkai-bench-7d1f2a"

wrk.method = "POST"
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
wrk.body = "--" .. boundary .. "\r\n"
    .. 'Content-Disposition: form-data; name="file"; filename="' .. name .. '"\r\n'
    .. "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    .. content .. "\r\n"
    .. "--" .. boundary .. "--\r\n"
