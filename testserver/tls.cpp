#include "tls.h"

#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <memory>

namespace ifpo::testserver {
namespace {

struct PkeyFree {
  void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
struct X509Free {
  void operator()(X509* p) const { X509_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Cert = std::unique_ptr<X509, X509Free>;

Error TlsError(const std::string& what) {
  char buf[256] = "";
  ERR_error_string_n(ERR_get_error(), buf, sizeof buf);
  return MakeError(ErrorKind::kIo, "test certificates: " + what + " failed (" + buf + ")");
}

bool AddExtension(X509* cert, X509* issuer, int nid, const char* value) {
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
  X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
  if (ext == nullptr) return false;
  const bool ok = X509_add_ext(cert, ext, -1) == 1;
  X509_EXTENSION_free(ext);
  return ok;
}

// A certificate for `key` named `cn`, signed by issuer_key (self-signed when
// issuer is null), valid from an hour ago for a day.
Result<Cert> MakeCert(EVP_PKEY* key, const char* cn, X509* issuer, EVP_PKEY* issuer_key, long serial, bool ca) {
  Cert cert(X509_new());
  if (!cert || X509_set_version(cert.get(), 2) != 1) return TlsError("X509_new");
  ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
  X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
  X509_gmtime_adj(X509_getm_notAfter(cert.get()), 86400);
  X509_set_pubkey(cert.get(), key);
  X509_NAME* name = X509_get_subject_name(cert.get());
  X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("ifpo tests"), -1, -1, 0);
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(cn), -1, -1, 0);
  X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
  X509* signer = issuer ? issuer : cert.get();
  const bool ok = ca ? AddExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE") &&
                           AddExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign") &&
                           AddExtension(cert.get(), signer, NID_subject_key_identifier, "hash")
                     : AddExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE") &&
                           AddExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature") &&
                           AddExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth") &&
                           AddExtension(cert.get(), signer, NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost") &&
                           AddExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
  if (!ok) return TlsError("adding extensions");
  if (X509_sign(cert.get(), issuer_key, EVP_sha256()) == 0) return TlsError("X509_sign");
  return cert;
}

Status WritePem(const std::string& path, X509* cert, EVP_PKEY* key) {
  FILE* f = std::fopen(path.c_str(), "w");
  if (f == nullptr) return MakeError(ErrorKind::kIo, "test certificates: cannot write " + path);
  const bool ok =
      cert ? PEM_write_X509(f, cert) == 1 : PEM_write_PrivateKey(f, key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
  std::fclose(f);
  if (!ok) return TlsError("writing " + path);
  return Ok{};
}

}  // namespace

Result<TlsFiles> MakeTestCertificates(const std::string& dir) {
  Pkey ca_key(EVP_EC_gen("P-256"));
  Pkey server_key(EVP_EC_gen("P-256"));
  if (!ca_key || !server_key) return TlsError("EC key generation");
  auto ca = MakeCert(ca_key.get(), "ifpo test CA", nullptr, ca_key.get(), 1, true);
  if (!ca) return ca.error();
  auto server = MakeCert(server_key.get(), "127.0.0.1", ca->get(), ca_key.get(), 2, false);
  if (!server) return server.error();
  TlsFiles files{dir + "/ca.pem", dir + "/server.pem", dir + "/server-key.pem"};
  for (Status s : {WritePem(files.ca_cert, ca->get(), nullptr), WritePem(files.server_cert, server->get(), nullptr),
                   WritePem(files.server_key, nullptr, server_key.get())})
    if (!s) return s.error();
  return files;
}

}  // namespace ifpo::testserver
