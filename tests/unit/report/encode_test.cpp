#include "report/encode.h"

#include <gtest/gtest.h>

namespace ifpo::report {
namespace {

TEST(EscapeHtml, EscapesAllFiveSpecialCharacters) {
  EXPECT_EQ(EscapeHtml(R"(<script>alert(1)</script> & "x" 'y')"),
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;");
  EXPECT_EQ(EscapeHtml("Zoë Ünal"), "Zoë Ünal");  // UTF-8 passes through
  EXPECT_EQ(EscapeHtml(""), "");
}

TEST(Base64Encode, Rfc4648TestVectors) {
  EXPECT_EQ(Base64Encode(""), "");
  EXPECT_EQ(Base64Encode("f"), "Zg==");
  EXPECT_EQ(Base64Encode("fo"), "Zm8=");
  EXPECT_EQ(Base64Encode("foo"), "Zm9v");
  EXPECT_EQ(Base64Encode("foob"), "Zm9vYg==");
  EXPECT_EQ(Base64Encode("fooba"), "Zm9vYmE=");
  EXPECT_EQ(Base64Encode("foobar"), "Zm9vYmFy");
}

TEST(Base64Encode, HighBytesUseTheWholeAlphabet) {
  // 0xFB 0xFF 0xBF = 111110 111111 111110 111111 -> indexes 62 63 62 63.
  EXPECT_EQ(Base64Encode(std::string("\xFB\xFF\xBF", 3)), "+/+/");
  EXPECT_EQ(Base64Encode(std::string("\x00\x00", 2)), "AAA=");
}

TEST(PercentEncode, KeepsUnreservedAndEncodesTheRest) {
  EXPECT_EQ(PercentEncode("3f2a-b_c.d~E9"), "3f2a-b_c.d~E9");
  EXPECT_EQ(PercentEncode("a b/../\"x\"?"), "a%20b%2F..%2F%22x%22%3F");
  EXPECT_EQ(PercentEncode("\xC3\xAB"), "%C3%AB");
}

TEST(IsWebUrl, OnlyHttpAndHttps) {
  EXPECT_TRUE(IsWebUrl("https://immich.example/photos/1"));
  EXPECT_TRUE(IsWebUrl("HTTP://192.168.1.5:2283"));
  EXPECT_FALSE(IsWebUrl("javascript:alert(1)"));
  EXPECT_FALSE(IsWebUrl("data:text/html,x"));
  EXPECT_FALSE(IsWebUrl("/photos/1"));
  EXPECT_FALSE(IsWebUrl("https://"));
  EXPECT_FALSE(IsWebUrl(""));
}

}  // namespace
}  // namespace ifpo::report
