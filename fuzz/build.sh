#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) straight from the
# sources, without CMake. Objects are cached in $FUZZ_BUILD_DIR and rebuilt
# when their source or a project header is newer.
#   fuzz/build.sh [target...]      (default: all targets)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
CXX="${CXX_FUZZ:-clang++}"
JOBS="${FUZZ_JOBS:-2}"
mkdir -p "$OUT/obj"

SAN=(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
CXXFLAGS=(-std=c++20 -O1 -g1 "${SAN[@]}" -I"$ROOT/src" -I/usr/include/opencv4 $(pkg-config --cflags libpng) -DIFPO_VERSION=\"fuzz\"
          -Wall -Wextra -Wno-unused-parameter)

# target → project sources it needs (core/dates, core/result and core/model everywhere).
CORE="src/core/dates.cpp src/core/result.cpp src/core/model.cpp"
declare -A SRCS=(
  [fuzz_json]="$CORE src/immich/json.cpp src/immich/search_page.cpp"
  [fuzz_dates]="$CORE src/score/dates.cpp"
  [fuzz_cli]="$CORE src/core/cron.cpp $(cd "$ROOT" && ls src/ui/*.cpp src/score/*.cpp | tr '\n' ' ') src/cli/options.cpp"
  [fuzz_url]="$CORE src/core/work_queue.cpp src/immich/client.cpp src/immich/json.cpp src/immich/search_page.cpp"
  [fuzz_image]="$CORE $(cd "$ROOT" && ls src/image/*.cpp | tr '\n' ' ')"
)
declare -A LIBS=(
  [fuzz_image]="-lopencv_imgproc -lopencv_core $(pkg-config --libs libjpeg libwebp libpng)"
  [fuzz_cli]="-lpthread"
  [fuzz_json]="-lsimdjson"
  [fuzz_url]="-lsimdjson -lpthread"
)
ALL=(fuzz_json fuzz_dates fuzz_cli fuzz_url fuzz_image)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL[@]}")

newest_header=$(find "$ROOT/src" -name '*.h' -printf '%T@\n' | sort -n | tail -1)

# Compiles one source (project file or fuzz target) to $OUT/obj; echoes the object.
compile() {
  local src="$1" flags="$2"
  local obj="$OUT/obj/$(echo "$src" | tr '/' '_').o"
  local src_time obj_time
  src_time=$(stat -c %Y "$ROOT/$src")
  obj_time=$(stat -c %Y "$obj" 2>/dev/null || echo 0)
  if [ "$obj_time" -le "$src_time" ] || [ "$obj_time" -le "${newest_header%.*}" ]; then
    # shellcheck disable=SC2086
    "$CXX" "${CXXFLAGS[@]}" $flags -c "$ROOT/$src" -o "$obj.tmp" && mv "$obj.tmp" "$obj"
  fi
  echo "$obj"
}

# Project sources once (in parallel), then each target.
declare -A WANT=()
for t in "${TARGETS[@]}"; do
  [ -n "${SRCS[$t]:-}" ] || { echo "fuzz/build.sh: unknown target $t" >&2; exit 2; }
  for s in ${SRCS[$t]}; do WANT[$s]=1; done
done
printf '%s\n' "${!WANT[@]}" | xargs -P "$JOBS" -I{} bash -c "$(declare -p CXX CXXFLAGS OUT ROOT newest_header); $(declare -f compile); compile {} -fsanitize=fuzzer-no-link >/dev/null"

for t in "${TARGETS[@]}"; do
  objs=()
  for s in ${SRCS[$t]}; do objs+=("$(compile "$s" -fsanitize=fuzzer-no-link)"); done
  main=$(compile "fuzz/$t.cpp" -fsanitize=fuzzer-no-link)
  # shellcheck disable=SC2086
  "$CXX" "${SAN[@]}" -fsanitize=fuzzer "$main" "${objs[@]}" ${LIBS[$t]:-} -o "$OUT/$t"
  echo "built $OUT/$t"
done
