//! Accepting connections, within limits: how many at once, how long a
//! client may take to send its request's head, how long a write may stay
//! stuck on a client that stopped reading, and how big a head may be.
//! A client that goes away costs its own connection only.

use crate::respond::{respond, Site};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio::time::{Instant, Sleep};

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Connections open at once; the next ones wait in the system's queue.
    pub max_connections: usize,
    /// From the end of one response (or the connection's start) to the end
    /// of the next request's head: a silent or slow client is then let go.
    pub header_timeout: Duration,
    /// How long a write may wait on a client that does not read.
    pub write_timeout: Duration,
    /// The largest request head, in bytes (at least 8192).
    pub max_head: usize,
}

impl Default for Limits {
    fn default() -> Self {
        // A room of 30 learners, each browser opening about 6 connections.
        Limits {
            max_connections: 512,
            header_timeout: Duration::from_secs(20),
            write_timeout: Duration::from_secs(30),
            max_head: 16 * 1024,
        }
    }
}

/// Serves `site` on every listener, until the program stops.
pub async fn run(listeners: Vec<TcpListener>, site: Arc<Site>, limits: Limits) {
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let mut loops = tokio::task::JoinSet::new();
    for listener in listeners {
        loops.spawn(accept_loop(listener, site.clone(), limits, permits.clone()));
    }
    while loops.join_next().await.is_some() {}
}

async fn accept_loop(listener: TcpListener, site: Arc<Site>, limits: Limits, permits: Arc<Semaphore>) {
    loop {
        let Ok(permit) = permits.clone().acquire_owned().await else { return };
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            // A connection reset before it was accepted, or no file handle
            // left for now: the next ones may be fine.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let site = site.clone();
        tokio::spawn(async move {
            let io = TokioIo::new(Stall::new(stream, limits.write_timeout));
            let service = service_fn(move |req| {
                let reply = respond(&req, &site);
                async move { Ok::<_, Infallible>(reply) }
            });
            // Whatever the client did (left, timed out, sent garbage), this
            // connection ends here and the server goes on.
            let _ = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_timeout)
                .max_buf_size(limits.max_head.max(8192))
                .serve_connection(io, service)
                .await;
            drop(permit);
        });
    }
}

/// A stream whose writes fail once they have made no progress for `limit`.
struct Stall<T> {
    inner: T,
    limit: Duration,
    timer: Pin<Box<Sleep>>,
    waiting: bool,
}

impl<T> Stall<T> {
    fn new(inner: T, limit: Duration) -> Self {
        Stall { inner, limit, timer: Box::pin(tokio::time::sleep(limit)), waiting: false }
    }

    /// After a write returned `Pending`: an error once `limit` has passed without progress.
    fn check(&mut self, cx: &mut Context<'_>) -> Poll<io::Error> {
        if !self.waiting {
            self.waiting = true;
            let deadline = Instant::now() + self.limit;
            self.timer.as_mut().reset(deadline);
        }
        match self.timer.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(io::Error::new(io::ErrorKind::TimedOut, "client stopped reading")),
            Poll::Pending => Poll::Pending,
        }
    }

    fn progress<R>(&mut self, cx: &mut Context<'_>, poll: Poll<io::Result<R>>) -> Poll<io::Result<R>> {
        match poll {
            Poll::Ready(r) => {
                self.waiting = false;
                Poll::Ready(r)
            }
            Poll::Pending => self.check(cx).map(Err),
        }
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for Stall<T> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for Stall<T> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.inner).poll_write(cx, buf);
        self.progress(cx, poll)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        self.progress(cx, poll)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let poll = Pin::new(&mut self.inner).poll_flush(cx);
        self.progress(cx, poll)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let poll = Pin::new(&mut self.inner).poll_shutdown(cx);
        self.progress(cx, poll)
    }
}
