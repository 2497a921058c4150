// The Lua scripts behind the Redis counter store. Each runs atomically on the one key it
// declares (KEYS[1]), so it is valid on Redis Cluster. A counter is a hash of two fields,
// `v` (value) and `e` (expiresAt, epoch ms of the injected clock); both are written with
// `%.17g`, which round-trips every double exactly (Lua's own number-to-string conversion
// keeps only 14 digits and would corrupt epoch-ms timestamps with fractions). Expiry is
// judged against ARGV `now`, the caller's clock, never Redis's; the real PEXPIRE is only
// there to free dead keys, set to the remaining lifetime plus a margin.

/** Shared prologue: number formatting, the live state of KEYS[1], and the write with PEXPIRE. */
const PROLOGUE = `
local function fmt(x) return string.format('%.17g', x) end
local function live(now)
  local cur = redis.call('HMGET', KEYS[1], 'v', 'e')
  if cur[1] and cur[2] then
    local e = tonumber(cur[2])
    if e and now < e then return cur end
  end
  return nil
end
local function write(now, value, expiresAt, margin)
  local v, e = fmt(value), fmt(expiresAt)
  redis.call('HSET', KEYS[1], 'v', v, 'e', e)
  local keep = math.ceil(expiresAt - now + margin)
  if keep >= 9007199254740992 then
    redis.call('PERSIST', KEYS[1])
  else
    if keep < 1 then keep = 1 end
    redis.call('PEXPIRE', KEYS[1], string.format('%.0f', keep))
  end
  return {v, e}
end
`;

/**
 * ARGV: now, by, ttlMs, window (`sliding` | `fixed`), marginMs. Adds `by` to a live counter
 * (a sliding window moves its expiry to now + ttl, a fixed one keeps it) or starts one at
 * `by` expiring at now + ttl. Returns `{value, expiresAt}` as strings.
 */
export const INCREMENT_LUA = `${PROLOGUE}
local now = tonumber(ARGV[1])
local by = tonumber(ARGV[2])
local ttl = tonumber(ARGV[3])
local margin = tonumber(ARGV[5])
local cur = live(now)
if cur then
  local expiresAt = tonumber(cur[2])
  if ARGV[4] == 'sliding' then expiresAt = now + ttl end
  return write(now, tonumber(cur[1]) + by, expiresAt, margin)
end
return write(now, by, now + ttl, margin)
`;

/**
 * ARGV: now, value, ttlMs, marginMs. Keeps a live counter already at or above `value`
 * (returning it unchanged), else sets `value` expiring at now + ttl.
 */
export const RAISE_TO_LUA = `${PROLOGUE}
local now = tonumber(ARGV[1])
local value = tonumber(ARGV[2])
local cur = live(now)
if cur and tonumber(cur[1]) >= value then return {cur[1], cur[2]} end
return write(now, value, now + tonumber(ARGV[3]), tonumber(ARGV[4]))
`;

/**
 * Several increments in one call, for a standalone Redis only (its keys may lie in different
 * Cluster slots, so the store never sends it to a Cluster). ARGV: marginMs, then for the i-th
 * key `now, by, ttlMs, window` at ARGV[4i-2 … 4i+1]. Each key gets exactly what
 * {@link INCREMENT_LUA} would have done (a key may appear more than once: its increments apply
 * in order). Returns `{v1, e1, v2, e2, …}`; a key whose increment failed (a wrong type, say)
 * has `false` and the error message in its place, and the others are unaffected.
 */
export const INCREMENT_MANY_LUA = `
local function fmt(x) return string.format('%.17g', x) end
local margin = tonumber(ARGV[1])
local function one(key, now, by, ttl, sliding)
  local value, expiresAt
  local cur = redis.call('HMGET', key, 'v', 'e')
  if cur[1] and cur[2] then
    local e = tonumber(cur[2])
    if e and now < e then
      value = tonumber(cur[1]) + by
      if sliding then expiresAt = now + ttl else expiresAt = e end
    end
  end
  if value == nil then
    value = by
    expiresAt = now + ttl
  end
  local v, e = fmt(value), fmt(expiresAt)
  redis.call('HSET', key, 'v', v, 'e', e)
  local keep = math.ceil(expiresAt - now + margin)
  if keep >= 9007199254740992 then
    redis.call('PERSIST', key)
  else
    if keep < 1 then keep = 1 end
    redis.call('PEXPIRE', key, string.format('%.0f', keep))
  end
  return v, e
end
local out = {}
for i = 1, #KEYS do
  local a = 4 * i - 2
  local ok, v, e = pcall(one, KEYS[i], tonumber(ARGV[a]), tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2]), ARGV[a + 3] == 'sliding')
  if ok then
    out[2 * i - 1] = v
    out[2 * i] = e
  else
    out[2 * i - 1] = false
    if type(v) == 'table' then out[2 * i] = v.err or 'ERR increment failed' else out[2 * i] = tostring(v) end
  end
end
return out
`;

/** ARGV: now. The live `{value, expiresAt}`, or nil when absent or expired. */
export const GET_LUA = `${PROLOGUE}
local cur = live(tonumber(ARGV[1]))
if cur then return {cur[1], cur[2]} end
return false
`;

/** No ARGV. Deletes the counter. */
export const RESET_LUA = `
redis.call('DEL', KEYS[1])
return 1
`;

/** Names under which the scripts are registered with `defineCommand` (versioned with the layout). */
export const SCRIPT_NAMES = {
  increment: 'kabinetCounterIncrementV1',
  incrementMany: 'kabinetCounterIncrementManyV1',
  raiseTo: 'kabinetCounterRaiseToV1',
  get: 'kabinetCounterGetV1',
  reset: 'kabinetCounterResetV1',
} as const;
