#!/usr/bin/env bash
# `chiso briefing --print` against a real CUPS queue: a throw-away cupsd of the test's own,
# listening only on a unix socket in a temporary folder (no port to clash), with a cups-pdf
# queue whose PDFs land in that folder. Checks what the queue printed (pages against
# `chiso briefing -o`, copies as CUPS counted them, the job's title) and the refusals: an
# unknown printer, duplex on a printer without it, no printer at all.
# Needs root, as in CI: cupsd runs cups-pdf as root, and cups-pdf reads its settings (where
# to write) only from /etc/cups/cups-pdf-<queue>.conf, a file this test adds and removes.
# Usage: print_to_cups.sh CHISO
set -uo pipefail

chiso=$1
fail() {
    echo "FAIL: $*" >&2
    if [[ -n ${tmp:-} && -f $tmp/log/error_log ]]; then
        echo "--- cupsd's error_log (last 60 lines):" >&2
        tail -n 60 "$tmp/log/error_log" >&2
    fi
    exit 1
}

for tool in cupsd lpadmin lpstat pdfinfo; do
    command -v "$tool" >/dev/null || fail "$tool is missing: run installer/setup-debian.sh (cups, cups-client, poppler-utils)"
done
[[ -x /usr/lib/cups/backend/cups-pdf ]] || fail "the cups-pdf backend is missing: run installer/setup-debian.sh (printer-driver-cups-pdf)"
[[ $(id -u) -eq 0 ]] || fail "needs root: cupsd runs the cups-pdf backend as root and cups-pdf reads its settings from /etc/cups only"

# A short path: a unix socket's path holds at most 107 bytes.
tmp=$(mktemp -d /tmp/chiso-cups.XXXXXX) || fail "cannot make a temporary folder"
name=$(basename "$tmp")
pdfconf=/etc/cups/cups-pdf-$name.conf
cupsd_pid=
cleanup() {
    if [[ -n $cupsd_pid ]]; then
        kill "$cupsd_pid" 2>/dev/null
        for _ in $(seq 50); do kill -0 "$cupsd_pid" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$cupsd_pid" 2>/dev/null
        wait "$cupsd_pid" 2>/dev/null
    fi
    rm -f "$pdfconf"
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# cupsd hands filters to the user lp: the folders it works in must be reachable by lp.
chmod 755 "$tmp"
mkdir -p "$tmp/etc" "$tmp/spool/tmp" "$tmp/cache" "$tmp/state" "$tmp/log" "$tmp/out" "$tmp/pdfspool" "$tmp/home"
socket=$tmp/cups.sock
cat > "$tmp/etc/cups-files.conf" <<CONF
ServerRoot $tmp/etc
RequestRoot $tmp/spool
TempDir $tmp/spool/tmp
CacheDir $tmp/cache
StateDir $tmp/state
ErrorLog $tmp/log/error_log
AccessLog $tmp/log/access_log
PageLog $tmp/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
User lp
Group lp
SystemGroup root
CONF
# Reachable through the socket only, by this machine's users: no authentication asked.
cat > "$tmp/etc/cupsd.conf" <<CONF
Listen $socket
LogLevel debug
Browsing No
WebInterface No
DefaultAuthType None
PageLogFormat %p|%j|%P|%C|%{job-name}
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
cat > "$pdfconf" <<CONF
Out $tmp/out
AnonDirName $tmp/out
Spool $tmp/pdfspool
Log $tmp/log
Grp root
CONF

cupsd -f -c "$tmp/etc/cupsd.conf" -s "$tmp/etc/cups-files.conf" >"$tmp/log/cupsd.out" 2>&1 &
cupsd_pid=$!
export CUPS_SERVER=$socket
running() { [[ $(LC_ALL=C lpstat -r 2>/dev/null) == "scheduler is running" ]]; } # lpstat -r exits 0 either way
for _ in $(seq 100); do
    running && break
    kill -0 "$cupsd_pid" 2>/dev/null || { cat "$tmp/log/cupsd.out" >&2; fail "cupsd did not start"; }
    sleep 0.2
done
running || { cat "$tmp/log/cupsd.out" >&2; fail "cupsd does not answer on $socket after 20 s"; }

lpadmin -p chisotest -v "cups-pdf:/$name" -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd -E 2>"$tmp/log/lpadmin.out" \
    || { cat "$tmp/log/lpadmin.out" >&2; fail "lpadmin could not add the cups-pdf queue"; }

# The program sees only this server and no user's lpoptions.
export HOME=$tmp/home QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$tmp/home
db=$tmp/db.sqlite
"$chiso" init --db "$db" >/dev/null 2>&1 || fail "chiso init failed"
briefing=("$chiso" briefing --db "$db" --year 2024 --month 6)

"${briefing[@]}" --lang vi -o "$tmp/reference.pdf" 2>/dev/null || fail "chiso briefing -o failed"
pages_of() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
pages=$(pages_of "$tmp/reference.pdf")
[[ $pages =~ ^[0-9]+$ && $pages -ge 2 ]] || fail "the reference PDF has no page count: '$pages'"

# Waits (60 s at most) until the queue has written `count` PDFs and each is whole.
wait_for_pdfs() {
    local count=$1 files
    for _ in $(seq 120); do
        files=("$tmp"/out/*.pdf)
        if [[ -e ${files[0]} && ${#files[@]} -ge $count && -z $(lpstat -o chisotest 2>/dev/null) ]]; then
            return 0
        fi
        sleep 0.5
    done
    ls -la "$tmp/out" >&2
    fail "the queue wrote no PDF #$count within 60 s"
}

# Refused: a printer that does not exist (naming the ones there are), duplex the queue lacks,
# a wrong number of copies. Nothing reaches the queue.
out=$("${briefing[@]}" --lang en --print nosuch 2>&1); code=$?
[[ $code -eq 1 && $out == *"no printer named 'nosuch'"*"chisotest"* ]] || fail "unknown printer: exit $code, '$out'"
out=$("${briefing[@]}" --lang en --print chisotest --duplex 2>&1); code=$?
[[ $code -eq 1 && $out == *"cannot print on both sides"* ]] || fail "duplex on a queue without it: exit $code, '$out'"
out=$("${briefing[@]}" --print chisotest --copies 0 2>&1); code=$?
[[ $code -eq 2 ]] || fail "--copies 0: exit $code, '$out'"
out=$("${briefing[@]}" --copies 2 2>&1); code=$?
[[ $code -eq 2 ]] || fail "--copies without --print: exit $code, '$out'"

# Printed on the named queue: the pages chiso briefing -o writes, the job titled as the briefing.
out=$("${briefing[@]}" --lang vi --print chisotest 2>&1) || fail "chiso briefing --print chisotest: '$out'"
[[ $out == *"chisotest"* ]] || fail "the message names no printer: '$out'"
wait_for_pdfs 1
first=("$tmp"/out/*.pdf)
got=$(pages_of "${first[0]}")
[[ $got == "$pages" ]] || fail "the queue printed $got pages; chiso briefing -o wrote $pages"
# page_log: printer|job|total|pages × copies|job name
line=$(grep -F "|total|" "$tmp/log/page_log" | tail -n 1)
[[ $line == "chisotest|"*"|total|$pages|Báo cáo tháng 6/2024" ]] || fail "page_log says '$line'; expected $pages pages of 'Báo cáo tháng 6/2024'"

# A bare --print (before another option) goes to the default printer; two copies, collated.
lpadmin -d chisotest || fail "lpadmin -d failed"
out=$("${briefing[@]}" --print --copies 2 --lang en 2>&1) || fail "chiso briefing --print --copies 2 (the default printer): '$out'"
wait_for_pdfs 2
second=$(ls -t "$tmp"/out/*.pdf | head -n 1)
[[ $second != "${first[0]}" ]] || fail "no second PDF"
got=$(pages_of "$second")
[[ $got == $((pages * 2)) ]] || fail "two copies printed $got pages, not $((pages * 2))"
line=$(grep -F "|total|" "$tmp/log/page_log" | tail -n 1)
[[ $line == "chisotest|"*"|total|$((pages * 2))|Monthly briefing, June 2024" ]] || fail "page_log says '$line' for two copies on the default printer"

# No printer at all: a clear message, exit 1.
lpadmin -x chisotest || fail "lpadmin -x failed"
out=$("${briefing[@]}" --lang en --print 2>&1); code=$?
[[ $code -eq 1 && $out == *"No printer is set up"* ]] || fail "no printer: exit $code, '$out'"

echo "print_to_cups: $pages pages printed as chiso briefing -o writes them, copies counted, refusals right"
echo "1 passed, 0 failed"
