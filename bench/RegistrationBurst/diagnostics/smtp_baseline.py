# Usage: /usr/bin/python3 smtp_baseline.py N some-message.eml
# How fast aiosmtpd's Mailbox handler accepts messages: N messages over one connection, like the outbox sender's round.
import smtplib, subprocess, sys, time, socket, tempfile, os, glob
n = int(sys.argv[1]); sample = sys.argv[2]
body = open(sample, 'rb').read().replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
s = socket.socket(); s.bind(('127.0.0.1', 0)); port = s.getsockname()[1]; s.close()
work = tempfile.mkdtemp(prefix='smtp-baseline.')
p = subprocess.Popen(['/usr/bin/python3', '-m', 'aiosmtpd', '-n', '-l', f'127.0.0.1:{port}', '-c', 'aiosmtpd.handlers.Mailbox', work + '/maildir'])
for _ in range(100):
    try: socket.create_connection(('127.0.0.1', port)).close(); break
    except OSError: time.sleep(0.1)
t = time.time()
c = smtplib.SMTP('127.0.0.1', port)
for i in range(n):
    c.sendmail('beteiligung@bench.test', [f'p{i}@burst.test'], body)
c.quit()
e = time.time() - t
print(f'{n} messages of {len(body)} bytes in {e:.2f} s = {n/e:.0f}/s, {1000*e/n:.1f} ms each; files: {len(glob.glob(work + "/maildir/new/*"))}')
p.terminate(); p.wait()
