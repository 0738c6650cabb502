package graph

// gqlgen resolves the paths of gqlgen.yml from the module root.
//go:generate sh -c "cd .. && go run ./graph/gen"
