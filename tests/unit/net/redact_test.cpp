#include <gtest/gtest.h>

#include "net/transport.h"

namespace ifpo::net {
namespace {

TEST(RedactTest, ReplacesEveryOccurrence) {
  EXPECT_EQ(Redact("key=abc123 and abc123abc123", "abc123"), "key=*** and ******");
  EXPECT_EQ(Redact("nothing here", "abc123"), "nothing here");
}

TEST(RedactTest, EmptySecretLeavesTextAlone) {
  EXPECT_EQ(Redact("abc", ""), "abc");
}

TEST(RedactTest, SecretThatContainsTheMaskTerminates) {
  // Replacing must not rescan the inserted mask (would loop forever on "*").
  EXPECT_EQ(Redact("a*b", "*"), "a***b");
}

TEST(RedactUrlTest, MasksApiKeyQueryValues) {
  EXPECT_EQ(RedactUrl("https://h/api/x?apiKey=other&size=preview", "mine"),
            "https://h/api/x?apiKey=***&size=preview");
  EXPECT_EQ(RedactUrl("https://h/api/x?size=preview&APIKEY=zzz#frag", ""),
            "https://h/api/x?size=preview&APIKEY=***#frag");
  EXPECT_EQ(RedactUrl("GET http://h/a?apiKey=k1 failed", ""), "GET http://h/a?apiKey=*** failed");
}

TEST(RedactUrlTest, MasksTheSecretAnywhere) {
  EXPECT_EQ(RedactUrl("http://h/s3cr3t/x?myapiKey=1", "s3cr3t"), "http://h/***/x?myapiKey=1");
}

TEST(RedactUrlTest, EmptyValueAndPlainUrl) {
  EXPECT_EQ(RedactUrl("http://h/x?apiKey=&a=1", "k"), "http://h/x?apiKey=&a=1");
  EXPECT_EQ(RedactUrl("http://h/x", "k"), "http://h/x");
}

TEST(SameOriginForSecretsTest, Rules) {
  EXPECT_TRUE(SameOriginForSecrets("http://h:2283/a", "http://h:2283/b?x=1"));
  EXPECT_TRUE(SameOriginForSecrets("http://H/a", "http://h:80/b"));    // default port
  EXPECT_TRUE(SameOriginForSecrets("http://h:2283/a", "https://h/a"));  // TLS upgrade
  EXPECT_FALSE(SameOriginForSecrets("https://h/a", "http://h/a"));      // downgrade
  EXPECT_FALSE(SameOriginForSecrets("http://h:2283/a", "http://h:2284/a"));
  EXPECT_FALSE(SameOriginForSecrets("http://h/a", "http://evil/a"));
  EXPECT_FALSE(SameOriginForSecrets("http://h/a", "not a url"));
}

}  // namespace
}  // namespace ifpo::net
