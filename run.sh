#!/usr/bin/env bash
# Starts the whole system on this machine: the embedded store (unless SPRING_MONGODB_URI points
# at a real MongoDB), submission-service and review-service. Builds what is missing or stale
# first. Ctrl-C stops everything.
#
#   ./run.sh            start
#   ./run.sh --demo     start and add demo data (people, reviewers, ...)
#
# Environment (all optional):
#   SPRING_MONGODB_URI    use this MongoDB instead of the embedded store
#   SYMPOSIUM_DATA_DIR    where the embedded store keeps its file and the logs go (./data)
#   SYMPOSIUM_STORE_PORT  embedded store port (27018)
#   SUBMISSION_PORT       submission-service port (8081)
#   REVIEW_PORT           review-service port (8082)
#   PUBLIC_HOST           host name put into links between the services (localhost)
#   JAVA_OPTS             JVM options of each service (-Xmx512m)
#   SERVER_ADDRESS        interface the services listen on (127.0.0.1: this machine only;
#                         0.0.0.0 opens them to the network, see docs/security.md)
#   SPRING_MAIL_HOST      send mail through this SMTP server (with SPRING_MAIL_PORT, _USERNAME,
#                         _PASSWORD); without it every mail is caught: the login links print
#                         here and show at /dev/mail, to this machine only
set -euo pipefail

cd "$(dirname "$0")"

usage() {
	sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'
}

demo=false
for arg in "$@"; do
	case "$arg" in
		--demo) demo=true ;;
		-h | --help) usage; exit 0 ;;
		*) echo "run.sh: unknown option '$arg'" >&2; usage >&2; exit 2 ;;
	esac
done

data_dir=${SYMPOSIUM_DATA_DIR:-./data}
store_port=${SYMPOSIUM_STORE_PORT:-27018}
submission_port=${SUBMISSION_PORT:-8081}
review_port=${REVIEW_PORT:-8082}
public_host=${PUBLIC_HOST:-localhost}
java_opts=${JAVA_OPTS:--Xmx512m}
log_dir="$data_dir/logs"
# The services' own rule (CatcherMode): a blank SPRING_MAIL_HOST counts as unset.
smtp_host=$(printf '%s' "${SPRING_MAIL_HOST:-}" | tr -d '[:space:]')
listen_address=${SERVER_ADDRESS:-127.0.0.1}

say() { printf '[run] %s\n' "$*"; }
fail() { printf '[run] %s\n' "$*" >&2; exit 1; }

command -v java >/dev/null || fail "java is not installed; install a JDK 17 or newer (Debian: apt-get install -y openjdk-17-jdk-headless)"

port_in_use() {
	(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# GET a URL on 127.0.0.1 and print the body; curl when present, bash's /dev/tcp otherwise.
http_get() {
	local port=$1 path=$2
	if command -v curl >/dev/null; then
		curl -fsS --max-time 3 "http://127.0.0.1:$port$path"
	else
		exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
		printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$path" >&3
		timeout 3 cat <&3 | sed '1,/^\r$/d'
		exec 3<&-
	fi
}

# --- build what is missing or older than its sources -------------------------------------------
jar_of() { ls "$1"/target/$2 2>/dev/null | grep -v '\.original$' | head -n 1 || true; }

store_jar=$(jar_of embedded-store 'symposium-embedded-store-*-exec.jar')
submission_jar=$(jar_of submission-service 'submission-service-*.jar')
review_jar=$(jar_of review-service 'review-service-*.jar')

needs_build=false
for jar in "$store_jar" "$submission_jar" "$review_jar"; do
	if [ -z "$jar" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src/main -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
		needs_build=true
	fi
done
if $needs_build; then
	say "Building (first run or sources changed; tests are the job of ./mvnw verify) ..."
	./mvnw -q -B -DskipTests -Dspring-javaformat.skip=true package \
		|| fail "The build failed; run ./mvnw -DskipTests package to see why"
	store_jar=$(jar_of embedded-store 'symposium-embedded-store-*-exec.jar')
	submission_jar=$(jar_of submission-service 'submission-service-*.jar')
	review_jar=$(jar_of review-service 'review-service-*.jar')
	# Maven leaves a jar untouched when its module did not change; mark all as built now so that
	# the staleness check above compares against this build
	touch "$store_jar" "$submission_jar" "$review_jar"
fi

# --- start -------------------------------------------------------------------------------------
mkdir -p "$log_dir"
pids=()

stop_all() {
	trap - INT TERM EXIT
	if [ ${#pids[@]} -gt 0 ]; then
		say "Stopping ..."
		# services first, then the store they write to
		for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
			kill -TERM "${pids[$i]}" 2>/dev/null || true
			wait "${pids[$i]}" 2>/dev/null || true
		done
		say "Stopped."
	fi
}
trap 'stop_all; exit 130' INT TERM
trap stop_all EXIT

for port in "$submission_port" "$review_port"; do
	port_in_use "$port" && fail "Port $port is already in use (another ./run.sh?); stop it or set SUBMISSION_PORT / REVIEW_PORT"
done

service_args=()
if [ -n "${SPRING_MONGODB_URI:-}" ]; then
	say "Using the MongoDB at SPRING_MONGODB_URI; no embedded store."
else
	port_in_use "$store_port" && fail "Port $store_port is already in use; stop what runs there or set SYMPOSIUM_STORE_PORT"
	say "Starting the embedded store on 127.0.0.1:$store_port (data in $data_dir) ..."
	java -Xmx384m -jar "$store_jar" --host=127.0.0.1 --port="$store_port" --data-dir="$data_dir" \
		>"$log_dir/store.log" 2>&1 &
	pids+=($!)
	for _ in $(seq 1 300); do
		grep -q 'Embedded store ready' "$log_dir/store.log" 2>/dev/null && break
		kill -0 "${pids[0]}" 2>/dev/null || { cat "$log_dir/store.log" >&2; fail "The embedded store did not start (above: $log_dir/store.log)"; }
		sleep 0.1
	done
	grep -q 'Embedded store ready' "$log_dir/store.log" || fail "The embedded store did not get ready in 30 s; see $log_dir/store.log"
	service_args+=("--spring.mongodb.uri=mongodb://127.0.0.1:$store_port/symposium")
fi

service_args+=(
	"--symposium.links.submission-url=http://$public_host:$submission_port"
	"--symposium.links.review-url=http://$public_host:$review_port"
)
$demo && service_args+=("--spring.profiles.active=demo")

say "Starting submission-service on port $submission_port and review-service on port $review_port ..."
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java $java_opts -jar "$submission_jar" --server.port="$submission_port" "${service_args[@]}" \
	>"$log_dir/submission-service.log" 2>&1 &
pids+=($!)
# shellcheck disable=SC2086
java $java_opts -jar "$review_jar" --server.port="$review_port" "${service_args[@]}" \
	>"$log_dir/review-service.log" 2>&1 &
pids+=($!)

if [ -n "$smtp_host" ]; then
	mail_line="goes to ${smtp_host}${SPRING_MAIL_PORT:+:$SPRING_MAIL_PORT} (SPRING_MAIL_HOST)"
else
	mail_line="no SMTP server configured, so mails are caught. Login links appear below and at http://$public_host:$submission_port/dev/mail"
	mail_line="$mail_line (on this machine only)"
fi
case "$listen_address" in
	127.* | ::1 | localhost) listen_line="this machine only ($listen_address); SERVER_ADDRESS=0.0.0.0 opens them to the network" ;;
	*) listen_line="$listen_address, reachable from the network (SERVER_ADDRESS)" ;;
esac

started=$(date +%s)
for name_port in "submission-service:$submission_port" "review-service:$review_port"; do
	name=${name_port%%:*}
	port=${name_port##*:}
	until http_get "$port" /actuator/health 2>/dev/null | grep -q '"status":"UP"'; do
		for pid in "${pids[@]}"; do
			kill -0 "$pid" 2>/dev/null || { tail -n 40 "$log_dir/$name.log" >&2; fail "A process exited during start-up; logs in $log_dir"; }
		done
		[ $(($(date +%s) - started)) -lt 180 ] || fail "$name did not report UP within 180 s; see $log_dir/$name.log"
		sleep 0.5
	done
	say "$name is UP after $(($(date +%s) - started)) s"
done

cat <<EOF

  HU × SNU Medical AI — abstracts
  Submissions  http://$public_host:$submission_port/
  Review       http://$public_host:$review_port/
  API docs     http://$public_host:$submission_port/swagger-ui.html · http://$public_host:$review_port/swagger-ui.html
  Health       http://$public_host:$submission_port/actuator/health · http://$public_host:$review_port/actuator/health
  Logs         $log_dir/
  Listening    $listen_line
  Mail         $mail_line
$($demo && printf '  Demo data    on (people of both institutions; see docs/demo.md)\n')

  Ctrl-C stops everything.
EOF

if [ -z "$smtp_host" ]; then
	# Default mode: show each caught mail's links (login links above all) as the services log them.
	# tail is the process we track and stop; grep ends when tail's output closes.
	tail -n +1 -F "$log_dir/submission-service.log" "$log_dir/review-service.log" 2>/dev/null \
		> >(grep --line-buffered -o '\[mail\] .*') &
	pids+=($!)
fi

# Stop everything as soon as any process ends on its own.
while true; do
	for pid in "${pids[@]}"; do
		if ! kill -0 "$pid" 2>/dev/null; then
			say "A process (pid $pid) stopped on its own; stopping the rest. Logs in $log_dir"
			exit 1
		fi
	done
	sleep 1
done
