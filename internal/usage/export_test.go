package usage

// SetBatch sets how many events one catch-up transaction folds (tests stop it between batches).
func SetBatch(s *Service, n int) { s.batch = n }
