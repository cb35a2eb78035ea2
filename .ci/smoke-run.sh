#!/usr/bin/env bash
# Starts ./run.sh --demo on a fresh data directory and free ports, checks both services, stops it
# with SIGTERM, starts it again and checks that the data survived. Bounded in time. (Ctrl-C takes
# the same path in run.sh; a background job of a script has SIGINT ignored, so TERM it is here.)
set -euo pipefail
cd "$(dirname "$0")/.."

data_dir=$(mktemp -d)
export SYMPOSIUM_DATA_DIR=$data_dir SYMPOSIUM_STORE_PORT=28018 SUBMISSION_PORT=18081 REVIEW_PORT=18082
log=$data_dir/run.log
run_pid=

start() {
	# own session and process group, so that the EXIT trap can clean up everything it started;
	# the log is emptied first, so the wait below never sees the previous start's banner
	: >"$log"
	setsid ./run.sh "$@" >>"$log" 2>&1 &
	run_pid=$!
	for _ in $(seq 1 240); do
		grep -q 'Ctrl-C stops everything' "$log" && return 0
		kill -0 "$run_pid" 2>/dev/null || { cat "$log"; echo "run.sh exited early"; exit 1; }
		sleep 0.5
	done
	cat "$log"; echo "run.sh did not come up within 120 s"; exit 1
}

stop() {
	kill -TERM "$run_pid" 2>/dev/null || true
	for _ in $(seq 1 60); do
		kill -0 "$run_pid" 2>/dev/null || return 0
		sleep 0.5
	done
	echo "run.sh did not stop within 30 s"; kill -KILL -- "-$run_pid" || true; exit 1
}
external_pid=
trap 'kill -KILL -- "-$run_pid" 2>/dev/null || true; [ -z "$external_pid" ] || kill -KILL "$external_pid" 2>/dev/null || true' EXIT

start --demo
expect() { # url text
	local body
	body=$(curl -fsS --max-time 10 "$1") || { echo "GET $1 failed"; exit 1; }
	grep -qF "$2" <<<"$body" || { echo "GET $1 does not contain $2"; exit 1; }
}
for port in 18081 18082; do
	expect "http://127.0.0.1:$port/actuator/health" '"status":"UP"'
	expect "http://127.0.0.1:$port/api/topic-areas" '"ja":"手術支援"'
	expect "http://127.0.0.1:$port/" 'Medical AI'
done
grep -h 'Demo data' "$data_dir"/logs/submission-service.log
# default mode: no SMTP configured, so both services have the dev mailbox and run.sh says where
# the login links appear
grep -q 'Login links appear below and at http://localhost:18081/dev/mail' "$log" \
	|| { echo "run.sh did not point to the dev mailbox"; cat "$log"; exit 1; }
for port in 18081 18082; do
	expect "http://127.0.0.1:$port/api/dev/mail?to=nobody@hokudai.ac.jp" '[]'
	expect "http://127.0.0.1:$port/dev/mail" 'Dev mailbox'
done
# a mail handed to submission-service's catcher shows on the console and in both services
catcher_port=$(grep -o 'mails are caught on 127.0.0.1:[0-9]*' "$data_dir/logs/submission-service.log" | grep -o '[0-9]*$')
printf 'From: smoke@symposium.invalid\r\nTo: smoke@hokudai.ac.jp\r\nSubject: Smoke test\r\n\r\nhttp://localhost:18081/smoke\r\n' \
	| curl -fsS --max-time 10 "smtp://127.0.0.1:$catcher_port" --mail-from smoke@symposium.invalid \
		--mail-rcpt smoke@hokudai.ac.jp -T - || { echo "the mail catcher did not take a mail"; exit 1; }
for _ in $(seq 1 20); do grep -q '\[mail\] to smoke@hokudai.ac.jp: Smoke test — http://localhost:18081/smoke' "$log" && break; sleep 0.5; done
grep -q '\[mail\] to smoke@hokudai.ac.jp: Smoke test — http://localhost:18081/smoke' "$log" \
	|| { echo "run.sh did not print the caught mail's link"; cat "$log"; exit 1; }
expect "http://127.0.0.1:18082/api/dev/mail?to=Smoke@Hokudai.ac.jp" '"subject":"Smoke test"'
# default mode is safe on a shared network: both services listen on loopback only (read from the
# kernel's socket table; no traffic leaves this machine) ...
# (ports 18081 and 18082 are 46A1 and 46A2 in the table's hex)
listening=$(awk 'FNR > 1 && $4 == "0A" { split($2, a, ":"); if (a[2] == "46A1" || a[2] == "46A2") print a[1] }' \
	/proc/net/tcp /proc/net/tcp6 | sort -u)
# (127.0.0.1 in the table's byte order, plain or IPv4-mapped in the IPv6 table)
unexpected=$(grep -vxE '0100007F|0000000000000000FFFF00000100007F' <<<"$listening" || true)
[ -n "$listening" ] && [ -z "$unexpected" ] || { echo "the services listen beyond loopback: $listening"; exit 1; }
# ... and a newcomer still logs in: the login link prints on the console
curl -fsS --max-time 10 -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
	-d '{"email":"chair.hu@hokudai.ac.jp"}' http://127.0.0.1:18081/api/auth/login-link | grep -q 202 \
	|| { echo "asking for a login link failed"; exit 1; }
for _ in $(seq 1 20); do grep -q '\[mail\] to chair.hu@hokudai.ac.jp: .*/login/ott?token=' "$log" && break; sleep 0.5; done
grep -q '\[mail\] to chair.hu@hokudai.ac.jp: .*/login/ott?token=' "$log" \
	|| { echo "run.sh did not print the login link on the console"; cat "$log"; exit 1; }
stop
grep -q 'Stopped.' "$log"

start --demo
grep -q 'Demo data: 0 pre-registrations and accounts inserted' "$data_dir/logs/submission-service.log" \
	|| { echo "demo data were not kept across the restart"; cat "$data_dir/logs/submission-service.log"; exit 1; }
! grep -q 'Seeded reference data' "$data_dir/logs/submission-service.log" "$data_dir/logs/review-service.log" \
	|| { echo "reference data were seeded again after a restart"; exit 1; }
stop

# The deployment decided on the catcher: an instance configured with SMTP refuses to start against
# it and says why, instead of sending or catching mails of the other mode.
SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=1 setsid ./run.sh >"$log" 2>&1 &
run_pid=$!
for _ in $(seq 1 240); do kill -0 "$run_pid" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$run_pid" 2>/dev/null; then echo "run.sh with another mail mode kept running"; exit 1; fi
grep -q 'This deployment delivers mail in mode CATCHER' "$data_dir/logs/submission-service.log" \
	|| { echo "a service in the other mail mode did not say why it refused to start"; cat "$log"; exit 1; }

# With SPRING_MONGODB_URI set, run.sh starts no store of its own and uses that database. A
# separately started embedded store stands in for a real MongoDB here.
external_dir=$(mktemp -d)
java -jar embedded-store/target/symposium-embedded-store-*-exec.jar --port=29018 --data-dir="$external_dir" \
	>"$external_dir/store.log" 2>&1 &
external_pid=$!
for _ in $(seq 1 100); do grep -q 'Embedded store ready' "$external_dir/store.log" && break; sleep 0.2; done
rm -f "$data_dir/logs/store.log"
SPRING_MONGODB_URI=mongodb://127.0.0.1:29018/other start
grep -q 'Using the MongoDB at SPRING_MONGODB_URI' "$log" || { echo "run.sh did not use SPRING_MONGODB_URI"; exit 1; }
[ ! -e "$data_dir/logs/store.log" ] || { echo "run.sh started an embedded store although SPRING_MONGODB_URI was set"; exit 1; }
grep -q 'Seeded reference data' "$data_dir/logs/submission-service.log" "$data_dir/logs/review-service.log" \
	|| { echo "the services did not seed the database named in SPRING_MONGODB_URI"; exit 1; }
expect "http://127.0.0.1:18082/api/topic-areas" '"ja":"ゲノム医療"'
stop
kill -TERM "$external_pid"; wait "$external_pid" || true
rm -rf "$external_dir"

echo "run.sh smoke test passed: both services UP on loopback only, login link on the console, data kept across a restart, another mail mode refused, SPRING_MONGODB_URI honoured"
rm -rf "$data_dir"
