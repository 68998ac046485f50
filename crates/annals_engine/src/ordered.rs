//! A parallel map that keeps input order.
//!
//! Documents are independent, so they are analysed on `threads` workers; the results come back
//! in any order and are released to the sink strictly in input order, buffering at most a
//! bounded number ahead. The input iterator is consumed on the calling thread (readers are
//! streaming and need not be `Sync`), so memory stays bounded however long the input is.

use std::collections::BTreeMap;
use std::sync::mpsc::{Receiver, sync_channel};
use std::sync::{Arc, Mutex};

/// Apply `work` to every item of `items` on `threads` threads and pass the results to `sink` in
/// input order. With one thread everything runs on the calling thread. `sink` returning an error
/// stops the run (remaining items are not processed) and returns that error.
pub fn map_ordered<T, R, E, I, W, S>(items: I, threads: usize, work: W, mut sink: S) -> Result<(), E>
where
    I: IntoIterator<Item = T>,
    T: Send,
    R: Send,
    W: Fn(T) -> R + Sync,
    S: FnMut(R) -> Result<(), E>,
{
    let threads = threads.max(1);
    if threads == 1 {
        for item in items {
            sink(work(item))?;
        }
        return Ok(());
    }
    // Enough in flight to keep every worker busy without buffering the whole input.
    let window = threads * 4;
    std::thread::scope(|scope| {
        let (job_tx, job_rx) = sync_channel::<(usize, T)>(window);
        let (done_tx, done_rx) = sync_channel::<(usize, R)>(window);
        let job_rx: Arc<Mutex<Receiver<(usize, T)>>> = Arc::new(Mutex::new(job_rx));
        for _ in 0..threads {
            let job_rx = Arc::clone(&job_rx);
            let done_tx = done_tx.clone();
            let work = &work;
            scope.spawn(move || {
                loop {
                    // Hold the lock only to take one job.
                    let next = job_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok((seq, item))) = next else { break };
                    if done_tx.send((seq, work(item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done_tx);

        let mut pending: BTreeMap<usize, R> = BTreeMap::new();
        let mut next_out = 0usize;
        let mut sent = 0usize;
        let mut result = Ok(());
        let mut drain = |pending: &mut BTreeMap<usize, R>, next_out: &mut usize| -> Result<(), E> {
            while let Some(r) = pending.remove(next_out) {
                sink(r)?;
                *next_out += 1;
            }
            Ok(())
        };
        for item in items {
            // Keep the number of unfinished items bounded: wait for results when the window is full.
            while sent - next_out >= window {
                match done_rx.recv() {
                    Ok((seq, r)) => {
                        pending.insert(seq, r);
                    }
                    Err(_) => break,
                }
                if let Err(e) = drain(&mut pending, &mut next_out) {
                    result = Err(e);
                    break;
                }
            }
            if result.is_err() || job_tx.send((sent, item)).is_err() {
                break;
            }
            sent += 1;
            while let Ok((seq, r)) = done_rx.try_recv() {
                pending.insert(seq, r);
            }
            if let Err(e) = drain(&mut pending, &mut next_out) {
                result = Err(e);
                break;
            }
        }
        drop(job_tx);
        if result.is_ok() {
            for (seq, r) in done_rx.iter() {
                pending.insert(seq, r);
                if let Err(e) = drain(&mut pending, &mut next_out) {
                    result = Err(e);
                    break;
                }
            }
        }
        result
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_out_in_input_order_whatever_the_thread_count() {
        for threads in [1, 2, 3, 8] {
            let mut out = Vec::new();
            // Uneven work so that results finish out of order.
            let work = |i: u64| {
                std::thread::sleep(std::time::Duration::from_micros((i * 7919) % 300));
                i * i
            };
            map_ordered(0..200u64, threads, work, |r| {
                out.push(r);
                Ok::<(), ()>(())
            })
            .expect("no sink error");
            assert_eq!(out, (0..200u64).map(|i| i * i).collect::<Vec<_>>(), "threads = {threads}");
        }
    }

    #[test]
    fn a_sink_error_stops_the_run() {
        let mut seen = 0;
        let r = map_ordered(
            0..1000u32,
            2,
            |i| i,
            |i| {
                seen += 1;
                if i == 10 { Err("closed pipe") } else { Ok(()) }
            },
        );
        assert_eq!(r, Err("closed pipe"));
        assert_eq!(seen, 11);
    }
}
