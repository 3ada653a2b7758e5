-- wrk script of bench/consent-throughput.sh: each request goes out as the next of several customers
-- in turn (BENCH_TOKENS, comma-separated bearer tokens), so that no one customer's row lock decides
-- the result. BENCH_METHOD=POST grants email marketing (POST /api/v1/me/consents, 201 expected);
-- BENCH_METHOD=GET reads the current state (GET /api/v1/me/consents, 200 expected).
local tokens = {}
for token in string.gmatch(os.getenv("BENCH_TOKENS") or "", "[^,]+") do
  tokens[#tokens + 1] = token
end
local method = os.getenv("BENCH_METHOD") or "GET"
local body = nil
local headers = {}
if method == "POST" then
  body = '{"purpose":"marketing.email","textVersion":"2026-11-01"}'
  headers["Content-Type"] = "application/json"
end
local counter = 0

function setup(thread)
  thread:set("offset", math.random(1, 1000))
end

function request()
  counter = counter + 1
  headers["Authorization"] = "Bearer " .. tokens[((counter + (offset or 0)) % #tokens) + 1]
  return wrk.format(method, "/api/v1/me/consents", headers, body)
end
