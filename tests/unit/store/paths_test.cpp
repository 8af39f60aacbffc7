#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>

#include "store/store.h"

namespace ifpo::store {
namespace {

TEST(ServerKeyTest, HostPortAndFnvHashOfNormalisedUrl) {
  // FNV-1a 64 of "http://immich.example.com:2283" is 1b51d6a2a942....
  EXPECT_EQ(ServerKey("http://immich.example.com:2283"), "immich.example.com_2283-1b51d6a2a942");
  // Case, trailing slashes and the /api suffix do not make a second cache.
  EXPECT_EQ(ServerKey("HTTP://Immich.Example.COM:2283/api/"), "immich.example.com_2283-1b51d6a2a942");
  EXPECT_EQ(ServerKey("  http://immich.example.com:2283//  "), "immich.example.com_2283-1b51d6a2a942");
  EXPECT_EQ(ServerKey("http://host:2283"), "host_2283-fc7f5d044ecb");
}

TEST(ServerKeyTest, DefaultPortsAndPathsDistinguishServers) {
  EXPECT_EQ(ServerKey("https://photos.example.org"), "photos.example.org_443-a7e80fe9a521");
  EXPECT_EQ(ServerKey("https://photos.example.org:443/api"), ServerKey("https://photos.example.org"));
  EXPECT_NE(ServerKey("http://photos.example.org"), ServerKey("https://photos.example.org"));
  EXPECT_NE(ServerKey("http://h.lan/immich"), ServerKey("http://h.lan"));
  EXPECT_NE(ServerKey("http://h.lan:2283"), ServerKey("http://h.lan:2284"));
}

TEST(ServerKeyTest, NoSecretsInTheKey) {
  const std::string key = ServerKey("https://alice:s3cr3t@photos.example.org/api?apiKey=XYZ123SECRET#frag");
  EXPECT_EQ(key, "photos.example.org_443-a7e80fe9a521");
  for (const char* secret : {"alice", "s3cr3t", "XYZ123SECRET", "apiKey", "frag", "@", "?"}) {
    EXPECT_EQ(key.find(secret), std::string::npos) << secret;
  }
  // An unescaped '/' in the password must not leak its start into the host.
  const std::string slashed = ServerKey("http://bob:pa/ss@host:2283");
  EXPECT_EQ(slashed, "host_2283-fc7f5d044ecb");
}

TEST(ServerKeyTest, OddInputGivesASafeFileName) {
  for (const char* url : {"", "://", "http://[::1]:2283/api", "file:///etc/passwd", "http://../..", "x y\tz"}) {
    const std::string key = ServerKey(url);
    ASSERT_FALSE(key.empty()) << url;
    EXPECT_NE(key[0], '.') << url;
    EXPECT_EQ(key.find('/'), std::string::npos) << url;
    EXPECT_EQ(key.find(':'), std::string::npos) << url;
    EXPECT_EQ(key.find(' '), std::string::npos) << url;
  }
  EXPECT_EQ(ServerKey("http://[fe80::2]:2283/api").substr(0, 15), "_fe80__2__2283-");
}

// One server, one lock and one record, however its loopback address is spelt.
TEST(ServerKeyTest, LoopbackSpellingsAreOneServer) {
  const std::string key = ServerKey("http://localhost:2283");
  for (const char* url :
       {"http://127.0.0.1:2283/api/", "http://LOCALHOST:2283", "http://localhost.:2283", "http://[::1]:2283",
        "http://[0:0:0:0:0:0:0:1]:2283", "http://127.1.2.3:2283", "http://immich.localhost:2283"})
    EXPECT_EQ(ServerKey(url), key) << url;
  EXPECT_EQ(key.substr(0, 15), "localhost_2283-");
  for (const char* url : {"http://localhost:2284", "https://localhost:2283", "http://192.168.1.5:2283",
                          "http://127.0.0.1.example.com:2283", "http://[::2]:2283", "http://localhost:2283/immich"})
    EXPECT_NE(ServerKey(url), key) << url;
  // The legacy key kept each spelling apart (files of older versions are found by it).
  EXPECT_NE(LegacyServerKey("http://127.0.0.1:2283"), LegacyServerKey("http://localhost:2283"));
  EXPECT_EQ(LegacyServerKey("http://immich.lan:2283"), ServerKey("http://immich.lan:2283"));
}

// Sets an environment variable for one scope.
class EnvGuard {
 public:
  EnvGuard(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) {
      setenv(name, value, 1);
    } else {
      unsetenv(name);
    }
  }
  ~EnvGuard() {
    if (old_) {
      setenv(name_, old_->c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

TEST(DefaultCacheDirTest, XdgFirstThenHome) {
  {
    EnvGuard xdg("XDG_CACHE_HOME", "/var/cache/u");
    EnvGuard home("HOME", "/home/u");
    EXPECT_EQ(DefaultCacheDir(), "/var/cache/u/immich-featured-photo-organizer");
  }
  {
    EnvGuard xdg("XDG_CACHE_HOME", nullptr);
    EnvGuard home("HOME", "/home/u");
    EXPECT_EQ(DefaultCacheDir(), "/home/u/.cache/immich-featured-photo-organizer");
  }
  {
    // A relative XDG_CACHE_HOME is invalid per the XDG spec.
    EnvGuard xdg("XDG_CACHE_HOME", "relative/dir");
    EnvGuard home("HOME", "/home/u/");
    EXPECT_EQ(DefaultCacheDir(), "/home/u/.cache/immich-featured-photo-organizer");
  }
}

TEST(DefaultStateDirTest, XdgStateHomeThenLocalState) {
  {
    EnvGuard xdg("XDG_STATE_HOME", "/var/lib/u");
    EnvGuard home("HOME", "/home/u");
    EXPECT_EQ(DefaultStateDir(), "/var/lib/u/immich-featured-photo-organizer");
  }
  {
    EnvGuard xdg("XDG_STATE_HOME", "relative");
    EnvGuard home("HOME", "/home/u");
    EXPECT_EQ(DefaultStateDir(), "/home/u/.local/state/immich-featured-photo-organizer");
  }
}

}  // namespace
}  // namespace ifpo::store
