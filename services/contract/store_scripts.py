"""The Lua scripts of the document store: each runs in Redis as one atomic step."""

from __future__ import annotations

from services.contract.lanes import route_lua

# First summary wins: racing aggregators (or the deadline sweep) all get the same answer.
# A document whose state is gone gets no summary (an HSETNX would recreate it without TTL).
# A cancelled document's summary is the cancelled one (the sweep writes it): a completion
# racing the cancel gets {'cancelled'}. The winner's summary event goes on the document's
# event stream (KEYS[3]) in the same step, expiring with the state.
FINISH_LUA = """
local status = redis.call('HGET', KEYS[1], 'status')
if not status then
  redis.call('ZREM', KEYS[2], ARGV[1])
  return {'gone'}
end
if status == 'cancelled' and ARGV[2] ~= 'cancelled' then return {'cancelled'} end
if ARGV[5] == '1' then redis.call('ZREM', KEYS[2], ARGV[1]) end
if redis.call('HSETNX', KEYS[1], 'summary', ARGV[3]) == 1 then
  redis.call('HSET', KEYS[1], 'status', ARGV[2], 'updated_at', ARGV[4])
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[6], '*', 'type', 'summary', 'status', ARGV[2])
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl > 0 then redis.call('PEXPIRE', KEYS[3], ttl) end
  return {'won'}  -- the caller has the summary: not sent back (it can be large)
end
return redis.call('HMGET', KEYS[1], 'status', 'summary')
"""


# The plan, once per document: a redelivered task keeps the first plan's deadline (so a
# crash loop cannot postpone it), and the status moves from queued to processing only.
# Only the first plan sets the state's TTL: every seen/once marker of the document is set
# after it with a TTL at least as long, so none can expire before the state does. A
# document whose state is gone (expired, purged) is not planned again: {'gone'}; nor is a
# cancelled one: {'cancelled'}. KEYS: state, deadlines, the document's text.
PLAN_LUA = """
local status = redis.call('HGET', KEYS[1], 'status')
if not status then return {'gone'} end
if status == 'cancelled' then return {'cancelled'} end
local plan = ARGV[1]
local existing = redis.call('HGET', KEYS[1], 'plan')
if existing then
  local p = cjson.decode(plan)
  p['deadline'] = cjson.decode(existing)['deadline']
  plan = cjson.encode(p)
else
  redis.call('EXPIRE', KEYS[1], ARGV[3])
  redis.call('EXPIRE', KEYS[3], ARGV[3])  -- the text lives as long as the state
end
redis.call('HSET', KEYS[1], 'plan', plan, 'updated_at', ARGV[2])
if status == 'queued' then redis.call('HSET', KEYS[1], 'status', 'processing') end
if redis.call('HEXISTS', KEYS[1], 'summary') == 0 then
  redis.call('ZADD', KEYS[2], 'NX', cjson.decode(plan)['deadline'], ARGV[4])
end
return {'planned', plan}
"""


# A partial is stored only while it can still count: its document has a plan that expects
# its (chunk, lens) and no summary yet. Replies {outcome, plan json, partials stored}; a
# document whose state is gone replies {'gone'}, a cancelled one {'cancelled'}, one not
# planned yet {'no_plan'}. Each partial newly stored adds a progress event to the document's
# event stream (KEYS[3], capped at ARGV[7] entries) for SSE readers; one stored again (the
# aggregator offering what a lens's commit stored) changes nothing but ``updated_at``.
# With ARGV[8] = 'forward' it is the lens commit's guard (``DocStore.offer_guard``): it
# replies {'forward'} when the aggregator has work (this partial completes the plan, or
# there is no plan yet to count it by), and the partial is published to the aggregator
# only then; any other reply means the partial is stored or late, with nothing to send.
# When the partial completes the plan, the reply also carries what the summary needs as
# fields for the published entry (``shared.commit.Guard``), up to ARGV[9] bytes of partials.
OFFER_LUA = """
local state = redis.call('HMGET', KEYS[1], 'status', 'plan')
if not state[1] then return {'gone'} end
if state[1] == 'cancelled' then return {'cancelled'} end
local plan = state[2]
if not plan then return {ARGV[8] == 'forward' and 'forward' or 'no_plan'} end
local p = cjson.decode(plan)
local expected = false
for _, lens in ipairs(p['lenses']) do
  if lens == ARGV[2] then expected = true end
end
if not expected or tonumber(ARGV[3]) >= p['chunks'] then return {'late', plan} end
if redis.call('HEXISTS', KEYS[1], 'summary') == 1 then
  if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then return {'counted', plan} end
  return {'late', plan}
end
local added = redis.call('HSET', KEYS[2], ARGV[1], ARGV[4])
redis.call('EXPIRE', KEYS[2], ARGV[5])
redis.call('HSET', KEYS[1], 'updated_at', ARGV[6])
local count = redis.call('HLEN', KEYS[2])
local expected = p['chunks'] * #p['lenses']
if added == 1 then
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[7], '*', 'type', 'progress',
             'done', count, 'expected', expected, 'lens', ARGV[2])
  redis.call('EXPIRE', KEYS[3], ARGV[5])
end
if count < expected then return {'stored', plan, count} end
-- The last one: hand back everything the summary needs, saving two round trips.
local doc = redis.call('HMGET', KEYS[1], 'created_at', 'title', 'metadata')
local stored = redis.call('HGETALL', KEYS[2])
if ARGV[8] ~= 'forward' then
  return {'stored', plan, count, doc[1] or '0', stored, doc[2], doc[3]}
end
-- As the lens's guard: the same, as fields of the entry the aggregator reads
-- (DocStore.forwarded), unless they would make it large; it then offers the partial itself.
local fields, size = {'plan', plan, 'created_at', doc[1] or '0'}, 0
if doc[2] then fields[#fields + 1] = 'title'; fields[#fields + 1] = doc[2] end
if doc[3] then fields[#fields + 1] = 'metadata'; fields[#fields + 1] = doc[3] end
for i = 1, #stored, 2 do
  size = size + #stored[i + 1]
  fields[#fields + 1] = 'p:' .. stored[i]
  fields[#fields + 1] = stored[i + 1]
end
if size > tonumber(ARGV[9]) then return {'forward'} end
return {'forward', fields}
"""


# Intake with an Idempotency-Key, in one atomic step: the key, the document's state and its
# task are written together, so N concurrent requests with one key queue exactly one
# document. The key holds the document id and the digest of the request it was first used
# with; a different request under it is a conflict. A key whose document lost its task
# (Redis lost the last second of an `appendfsync everysec` log) or whose state is gone
# (purged) queues that document again, under the same id.
# The task goes to the intake stream, or to the tenant's lane (``lanes.route_lua``: a document
# admitted from a lane since is not found by its task id, and is queued again, which the
# coordinator's idempotency drops).
# KEYS: idempotency key, state of the proposed document, lanes.intake_keys (intake stream,
#       the tenant's lane, the lanes set, the open flag).
# ARGV: proposed doc id, request digest, key ttl, state ttl, envelope, state field pairs...
# Replies {outcome, doc id}: queued | requeued | existing | conflict.
INTAKE_ONCE_LUA = (
    """
local held = redis.call('HMGET', KEYS[1], 'doc', 'digest')
if held[1] then
  if held[2] ~= ARGV[2] then return {'conflict', held[1]} end
  if held[1] ~= ARGV[1] then return {'existing', held[1]} end
  local state = redis.call('HMGET', KEYS[2], 'status', 'task_id')
  if state[1] and state[1] ~= 'queued' then return {'existing', held[1]} end
  if state[2] and (#redis.call('XRANGE', KEYS[3], state[2], state[2], 'COUNT', 1) > 0
      or #redis.call('XRANGE', KEYS[4], state[2], state[2], 'COUNT', 1) > 0) then
    return {'existing', held[1]}
  end
end
local outcome = 'requeued'
if not held[1] then
  redis.call('HSET', KEYS[1], 'doc', ARGV[1], 'digest', ARGV[2])
  redis.call('EXPIRE', KEYS[1], ARGV[3])
  outcome = 'queued'
end
if redis.call('EXISTS', KEYS[2]) == 0 then
  redis.call('HSET', KEYS[2], unpack(ARGV, 6))
  redis.call('EXPIRE', KEYS[2], ARGV[4])
end
"""
    + route_lua(3)
    + """
local task_id = redis.call('XADD', intake, '*', 'e', ARGV[5])
redis.call('HSET', KEYS[2], 'task_id', task_id)
return {outcome, ARGV[1]}
"""
)

# A new document without an Idempotency-Key, in one atomic step: its state, its text and its
# task (routed as above), with the task's id in the state (it tells a lost task from a slow
# one). KEYS: state, text, lanes.intake_keys. ARGV: ttl, text, envelope, state field pairs...
# Replies the task's entry id.
ENQUEUE_LUA = (
    """
redis.call('HSET', KEYS[1], unpack(ARGV, 4))
redis.call('EXPIRE', KEYS[1], ARGV[1])
redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[1])
"""
    + route_lua(3)
    + """
local task_id = redis.call('XADD', intake, '*', 'e', ARGV[3])
redis.call('HSET', KEYS[1], 'task_id', task_id)
return task_id
"""
)


# List a document under its tenant; drop entries older than any state can be.
# KEYS: the tenant's index. ARGV: doc id, now, oldest kept, ttl.
INDEX_LUA = """
redis.call('ZADD', KEYS[1], 'NX', ARGV[2], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1
"""


# Later updates of a document's state never recreate it once it has expired (a hash
# without a TTL that would look like a queued document). ARGV: field, value pairs.
UPDATE_LUA = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV))
return 1
"""


# A document fails (nothing to review): the status, and a terminal event for SSE readers.
# KEYS: state, events. ARGV: reason, now, events cap.
FAIL_LUA = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'status', 'failed', 'error', ARGV[1], 'updated_at', ARGV[2])
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[3], '*', 'type', 'failed', 'error', ARGV[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl > 0 then redis.call('PEXPIRE', KEYS[2], ttl) end
return 1
"""


# The client cancels: only a document still on its way can be. Its deadline becomes "now",
# so the aggregator's sweep publishes the cancelled summary (what had landed) at once.
# KEYS: state, deadlines. ARGV: doc id, now. Replies {'gone'}, {'cancelled'} or
# {'finished', status}.
CANCEL_LUA = """
local status = redis.call('HGET', KEYS[1], 'status')
if not status then return {'gone'} end
if status == 'cancelled' then return {'cancelled'} end
if status == 'failed' or redis.call('HEXISTS', KEYS[1], 'summary') == 1 then
  return {'finished', status}
end
redis.call('HSET', KEYS[1], 'status', 'cancelled', 'updated_at', ARGV[2])
redis.call('ZADD', KEYS[2], 0, ARGV[1])
return {'cancelled'}
"""


# Everything of one document that lives in its slot, in one step: state (summary included),
# partials, text and events. Replies 1 if it existed. KEYS: those four.
DELETE_LUA = """
local existed = redis.call('EXISTS', KEYS[1])
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4])
return existed
"""


# A deleted document's intake entry (it holds the text) goes too, unless the coordinator
# has it pending: deleting a pending entry would dead-letter it as undecodable after a
# restart; the coordinator drops it as "state gone" and it is trimmed with the stream.
# KEYS: intake stream. ARGV: coordinator group, entry id. Replies 1 if deleted.
DROP_TASK_LUA = """
local ok, pending = pcall(redis.call, 'XPENDING', KEYS[1], ARGV[1], ARGV[2], ARGV[2], 1)
if ok and #pending > 0 then return 0 end
return redis.call('XDEL', KEYS[1], ARGV[2])
"""
