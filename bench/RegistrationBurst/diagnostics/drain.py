# Usage: python3 drain.py participation.log (same log as analyse.py).
# The sender's cycle per message during the drain, from the same log.
import re, sys
def ts(s):
    h, m, rest = s.split(':'); sec, ms = rest.split('.')
    return int(h)*3600 + int(m)*60 + int(sec) + int(ms)/1000
ev = [(ts(l[:12]), l[13:]) for l in open(sys.argv[1], errors='replace') if re.match(r'^\d\d:\d\d:\d\d\.\d{3}\|', l)]
sent = [t for t, l in ev if 'UPDATE "OutboxMessages" AS "o" SET "State"' in l]
lease = [(t, int(re.search(r'\((\d+)ms\)', l).group(1))) for t, l in ev if 'SET "LeaseUntil" = @p WHERE' in l]
sentms = [int(re.search(r'\((\d+)ms\)', l).group(1)) for t, l in ev if 'UPDATE "OutboxMessages" AS "o" SET "State"' in l]
# Only the steady drain: messages sent after the last registration commit.
last_commit = max(t for t, l in ev if 'Committed transaction' in l and t < sent[-1] and t < sent[1000])
d = [b - a for a, b in zip(sent, sent[1:]) if a > last_commit][:1900]
d.sort()
print(f'sent updates: {len(sent)}; interval between two sent messages in the drain: n={len(d)} mean {1000*sum(d)/len(d):.1f} ms, p50 {1000*d[len(d)//2]:.0f}, p95 {1000*d[int(len(d)*.95)]:.0f} ms')
print(f'lease UPDATE mean {sum(x for _, x in lease)/len(lease):.1f} ms, sent UPDATE mean {sum(sentms)/len(sentms):.1f} ms (each its own autocommit with fsync)')
