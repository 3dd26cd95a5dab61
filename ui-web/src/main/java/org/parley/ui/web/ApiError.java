package org.parley.ui.web;

/** A request the server refuses: the status and a message that names the problem. */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;

  ApiError(int status, String message) {
    super(message);
    this.status = status;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, message);
  }

  static ApiError conflict(String message) {
    return new ApiError(409, message);
  }
}
