// Expected failures travel as values (leveldb's Status idea): a Result<T>
// holds either a T or an Error that the summary can show to the user.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace ifpo {

enum class ErrorKind {
  kInvalidArgument,  // bad user input
  kConnection,       // could not reach the server (DNS, refused, TLS, timeout)
  kAuth,             // 401: the key was rejected
  kPermission,       // 403: the key lacks a permission
  kNotFound,         // 404, or Immich's 400 "Not found or no ... access"
  kBadRequest,       // other 400s
  kServer,           // 5xx after retries
  kProtocol,         // an answer we could not understand (bad JSON, missing field)
  kUnsupported,      // server version out of range
  kImage,            // undecodable or hostile image
  kIo,               // local files, cache
  kInterrupted,      // Ctrl-C / SIGTERM
};

struct Error {
  ErrorKind kind = ErrorKind::kProtocol;
  std::string message;  // for the user; never contains the API key
  int http_status = 0;  // 0 when no HTTP answer was received
};

const char* ToString(ErrorKind kind);

template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// For operations that return nothing but can fail.
struct Ok {};
using Status = Result<Ok>;

inline Error MakeError(ErrorKind kind, std::string message, int http_status = 0) {
  return Error{kind, std::move(message), http_status};
}

}  // namespace ifpo
