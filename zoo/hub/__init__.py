"""Where entries live: the bundled zoo's registry, loading (zoo.load), Hub download and publishing."""
