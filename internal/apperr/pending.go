package apperr

// Pending marks an operation whose implementation has not landed yet.
func Pending(op string) *Error { return New(Internal, "%s is not available yet", op) }
