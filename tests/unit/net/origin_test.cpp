// URLs as libcurl parses them: the origin a secret may follow, and which
// hosts are local enough for plain http without a warning.
#include <gtest/gtest.h>

#include "net/transport.h"

namespace ifpo::net {
namespace {

TEST(Origin, SchemeHostAndDefaultPortInLowerCase) {
  Origin o;
  ASSERT_TRUE(ParseOrigin("HTTPS://Photos.Example.COM/immich/api", &o));
  EXPECT_EQ(o.scheme, "https");
  EXPECT_EQ(o.host, "photos.example.com");
  EXPECT_EQ(o.port, "443");
  ASSERT_TRUE(ParseOrigin("http://[::1]:2283/api", &o));
  EXPECT_EQ(o.host, "[::1]");
  EXPECT_EQ(o.port, "2283");
  EXPECT_FALSE(ParseOrigin("http://", &o));
}

TEST(Origin, HomeNetworksAreLocal) {
  for (const char* url :
       {"http://localhost:2283", "http://127.0.0.1/api", "http://10.1.2.3", "http://192.168.1.20:2283",
        "http://172.16.0.5", "http://172.31.255.1", "http://[::1]:2283", "http://[fd12::5]/api", "http://immich:2283",
        "http://nas.local", "http://photos.lan/", "http://box.home.arpa", "http://IMMICH.LOCAL:2283"})
    EXPECT_TRUE(IsLocalOrPrivateHost(url)) << url;
}

TEST(Origin, PublicHostsAreNot) {
  for (const char* url : {"http://photos.example.com", "http://172.32.0.1", "http://172.15.0.1", "http://8.8.8.8",
                          "http://[2001:db8::1]/api", "http://local.example.com", "http://evil.com/?x=.local"})
    EXPECT_FALSE(IsLocalOrPrivateHost(url)) << url;
}

}  // namespace
}  // namespace ifpo::net
