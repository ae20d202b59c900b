// How the build's own Node processes are started: the build (the pipeline, then the embed workers)
// and Astro. package.json's build script starts the build the same way.
//
// V8 gives each process a pool of 4 helper threads (garbage collection, compiling), but the build
// already keeps every core busy with threads of its own (the pipeline or an embed worker, and
// Astro), so the helpers only take turns with them and add their own overhead. With a pool of one,
// from-nothing builds on 2 cores took about 2 s less (49.8, 45.2, 47.4 and 64.0 s against 52.1,
// 48.8, 53.2 and 60.6 s, alternately) and Astro alone about 5 s less processor time.
export const BUILD_NODE_FLAGS: readonly string[] = ['--v8-pool-size=1']

// Page faults are dear on a virtual machine, and the build reads and writes about 1 GB of strings
// and buffers: glibc's malloc on transparent huge pages (where the kernel offers them on request)
// cut Astro's page faults by 12% (366k to 322k) and its system time by about 0.7 s. Other C
// libraries, and glibc before 2.35, ignore the setting.
export const BUILD_ENV: Readonly<Record<string, string>> = { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' }
