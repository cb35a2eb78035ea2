package org.husnu.symposium.submission.pdf;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The bounded execution of {@link PdfInspector}, apart from its checks: at most
 * {@code maxConcurrentParses} parses run, each on a worker thread; a request waits
 * {@code queueWait} for a slot and otherwise gets {@link PdfCheckerBusyException} (503);
 * the request thread waits at most {@code parseTimeout} for the parse and then gives up
 * on it at once, cancelling its {@link ParseBudget} so that the abandoned parse dies soon
 * (PDFBox ignores interrupts). A parse keeps its slot until its thread really ends, so
 * abandoned parses still count.
 */
final class BoundedParses implements AutoCloseable {

	private final PdfCheckProperties properties;

	private final PdfCheckMessages messages;

	private final Semaphore slots;

	private final ExecutorService workers;

	BoundedParses(PdfCheckProperties properties, PdfCheckMessages messages) {
		this.properties = properties;
		this.messages = messages;
		this.slots = new Semaphore(properties.maxConcurrentParses(), true);
		AtomicInteger threads = new AtomicInteger();
		// the slots bound the tasks, so the queue never holds more than a moment's
		// handover
		this.workers = new ThreadPoolExecutor(properties.maxConcurrentParses(), properties.maxConcurrentParses(), 60,
				TimeUnit.SECONDS, new LinkedBlockingQueue<>(), (task) -> {
					Thread thread = new Thread(task, "pdf-check-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	/**
	 * Runs one parse within the bounds.
	 * @param <T> what the parse gives
	 * @param parse the work, given its budget; runs on a worker thread
	 * @param givenUp the answer when the parse ran out of time
	 * @param failed the answer when the parse failed with an exception it did not catch
	 * @return what the parse gave, or one of the two answers
	 * @throws PdfCheckerBusyException when no slot frees up within the queue wait
	 */
	<T> T run(Function<ParseBudget, T> parse, Supplier<T> givenUp, Supplier<T> failed) {
		try {
			if (!this.slots.tryAcquire(this.properties.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
				throw busy();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw busy();
		}
		ParseBudget budget = new ParseBudget(this.properties.maxContentOperators());
		Future<T> running;
		try {
			running = this.workers.submit(() -> {
				try {
					return parse.apply(budget);
				}
				finally {
					this.slots.release();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.slots.release();
			throw busy();
		}
		try {
			return running.get(this.properties.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			budget.cancel();
			running.cancel(true);
			return givenUp.get();
		}
		catch (InterruptedException ex) {
			budget.cancel();
			running.cancel(true);
			Thread.currentThread().interrupt();
			return givenUp.get();
		}
		catch (ExecutionException ex) {
			return failed.get();
		}
	}

	/**
	 * Parse slots free right now.
	 * @return free slots
	 */
	int freeSlots() {
		return this.slots.availablePermits();
	}

	@Override
	public void close() {
		this.workers.shutdownNow();
	}

	/** Thrown on the request thread, so the answer is in the requester's language. */
	private PdfCheckerBusyException busy() {
		return new PdfCheckerBusyException(retryAfter(), this.messages, LocaleContextHolder.getLocale());
	}

	private Duration retryAfter() {
		return (this.properties.parseTimeout().compareTo(Duration.ofSeconds(1)) > 0) ? this.properties.parseTimeout()
				: Duration.ofSeconds(1);
	}

}
