# Usage: python3 analyse.py participation.log (a run with --keep and the --host-args of run D in bench/RESULTS.md).
# Where the time of the burst goes, from the host's log with EF command (Information) and transaction (Debug) logging.
import re, sys, collections, datetime
log = sys.argv[1]
def ts(s):
    h, m, rest = s.split(':'); sec, ms = rest.split('.')
    return int(h)*3600 + int(m)*60 + int(sec) + int(ms)/1000
lines = [l.rstrip('\n') for l in open(log, errors='replace') if re.match(r'^\d\d:\d\d:\d\d\.\d{3}\|', l)]
events = [(ts(l[:12]), l[13:]) for l in lines]
# The burst: from the first registration transaction to the 2,000th commit (transactions of the register path).
began = [t for t, l in events if 'Began transaction' in l]
committed = [t for t, l in events if 'Committed transaction' in l]
start, end = began[0], committed[min(len(committed), 2001) - 1]
print(f'transactions: {len(began)} began, {len(committed)} committed; burst window in the log {end - start:.1f} s')
# Hold time of the write lock: Began -> Committed (BEGIN IMMEDIATE serialises them; pair in order).
holds, commits, waits = [], [], []
beg = None; committing = None; beginning = None
for t, l in events:
    if 'Beginning transaction' in l: beginning = t
    elif 'Began transaction' in l: beg = t; waits.append(t - beginning if beginning else 0)
    elif 'Committing transaction' in l: committing = t
    elif 'Committed transaction' in l and beg is not None:
        holds.append(t - beg); commits.append(t - committing); beg = None
def pct(a, p):
    a = sorted(a); return a[min(len(a)-1, int(len(a)*p/100))]
for name, a in [('write lock held (Began..Committed)', holds), ('commit (Committing..Committed)', commits)]:
    print(f'{name}: n={len(a)} mean {1000*sum(a)/len(a):.1f} ms, p50 {1000*pct(a,50):.0f}, p95 {1000*pct(a,95):.0f} ms, sum {sum(a):.1f} s')
# EF commands by statement, inside the burst window.
by = collections.defaultdict(lambda: [0, 0.0])
for t, l in events:
    m = re.search(r'Executed DbCommand \((\d+)ms\).*?CommandTimeout=\'\d+\'\] (.*)$', l)
    if m and start <= t <= end:
        sql = re.sub(r'\s+', ' ', m.group(2))[:110]
        by[sql][0] += 1; by[sql][1] += int(m.group(1))
total = sum(v[1] for v in by.values())
print(f'EF commands in the burst: {sum(v[0] for v in by.values())}, {total/1000:.1f} s of command time in total')
for sql, (n, ms) in sorted(by.items(), key=lambda kv: -kv[1][1])[:14]:
    print(f'{n:6d} x {ms/n:6.1f} ms = {ms/1000:6.1f} s  {sql}')
print(f'waiting for the write lock (Beginning..Began): mean {1000*sum(waits)/len(waits):.0f} ms, p50 {1000*pct(waits,50):.0f}, p95 {1000*pct(waits,95):.0f}, max {1000*max(waits):.0f} ms')
# Idle gaps: between one Committed and the next Began.
gaps = []; last = None
for t, l in events:
    if start <= t <= end:
        if 'Committed transaction' in l: last = t
        elif 'Began transaction' in l and last is not None: gaps.append(t - last); last = None
print(f'lock idle between a commit and the next Began: n={len(gaps)} mean {1000*sum(gaps)/len(gaps):.1f} ms, sum {sum(gaps):.1f} s, p95 {1000*pct(gaps,95):.0f} ms')
