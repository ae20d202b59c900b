// Lowers the priority of the calling thread (the embed generator's workers), so that on a busy
// machine the scheduler gives the processor first to Astro, whose rendering runs on one thread and
// cannot move to another. Linux only: there a thread has an id of its own (/proc/thread-self) that
// setpriority accepts; elsewhere, and where the system refuses, the thread keeps its priority and
// only the build's time differs.
import { readlinkSync } from 'node:fs'
import { getPriority, setPriority } from 'node:os'

/** Nice steps down for background work: from the default 0 to 10, well above the idle 19. */
const BACKGROUND = 10

export function lowerThreadPriority(): boolean {
  try {
    const thread = Number(readlinkSync('/proc/thread-self').split('/').pop())
    if (!Number.isInteger(thread) || thread <= 0) return false
    setPriority(thread, Math.min(19, getPriority(thread) + BACKGROUND))
    return true
  } catch {
    return false
  }
}
