// Options → RunConfig: every flag pair becomes one enum, -d is parsed here
// and nowhere else.
#include "organizer/config.h"

#include <algorithm>

#include "immich/client.h"
#include "store/store.h"

namespace ifpo::organizer {

bool Selection::Chooses(const Person& p) const {
  return std::find(ids.begin(), ids.end(), p.id) != ids.end() ||
         (!p.name.empty() && std::find(names.begin(), names.end(), p.name) != names.end()) ||
         (favorites && p.is_favorite);
}

Result<RunConfig> Resolve(const cli::Options& o, std::chrono::sys_seconds now) {
  RunConfig c;
  auto api_url = immich::NormalizeApiUrl(o.api_url);
  if (!api_url) return api_url.error();
  c.server.api_url = *api_url;
  c.server.web_url = immich::WebUrlOf(c.server.api_url);
  c.server.api_key = o.api_key;
  c.server.ca_cert = o.ca_cert;
  c.server.insecure = o.insecure;
  c.server.concurrency = o.concurrency;
  c.server.timeout_ms = static_cast<long>(o.timeout_s * 1000);
  c.server.page_size = o.chunk_size;

  c.select.ids = o.people_ids;
  c.select.names = o.people_names;
  c.select.favorites = o.favorite_people;
  c.select.names_filter = o.without_names       ? Names::kUnnamed
                          : o.with_names        ? Names::kNamed
                          : c.select.Explicit() ? Names::kAll
                                                : Names::kNamed;
  c.select.needs_birth_date = o.birthday_bias;

  c.pick = o.random_mode ? Pick::kRandom : Pick::kBest;
  c.seed = o.seed;

  score::Rules& r = c.score;
  r.formula = o.classic ? score::Formula::kClassic : score::Formula::kQuality;
  r.sharpness = o.detect_blur            ? score::Sharpness::kSharp
                : o.detect_blur_reversed ? score::Sharpness::kBlurry
                                         : score::Sharpness::kIgnored;
  r.face_size = o.low_pixel ? score::FaceSize::kSmall : score::FaceSize::kLarge;
  r.recency = o.recency            ? score::RecencyBias::kNewest
              : o.recency_reversed ? score::RecencyBias::kOldest
                                   : score::RecencyBias::kNone;
  if (!o.date_bias.empty()) {
    std::string why;
    r.date_target = score::ParseDateTarget(o.date_bias, &why);
    if (!r.date_target) return MakeError(ErrorKind::kInvalidArgument, why);
  }
  r.birthdays = o.birthday_bias;
  r.sigma_days = o.sigma_days;

  c.apply.dry_run = o.dry_run;
  c.apply.ask_first = !o.unattended;
  c.apply.confirm_each = o.confirmation;
  c.apply.force = o.force;
  c.apply.override_manual = o.override_manual;

  // The cache may be deleted at will; the record of our choices and the lock
  // are state. --cache-dir alone keeps everything in one directory.
  c.storage.enabled = !o.no_cache;
  c.storage.per_key = o.record_per_key;
  if (c.storage.enabled) {
    c.storage.cache_dir = o.cache_dir.empty() ? store::DefaultCacheDir() : o.cache_dir;
    c.storage.state_dir = !o.state_dir.empty()   ? o.state_dir
                          : !o.cache_dir.empty() ? o.cache_dir
                                                 : store::DefaultStateDir();
  }

  c.revert = o.revert;
  c.output = o.output;
  c.report_path = o.report_path;
  c.log_level = o.log_level;
  c.now = now;
  c.today = CivilFromDays(static_cast<long>(now.time_since_epoch().count() / 86400));
  return c;
}

}  // namespace ifpo::organizer
