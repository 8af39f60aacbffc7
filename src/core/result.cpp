#include "core/result.h"

namespace ifpo {

const char* ToString(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInvalidArgument:
      return "invalid_argument";
    case ErrorKind::kConnection:
      return "connection";
    case ErrorKind::kAuth:
      return "auth";
    case ErrorKind::kPermission:
      return "permission";
    case ErrorKind::kNotFound:
      return "not_found";
    case ErrorKind::kBadRequest:
      return "bad_request";
    case ErrorKind::kServer:
      return "server";
    case ErrorKind::kProtocol:
      return "protocol";
    case ErrorKind::kUnsupported:
      return "unsupported";
    case ErrorKind::kImage:
      return "image";
    case ErrorKind::kIo:
      return "io";
    case ErrorKind::kInterrupted:
      return "interrupted";
  }
  return "unknown";
}

}  // namespace ifpo
