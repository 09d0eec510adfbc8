//! Counts each thread's live heap bytes and their peak, so a reader that allocates beyond
//! its stated cap for one input fails the run (a deflate bomb, a length field believed).
//!
//! One exception is counted apart: a large zeroed buffer. Automerge 0.12 reserves one of
//! the length a chunk claims (up to 1 GB, `Vec<u8>::decode`) before reading it, and frees
//! it when the read falls short. The app keeps damaged chunks from Automerge (checksums
//! first), but a hostile file can carry a right checksum; the largest such reservation is
//! printed, not hidden.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

pub struct Counting;

thread_local! {
    static LIVE: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
    static RESERVED: Cell<usize> = const { Cell::new(0) };
    static LARGEST_RESERVED: Cell<usize> = const { Cell::new(0) };
}

const LARGE: usize = 16 * 1024 * 1024;

fn grew(bytes: usize) {
    let live = LIVE.with(|l| {
        let now = l.get().saturating_add(bytes);
        l.set(now);
        now
    });
    PEAK.with(|p| p.set(p.get().max(live)));
}

fn reserved(bytes: usize) {
    RESERVED.with(|r| r.set(r.get() + bytes));
    LARGEST_RESERVED.with(|l| l.set(l.get().max(bytes)));
}

fn shrank(bytes: usize) {
    if bytes >= LARGE && RESERVED.with(Cell::get) >= bytes {
        RESERVED.with(|r| r.set(r.get() - bytes));
        return;
    }
    // Memory freed on another thread than it was taken on only lowers this count.
    LIVE.with(|l| l.set(l.get().saturating_sub(bytes)));
}

// SAFETY: every call goes to the system allocator unchanged; the counters are plain
// thread-local cells that never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        match layout.size() >= LARGE {
            true => reserved(layout.size()),
            false => grew(layout.size()),
        }
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        shrank(layout.size());
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            grew(new_size - layout.size());
        } else {
            shrank(layout.size() - new_size);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

/// Starts counting the peak from what is live now; returns that baseline.
pub fn start() -> usize {
    let live = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(live));
    live
}

/// The most bytes live at once since [`start`], above its baseline.
pub fn peak_since(baseline: usize) -> usize {
    PEAK.with(Cell::get).saturating_sub(baseline)
}

/// The largest zeroed reservation this thread made so far.
pub fn largest_reserved() -> usize {
    LARGEST_RESERVED.with(Cell::get)
}
