// TLS material for tests: a private CA and a server certificate it signed,
// valid for 127.0.0.1 and localhost, written as PEM files (OpenSSL C API,
// P-256 keys: a few milliseconds). Options::tls_cert_file/tls_key_file then
// make the test server speak HTTPS.
#pragma once

#include <string>

#include "core/result.h"

namespace ifpo::testserver {

struct TlsFiles {
  std::string ca_cert;      // the private CA's certificate (what --ca-cert takes)
  std::string server_cert;  // the server's certificate, signed by the CA
  std::string server_key;   // the server's private key
};

// Writes ca.pem, server.pem and server-key.pem into dir (which must exist).
Result<TlsFiles> MakeTestCertificates(const std::string& dir);

}  // namespace ifpo::testserver
