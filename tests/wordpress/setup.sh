#!/usr/bin/env bash
# A real WordPress on loopback for the plugin's tests: Debian's WordPress, PHP's built-in
# server and a private MariaDB, all under target/wordpress/. Idempotent; quick when present.
#   tests/wordpress/setup.sh start <plugin.zip>   install what is missing, start the servers,
#                                                 install the plugin fresh, write env.json
#   tests/wordpress/setup.sh stop                 stop what start started (by PID)
# Another WordPress tree can be tested with WORDPRESS=<its folder> and
# WORDPRESS_STATE=<a folder of its own>.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=$PWD/tests/wordpress
wordpress=${WORDPRESS:-/usr/share/wordpress}
state=$(realpath -m "${WORDPRESS_STATE:-target/wordpress}")
run=$state/run
site=$state/site
sock=$run/mysql.sock
say() { printf '\033[1;34m[wordpress]\033[0m %s\n' "$*"; }

stop() {
  if [ -f "$run/php.pid" ]; then
    local parent
    parent=$(cat "$run/php.pid")
    # PHP_CLI_SERVER_WORKERS forks workers: stop them by their PIDs, then the parent.
    for pid in $(ps -o pid= --ppid "$parent" 2>/dev/null || true) "$parent"; do
      kill "$pid" 2>/dev/null || true
    done
    rm -f "$run/php.pid"
  fi
  if [ -f "$run/mariadb.pid" ]; then
    local pid
    pid=$(cat "$run/mariadb.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    rm -f "$run/mariadb.pid"
  fi
}

packages() {
  if command -v php >/dev/null && php -m | grep -qx mysqli && command -v mariadbd >/dev/null \
    && [ -f /usr/share/wordpress/wp-load.php ] \
    && [ -f /usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json ]; then
    return
  fi
  say "installing PHP, MariaDB and Debian's WordPress"
  export DEBIAN_FRONTEND=noninteractive
  local apt=(apt-get -o DPkg::Lock::Timeout=600)
  local list=(php-cli php-mysql mariadb-server wordpress wordpress-theme-twentytwentythree)
  "${apt[@]}" install -y -qq --no-install-recommends "${list[@]}" >/dev/null || {
    "${apt[@]}" update -qq
    "${apt[@]}" install -y -qq --no-install-recommends "${list[@]}" >/dev/null
  }
}

# wait_for <what> <its log> <its PID> <command...>: runs the command until it succeeds, while
# the process lives, for 20 s at most.
wait_for() {
  local what=$1 log=$2 pid=$3
  shift 3
  for _ in $(seq 200); do
    "$@" >/dev/null 2>&1 && return
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "$0: $what did not start; the end of $log:" >&2
  tail -n 20 "$log" >&2 || true
  exit 1
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  local zip=$1
  [ -f "$zip" ] || { echo "$0: no plugin zip at $zip" >&2; exit 1; }
  packages
  stop
  mkdir -p "$run" "$state/log"

  # The database: created once, started for each run.
  if [ ! -d "$state/db/mysql" ]; then
    say "creating the database"
    mariadb-install-db --no-defaults --user=root --datadir="$state/db" \
      --auth-root-authentication-method=socket --skip-test-db >"$state/log/db-init.log" 2>&1
  fi
  mariadbd --no-defaults --user=root --datadir="$state/db" --socket="$sock" --skip-networking \
    --pid-file="$run/mariadb.pid" --log-error="$state/log/mariadb.err" >"$state/log/mariadbd.out" 2>&1 &
  wait_for "MariaDB" "$state/log/mariadb.err" $! mariadb -S "$sock" -uroot -e 'SELECT 1'
  mariadb -S "$sock" -uroot -e "CREATE DATABASE IF NOT EXISTS wordpress;
    CREATE USER IF NOT EXISTS 'wordpress'@'localhost' IDENTIFIED BY 'wordpress';
    GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"

  # The site: a copy of Debian's WordPress with its own wp-config.php.
  if [ ! -f "$site/wp-load.php" ]; then
    say "copying WordPress from $wordpress"
    cp -aL "$wordpress" "$site"
    rm -f "$site/wp-config.php"
    python3 -c 'import secrets; print("<?php"); [print(f"define( \"{k}\", \"{secrets.token_hex(32)}\" );") for k in ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]]' >"$state/salts.php"
  fi
  local port url
  port=$(free_port)
  url=http://127.0.0.1:$port
  sed -e "s|@SOCKET@|$sock|" -e "s|@URL@|$url|" -e "s|@SALTS@|$state/salts.php|" \
    "$here/wp-config.php.in" >"$site/wp-config.php"

  # The plugin, fresh from the zip, and the test site's own must-use plugin.
  rm -rf "$site/wp-content/plugins/body-map"
  python3 -m zipfile -e "$zip" "$site/wp-content/plugins/"
  mkdir -p "$site/wp-content/mu-plugins"
  cp "$here/test-site.php" "$site/wp-content/mu-plugins/test-site.php"

  # One worker would deadlock on the installer's request back to its own site.
  PHP_CLI_SERVER_WORKERS=4 php -S "127.0.0.1:$port" -t "$site" >"$state/log/php.log" 2>&1 &
  echo $! >"$run/php.pid"
  wait_for "PHP's server" "$state/log/php.log" "$(cat "$run/php.pid")" curl -s -o /dev/null "$url/wp-login.php"

  local password=body-map-admin-password
  if [ -z "$(mariadb -S "$sock" -uroot wordpress -Nse "SHOW TABLES LIKE 'wp_options'")" ]; then
    say "installing WordPress"
    curl -sf -o /dev/null "$url/wp-admin/install.php?step=2" \
      --data-urlencode "weblog_title=Clinic" --data-urlencode "user_name=admin" \
      --data-urlencode "admin_password=$password" --data-urlencode "admin_password2=$password" \
      --data-urlencode "pw_weak=on" --data-urlencode "admin_email=admin@example.com" \
      --data-urlencode "blog_public=0"
  fi
  php "$here/site.php" "$site" "$url" "$password" >"$state/env.json"
}

case "${1:-}" in
  start) start "${2:?usage: $0 start <plugin.zip>}" ;;
  stop) stop ;;
  *) echo "usage: $0 start <plugin.zip> | stop" >&2; exit 2 ;;
esac
