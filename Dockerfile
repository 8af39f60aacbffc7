# The organizer as a container beside Immich: settings by environment, a
# schedule (CRON_EXPRESSION), cache and record on the /data volume.
#   buildah bud -t immich-featured-photo-organizer .    (or docker build)
# BASE may be any Debian 12 or 13 image; nothing here is amd64-specific.
ARG BASE=debian:12-slim

FROM ${BASE} AS build
WORKDIR /src
COPY scripts/deps.sh scripts/deps.sh
RUN scripts/deps.sh static && rm -rf /var/lib/apt/lists/*
COPY . .
# OpenCV's core and imgproc are linked statically: Debian's shared
# libopencv-core pulls in OpenGL and LLVM (~250 MB) that this tool never calls.
RUN cmake -S . -B /build -G Ninja -DCMAKE_BUILD_TYPE=Release -DIFPO_BUILD_TESTS=OFF -DIFPO_STATIC_OPENCV=ON \
    && cmake --build /build --target immich-featured-photo-organizer -j"$(nproc)" \
    && strip /build/immich-featured-photo-organizer \
    && dist/container/runtime-packages.sh /build/immich-featured-photo-organizer > /build/runtime-packages \
    && cat /build/runtime-packages

FROM ${BASE}
ARG VERSION=unknown
LABEL org.opencontainers.image.title="immich-featured-photo-organizer" \
      org.opencontainers.image.description="Sets each Immich person's featured photo to their best face" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.licenses="MIT"
COPY --from=build /build/runtime-packages /tmp/runtime-packages
# tzdata: CRON_EXPRESSION is read in the zone TZ names. ca-certificates: https.
RUN apt-get update \
    && xargs -a /tmp/runtime-packages apt-get install -y --no-install-recommends ca-certificates tzdata \
    && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/cache/apt/archives/*.deb /var/log/apt /var/log/dpkg.log \
       /tmp/runtime-packages
COPY --from=build /build/immich-featured-photo-organizer /usr/bin/immich-featured-photo-organizer
COPY dist/container/entrypoint.sh /usr/local/bin/entrypoint
RUN useradd --uid 1000 --user-group --home-dir /data --no-create-home --shell /usr/sbin/nologin organizer \
    && mkdir -p /data && chown 1000:1000 /data
# Defaults for a container; every one can be changed in the compose file.
ENV CACHE_DIR=/data/cache \
    STATE_DIR=/data/state \
    UNATTENDED=true \
    HOME=/data
USER 1000:1000
WORKDIR /data
VOLUME ["/data"]
ENTRYPOINT ["/usr/local/bin/entrypoint"]
