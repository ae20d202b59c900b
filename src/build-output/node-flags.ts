// Node's flags for the build's own processes: the build (the pipeline, then the embed workers) and
// Astro. V8 gives each process a pool of 4 helper threads (garbage collection, compiling), but the
// build already keeps every core busy with threads of its own (the pipeline or an embed worker,
// and Astro), so the helpers only take turns with them and add their own overhead. With a pool of
// one, from-nothing builds on 2 cores used about 4 s less processor time and took about 2 s less
// (alternate builds; README, "Build speed"). package.json's build script passes the same flags.
export const BUILD_NODE_FLAGS: readonly string[] = ['--v8-pool-size=1']
