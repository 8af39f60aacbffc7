// HTTPS end to end: the real binary against the test server speaking TLS
// with a certificate from a private CA made at test time (testserver/tls.h).
// Verification is on by default; --ca-cert trusts the private CA; --insecure
// skips the check with a warning; a bad --ca-cert file is refused before any
// request. The API key never appears in the output.
#include <gtest/gtest.h>

#include <fstream>

#include "e2e/harness.h"
#include "tls.h"

namespace ifpo::e2e {
namespace {

using testserver::Dialect;
using testserver::TestServer;

constexpr const char* kKey = "sEcReT-tLs-KeY-9a41c07be2d3";

class Tls : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(MakeTempDir());
    auto files = testserver::MakeTestCertificates(*dir_);
    ASSERT_TRUE(files) << files.error().message;
    files_ = new testserver::TlsFiles(*files);
    // A second, unrelated CA: trusting it must not make the server trusted.
    other_dir_ = new std::string(MakeTempDir());
    auto other = testserver::MakeTestCertificates(*other_dir_);
    ASSERT_TRUE(other) << other.error().message;
    other_ca_ = new std::string(other->ca_cert);
  }
  static void TearDownTestSuite() {
    for (std::string* d : {dir_, other_dir_}) {
      if (d && std::system(("rm -rf '" + *d + "'").c_str()) != 0) {
      }
    }
    delete dir_, delete other_dir_, delete files_, delete other_ca_;
  }

  void SetUp() override {
    s_ = MakeScenario();
    testserver::Options o;
    o.api_key = kKey;
    o.tls_cert_file = files_->server_cert;
    o.tls_key_file = files_->server_key;
    server_ = std::make_unique<TestServer>(s_.lib, Dialect::kV2_5, o);
    ASSERT_GT(server_->Start(), 0);
    ASSERT_EQ(server_->BaseUrl().rfind("https://127.0.0.1:", 0), 0u) << server_->BaseUrl();
  }
  void TearDown() override { server_->Stop(); }

  RunResult RunT(std::vector<std::string> args) {
    std::vector<std::string> full = {server_->BaseUrl(), kKey, "-u", "-l", "VERBOSE"};
    full.insert(full.end(), args.begin(), args.end());
    last_ = RunTool(full);
    EXPECT_EQ(last_.out.find(kKey), std::string::npos) << "the API key was printed on stdout";
    EXPECT_EQ(last_.err.find(kKey), std::string::npos) << "the API key was printed on stderr";
    return last_;
  }

  std::string Diag() const {
    return "exit=" + std::to_string(last_.exit_code) + "\nstdout:\n" + last_.out + "\nstderr:\n" + last_.err;
  }

  size_t Puts() const {
    size_t n = 0;
    for (const auto& r : server_->Requests())
      if (r.method == "PUT") ++n;
    return n;
  }

  // What a default run chooses over plain http (computed once).
  std::map<std::string, std::string> Baseline() {
    static std::map<std::string, std::string> base;
    if (!base.empty()) return base;
    testserver::Options o;
    o.api_key = kKey;
    TestServer plain(MakeScenario().lib, Dialect::kV2_5, o);
    EXPECT_GT(plain.Start(), 0);
    RunResult r = RunTool({plain.BaseUrl(), kKey, "-u"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    for (const auto& p : s_.lib.people) base[p.id] = plain.FeatureAssetOf(p.id);
    plain.Stop();
    return base;
  }

  void ExpectEveryoneUpdatedAsOverHttp() {
    const auto base = Baseline();
    EXPECT_NE(base.at(s_.alice), "");
    size_t set = 0;
    for (const auto& p : s_.lib.people) {
      EXPECT_EQ(server_->FeatureAssetOf(p.id), base.at(p.id)) << p.name << "\n" << Diag();
      if (!base.at(p.id).empty()) ++set;
    }
    EXPECT_EQ(server_->Updates().size(), set) << Diag();
    EXPECT_NE(last_.err.find("msg=Done! updated=" + std::to_string(set) + " "), std::string::npos) << Diag();
  }

  static std::string* dir_;
  static std::string* other_dir_;
  static testserver::TlsFiles* files_;
  static std::string* other_ca_;
  Scenario s_;
  std::unique_ptr<TestServer> server_;
  RunResult last_;
};

std::string* Tls::dir_ = nullptr;
std::string* Tls::other_dir_ = nullptr;
testserver::TlsFiles* Tls::files_ = nullptr;
std::string* Tls::other_ca_ = nullptr;

// (a) Verification is on by default: the private CA is not trusted, the run
// stops at the first request with a message that says what to do, exit 1,
// and nothing reaches the server (the handshake fails before any request).
TEST_F(Tls, PrivateCaWithoutCaCertFailsVerification) {
  RunT({});
  EXPECT_EQ(last_.exit_code, 1) << Diag();
  EXPECT_NE(last_.err.find("level=CRITICAL"), std::string::npos) << Diag();
  EXPECT_NE(last_.err.find("TLS failed"), std::string::npos) << Diag();
  EXPECT_NE(last_.err.find("certificate"), std::string::npos) << Diag();
  EXPECT_NE(last_.err.find("--ca-cert FILE"), std::string::npos) << Diag();
  EXPECT_TRUE(server_->Requests().empty()) << Diag();
  EXPECT_EQ(Puts(), 0u);
  EXPECT_TRUE(server_->Updates().empty());

  // Trusting another CA is no better.
  RunT({"--ca-cert", *other_ca_});
  EXPECT_EQ(last_.exit_code, 1) << Diag();
  EXPECT_NE(last_.err.find("certificate"), std::string::npos) << Diag();
  EXPECT_TRUE(server_->Requests().empty()) << Diag();
}

// (b) --ca-cert with the private CA: the run succeeds over HTTPS and sets the
// same photos as over plain http.
TEST_F(Tls, CaCertTrustsThePrivateCa) {
  RunT({"--ca-cert", files_->ca_cert});
  EXPECT_EQ(last_.exit_code, 0) << Diag();
  EXPECT_EQ(last_.err.find("--insecure"), std::string::npos) << Diag();
  ExpectEveryoneUpdatedAsOverHttp();
  EXPECT_GT(Puts(), 0u);
}

// (c) --insecure: no verification, a warning, the same result.
TEST_F(Tls, InsecureSkipsVerificationAndWarns) {
  RunT({"--insecure"});
  EXPECT_EQ(last_.exit_code, 0) << Diag();
  EXPECT_NE(last_.err.find("level=WARNING msg=\"TLS certificate verification is off (--insecure)\""), std::string::npos)
      << Diag();
  ExpectEveryoneUpdatedAsOverHttp();
}

// (d) A --ca-cert file that is missing, a directory, not PEM or a DER
// certificate: refused with the file's name before any request (exit 1).
TEST_F(Tls, BadCaCertFileIsRefusedBeforeAnyRequest) {
  const std::string garbage = *dir_ + "/garbage.pem";
  std::ofstream(garbage) << "this is not a certificate\n";
  const std::string der = *dir_ + "/ca.der";
  std::ofstream(der, std::ios::binary) << std::string("\x30\x82\x01\x8a\x30\x82\x01\x30", 8) << "DER bytes";
  struct Case {
    std::string path, why;
  };
  for (const Case& c : {Case{*dir_ + "/missing-ca.pem", "does not exist"}, Case{*dir_, "is not a file"},
                        Case{garbage, "is not a PEM certificate"}, Case{der, "is not a PEM certificate"}}) {
    SCOPED_TRACE(c.path);
    RunT({"--ca-cert", c.path});
    EXPECT_EQ(last_.exit_code, 1) << Diag();
    EXPECT_NE(last_.err.find("--ca-cert '" + c.path + "' " + c.why), std::string::npos) << Diag();
    EXPECT_TRUE(server_->Requests().empty()) << Diag();
  }
}

}  // namespace
}  // namespace ifpo::e2e
