#!/usr/bin/env bash
# A private OpenLink Virtuoso for normgraph: install, start (loopback only), stop.
#
#   scripts/virtuoso.sh install                    apt-get install virtuoso-opensource-7 (root)
#   scripts/virtuoso.sh start DIR [HTTP] [SQL]     a database in DIR, HTTP and SQL ports
#                                                  (default 8890 and 1111, 127.0.0.1 only)
#   scripts/virtuoso.sh stop DIR                   shut it down
#
# `start` creates the database on first use and prints the settings to use it, also kept
# in DIR/normgraph.env:
#   NORMGRAPH_ENDPOINT          http://127.0.0.1:HTTP/sparql        (anonymous, read only)
#   NORMGRAPH_ENDPOINT_UPDATE   http://127.0.0.1:HTTP/sparql-auth   (digest auth)
#   NORMGRAPH_ENDPOINT_GRAPH_STORE  http://127.0.0.1:HTTP/sparql-graph-crud-auth
#   NORMGRAPH_ENDPOINT_UNION=server, NORMGRAPH_ENDPOINT_USER / _PASSWORD
# VIRTUOSO_MAX_ROWS sets the answer cap (default 10,000,000; Virtuoso's own is 10,000).
# On creation the DBA password is replaced by a random one (DIR/dba-password), a user
# "normgraph" gets SPARQL_UPDATE, and the graphs Virtuoso ships (its RDF-view metadata
# and demo graphs) are made private, so that the default graph is the union of
# normgraph's graphs only. See docs/store.md.
set -euo pipefail

PACKAGE=virtuoso-opensource-7
PRIVATE_GROUP='http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs'

die() { echo "virtuoso.sh: $*" >&2; exit 1; }

need_binaries() {
    command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null \
        || die "Virtuoso is not installed: run 'sudo scripts/virtuoso.sh install' (Debian/Ubuntu: apt-get install -y $PACKAGE)"
}

install() {
    if command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null; then
        echo "Virtuoso already installed: $(virtuoso-t -? 2>&1 | sed -n 2p)"
        return
    fi
    [ "$(id -u)" = 0 ] || die "installing needs root: sudo $0 install"
    # The package would start a system-wide server on all interfaces (8890, 1111): a
    # policy-rc.d that refuses every service start keeps it down during the install.
    local policy=/usr/sbin/policy-rc.d
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy"
        chmod +x "$policy"
        trap "rm -f $policy" EXIT
    fi
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y "$PACKAGE"
}

write_ini() {  # DIR HTTP SQL
    cat >"$1/virtuoso.ini" <<EOF
; written by scripts/virtuoso.sh: a private database, loopback ports only
[Database]
DatabaseFile       = $1/virtuoso.db
ErrorLogFile       = $1/virtuoso.log
LockFile           = $1/virtuoso.lck
TransactionFile    = $1/virtuoso.trx
xa_persistent_file = $1/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile    = $1/virtuoso-temp.db
TransactionFile = $1/virtuoso-temp.trx
Striping        = 0

[Parameters]
ServerPort           = 127.0.0.1:$3
DisableUnixSocket    = 1
MaxClientConnections = 10
CheckpointInterval   = 60
CaseMode             = 2
DirsAllowed          = .
ThreadsPerQuery      = 1
; about 80 MB of page buffers: enough for 10^6 triples, small beside the other servers
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000

[HTTPServer]
ServerPort           = 127.0.0.1:$2
ServerRoot           = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 10
ServerThreads        = 10
Charset              = UTF-8
EnabledGzipContent   = 0

[URIQA]
DefaultHost = 127.0.0.1:$2

[SPARQL]
; Virtuoso cuts every answer at ResultSetMaxRows (10,000 by default) without an error;
; a dump reads every quad in one answer, so the cap is set far above the test data
ResultSetMaxRows      = ${VIRTUOSO_MAX_ROWS:-10000000}
MaxQueryExecutionTime = 300
EOF
}

isql() {  # DIR SQL-statements...
    local dir=$1 port password
    shift
    port=$(sed -n 's/^ServerPort *= *127.0.0.1:\([0-9]*\)$/\1/p' "$dir/virtuoso.ini" | head -1)
    password=$(cat "$dir/dba-password" 2>/dev/null || echo dba)
    isql-vt "127.0.0.1:$port" dba "$password" "$@"
}

configure() {  # DIR HTTP
    local dir=$1 http=$2 dba user
    dba=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    user=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    cat >"$dir/setup.sql" <<EOF
DB.DBA.USER_CREATE ('normgraph', '$user');
GRANT SPARQL_UPDATE TO "normgraph";
DB.DBA.RDF_GRAPH_GROUP_CREATE ('$PRIVATE_GROUP', 1);
CREATE PROCEDURE NG_HIDE_SHIPPED_GRAPHS () {
  FOR (SELECT DISTINCT id_to_iri (G) AS GRAPH_IRI FROM DB.DBA.RDF_QUAD) DO
    DB.DBA.RDF_GRAPH_GROUP_INS ('$PRIVATE_GROUP', GRAPH_IRI);
};
NG_HIDE_SHIPPED_GRAPHS ();
-- graphs of this host that Virtuoso may write only later (WebDAV metadata, service description)
DB.DBA.RDF_GRAPH_GROUP_INS ('$PRIVATE_GROUP', 'http://127.0.0.1:$http/DAV/');
DB.DBA.RDF_GRAPH_GROUP_INS ('$PRIVATE_GROUP', 'http://127.0.0.1:$http/sparql');
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 0, 1);
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 1);
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('normgraph', 0, 1);
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('normgraph', 3);
DB.DBA.USER_CHANGE_PASSWORD ('dba', 'dba', '$dba');
EOF
    isql "$dir" "$dir/setup.sql" >"$dir/setup.log" 2>&1 || die "setup failed: see $dir/setup.log"
    grep -q '\*\*\* Error' "$dir/setup.log" && die "setup failed: see $dir/setup.log"
    (umask 077; echo "$dba" >"$dir/dba-password")
    rm -f "$dir/setup.sql"
    (umask 077; cat >"$dir/normgraph.env" <<EOF
NORMGRAPH_ENDPOINT=http://127.0.0.1:$http/sparql
NORMGRAPH_ENDPOINT_UPDATE=http://127.0.0.1:$http/sparql-auth
NORMGRAPH_ENDPOINT_GRAPH_STORE=http://127.0.0.1:$http/sparql-graph-crud-auth
NORMGRAPH_ENDPOINT_UNION=server
NORMGRAPH_ENDPOINT_USER=normgraph
NORMGRAPH_ENDPOINT_PASSWORD=$user
EOF
    )
}

start() {  # DIR [HTTP] [SQL]
    [ $# -ge 1 ] || die "usage: $0 start DIR [HTTP_PORT] [SQL_PORT]"
    need_binaries
    local dir http=${2:-8890} sql=${3:-1111} fresh=0
    mkdir -p "$1"
    dir=$(cd "$1" && pwd)
    [ -e "$dir/virtuoso.db" ] || fresh=1
    write_ini "$dir" "$http" "$sql"
    (cd "$dir" && virtuoso-t +configfile "$dir/virtuoso.ini" +wait) \
        || die "virtuoso-t did not start: see $dir/virtuoso.log"
    if [ "$fresh" = 1 ]; then configure "$dir" "$http"; fi
    cat "$dir/normgraph.env"
}

stop() {  # DIR
    [ $# -ge 1 ] || die "usage: $0 stop DIR"
    local dir=$1 pid
    [ -e "$dir/virtuoso.lck" ] || return 0
    pid=$(sed -n 's/^VIRT_PID=//p' "$dir/virtuoso.lck")
    isql "$dir" exec='shutdown;' >/dev/null 2>&1 || { [ -n "$pid" ] && kill "$pid" 2>/dev/null; } || true
    for _ in $(seq 100); do
        [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
}

case "${1:-}" in
    install) install ;;
    start) shift; start "$@" ;;
    stop) shift; stop "$@" ;;
    *) die "usage: $0 install | start DIR [HTTP_PORT] [SQL_PORT] | stop DIR" ;;
esac
