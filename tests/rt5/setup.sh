#!/usr/bin/env bash
# Installs, configures, starts and seeds Request Tracker 5 (Debian) on http://127.0.0.1:8080
# for developing Kizuki against a real classic helpdesk. Idempotent; run as root.
#
#   bash tests/rt5/setup.sh [--plain|--rich]      default --plain
#
# --plain  MessageBoxRichText 0: the reply page has a plain <textarea name="UpdateContent">
# --rich   MessageBoxRichText 1: CKEditor 4, its editable body inside an iframe
#
# Logs go to stderr; the last line on stdout is one JSON object with the seeded tickets.
# Server pid and log: /tmp/kizuki-rt5/rt-server.pid, /tmp/kizuki-rt5/rt-server.log.
# Stop with tests/rt5/stop.sh.
set -euo pipefail

MODE=plain
for arg in "$@"; do
  case "$arg" in
    --plain) MODE=plain ;;
    --rich) MODE=rich ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown argument '$arg' (use --plain or --rich)" >&2; exit 2 ;;
  esac
done

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STATE=/tmp/kizuki-rt5
PORT=8080
BASE="http://127.0.0.1:$PORT"
PIDFILE="$STATE/rt-server.pid"
LOGFILE="$STATE/rt-server.log"
SITECONF=/etc/request-tracker5/RT_SiteConfig.d/99-local.pm
RT_SERVER=/usr/share/request-tracker5/libexec/rt-server
RT_LIB=/usr/share/request-tracker5/lib
PACKAGES=(request-tracker5 rt5-db-sqlite rt5-standalone rt5-clients)

log() { printf '[rt5-setup] %s\n' "$*" >&2; }
die() { printf '[rt5-setup] ERROR: %s\n' "$*" >&2; exit 1; }

[[ $EUID -eq 0 ]] || die "run as root (it installs packages and writes /etc/request-tracker5)"
mkdir -p "$STATE"

# --- 1. install --------------------------------------------------------------------------
installed() {
  local p
  for p in "${PACKAGES[@]}"; do
    [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" == "install ok installed" ]] || return 1
  done
}
if installed; then
  log "RT5 packages already installed; skipping apt"
else
  log "installing ${PACKAGES[*]} (about 3 minutes)"
  t0=$(date +%s)
  apt-get update -q >&2
  debconf-set-selections <<'X'
request-tracker5 request-tracker5/dbconfig-install boolean true
request-tracker5 request-tracker5/database-type select sqlite3
request-tracker5 request-tracker5/initial-root-password password testpass123
request-tracker5 request-tracker5/rtname string example.test
X
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${PACKAGES[@]}" >&2
  t1=$(date +%s)
  echo "$((t1 - t0))" > "$STATE/install-seconds"
  log "installed in $((t1 - t0)) s"
fi

# --- 2. configure ------------------------------------------------------------------------
RICH=0; [[ $MODE == rich ]] && RICH=1
NEWCONF="$(mktemp)"
cat > "$NEWCONF" <<X
# Written by Kizuki tests/rt5/setup.sh --$MODE; rewritten on every run.
Set(\$WebBaseURL, '$BASE');
Set(\$WebDomain, '127.0.0.1');
Set(\$WebPort, $PORT);
Set(\$WebPath, '');
Set(\$MessageBoxRichText, $RICH);
# No MTA here: outgoing mail (autoreplies, replies to requesters) is appended to an mbox file
# instead of failing in sendmail. It is still recorded in the ticket history as RT does.
Set(\$MailCommand, 'mbox');
1;
X
CONF_CHANGED=0
if ! cmp -s "$NEWCONF" "$SITECONF" 2>/dev/null; then
  install -m 0644 "$NEWCONF" "$SITECONF"
  CONF_CHANGED=1
  log "wrote $SITECONF (MessageBoxRichText $RICH)"
fi
rm -f "$NEWCONF"

# --- 3. start (or restart) rt-server -----------------------------------------------------
running() { [[ -s "$PIDFILE" ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }
answers() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/NoAuth/Login.html" 2>/dev/null | grep -q '^200$'; }
stop_server() {
  local pid; pid="$(cat "$PIDFILE")"
  log "stopping rt-server (pid $pid)"
  kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && { kill -KILL -- "-$pid" 2>/dev/null || true; sleep 0.5; }
  rm -f "$PIDFILE"
}
if running && [[ $CONF_CHANGED == 1 ]]; then stop_server; fi
if ! running; then
  rm -f "$PIDFILE"
  if answers; then
    die "something not started by this script already answers on $BASE; stop it first"
  fi
  log "starting rt-server on $BASE (log $LOGFILE)"
  setsid "$RT_SERVER" --port "$PORT" >> "$LOGFILE" 2>&1 < /dev/null &
  echo $! > "$PIDFILE"
else
  log "rt-server already running (pid $(cat "$PIDFILE")) with this configuration"
fi
for i in $(seq 1 240); do
  answers && break
  running || die "rt-server exited; see $LOGFILE"
  sleep 0.5
  [[ $i == 240 ]] && die "login page did not answer within 120 s; see $LOGFILE"
done
log "login page answers: $BASE/NoAuth/Login.html (root / testpass123)"

# --- 4. rights: customers create and answer tickets by mail -----------------------------
perl -e '
  use strict; use lib "'"$RT_LIB"'"; use RT; RT::LoadConfig(); RT::Init();
  my $g = RT::Group->new(RT->SystemUser); $g->LoadSystemInternalGroup("Everyone");
  my $q = RT::Queue->new(RT->SystemUser); $q->Load("General") or die "no General queue\n";
  for my $right (qw(CreateTicket ReplyToTicket)) {
    next if $g->PrincipalObj->HasRight(Right => $right, Object => $q);
    my ($ok, $msg) = $g->PrincipalObj->GrantRight(Right => $right, Object => $q);
    die "GrantRight $right: $msg\n" unless $ok;
    print STDERR "[rt5-setup] granted Everyone $right on General\n";
  }' || die "could not grant rights"

# --- 5. seed tickets from tickets.json ---------------------------------------------------
perl "$HERE/seed.pl" --base "$BASE" --tickets "$HERE/tickets.json" --mode "$MODE" --out "$STATE/tickets.json"
