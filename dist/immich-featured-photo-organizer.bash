# bash completion for immich-featured-photo-organizer
_immich_featured_photo_organizer() {
  local cur prev
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
    -l|--log-level) COMPREPLY=($(compgen -W "CRITICAL ERROR WARNING INFO DEBUG VERBOSE" -- "$cur")); return ;;
    --output) COMPREPLY=($(compgen -W "text json" -- "$cur")); return ;;
    --demo-dialect) COMPREPLY=($(compgen -W "1.136 2.7 3.2" -- "$cur")); return ;;
    --api-key-file|--ca-cert|--report) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --cache-dir|--state-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    -d|--date-bias|-g|--sigma-days|-C|--fetch-chunk-size|--concurrency|--timeout|--seed|-s|--people-ids|-S|--people-names|--schedule) return ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "-h --help --version -y --dry-run -u --unattended -c --confirmation -w --with-names
      -W --without-names -s --people-ids -S --people-names -f --favorite-people -r --random-mode -p --low-pixel-mode
      -b --detect-blur -B --detect-blur-reversed -t --recency-bias -T --recency-bias-reversed -d --date-bias
      -n --birthday-bias -g --sigma-days -C --fetch-chunk-size -l --log-level --api-key-file --classic --concurrency --timeout
      --cache-dir --state-dir --no-cache --force --revert --override-manual --report --output --ca-cert --insecure --seed
      --demo --demo-dialect --schedule --run-on-start" -- "$cur"))
  fi
}
complete -F _immich_featured_photo_organizer immich-featured-photo-organizer
