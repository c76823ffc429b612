# Sourced by the backup scripts: turns Mosaik's own database settings (MOSAIK_DB_URL, _USER,
# _PASSWORD) into libpq's variables, so the scripts reach the database the app uses. Variables
# already set in libpq's own terms (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD) win.
if [[ -n ${MOSAIK_DB_URL:-} ]]; then
  # jdbc:postgresql://host[:port]/database[?parameters]
  url=${MOSAIK_DB_URL#jdbc:postgresql://}
  url=${url%%\?*}
  hostport=${url%%/*}
  export PGHOST=${PGHOST:-${hostport%%:*}}
  if [[ $hostport == *:* ]]; then export PGPORT=${PGPORT:-${hostport##*:}}; fi
  export PGDATABASE=${PGDATABASE:-${url#*/}}
  unset url hostport
fi
if [[ -n ${MOSAIK_DB_USER:-} ]]; then export PGUSER=${PGUSER:-$MOSAIK_DB_USER}; fi
if [[ -n ${MOSAIK_DB_PASSWORD:-} ]]; then export PGPASSWORD=${PGPASSWORD:-$MOSAIK_DB_PASSWORD}; fi
: "${PGDATABASE:?Set MOSAIK_DB_URL (as for the app) or PGHOST, PGPORT, PGDATABASE, PGUSER}"
