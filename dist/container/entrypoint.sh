#!/bin/sh
# The container's entry point: every setting comes from the environment
# (README "Settings by environment"); arguments, if any, are passed on.
# Logs go to stdout with the rest, for `docker logs`.
exec /usr/bin/immich-featured-photo-organizer "$@" 2>&1
