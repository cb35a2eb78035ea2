package org.husnu.symposium.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A store launched in a child JVM, as a run script would launch it, so that tests can
 * kill it for real. Every wait is bounded; {@link #close()} kills what is still running.
 */
final class StoreProcess implements AutoCloseable {

	static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

	static final Duration EXIT_TIMEOUT = Duration.ofSeconds(20);

	private static final String END_OF_OUTPUT = "\u0000end-of-output";

	private final Process process;

	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	private final List<String> output = new ArrayList<>();

	private StoreProcess(Process process) {
		this.process = process;
		Thread reader = new Thread(this::readOutput, "store-process-output-" + process.pid());
		reader.setDaemon(true);
		reader.start();
	}

	static StoreProcess start(String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// small and quick to start: the test machine has two cores
		command.addAll(List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
		command.addAll(List.of("-cp", System.getProperty("java.class.path")));
		command.add(EmbeddedStoreApplication.class.getName());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().remove(StoreOptions.PORT_VARIABLE);
		builder.environment().remove(StoreOptions.DATA_DIRECTORY_VARIABLE);
		return new StoreProcess(builder.start());
	}

	static StoreProcess start(Path dataDirectory, String... moreArgs) throws IOException {
		List<String> args = new ArrayList<>(List.of("--port=0", "--data-dir=" + dataDirectory));
		args.addAll(List.of(moreArgs));
		return start(args.toArray(String[]::new));
	}

	private void readOutput() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				synchronized (this.output) {
					this.output.add(line);
				}
				this.lines.add(line);
			}
		}
		catch (IOException ex) {
			// the process is gone; what it printed so far is kept
		}
		finally {
			this.lines.add(END_OF_OUTPUT);
		}
	}

	/**
	 * Waits for the ready line.
	 * @return the connection string it announces
	 */
	String awaitReady() throws InterruptedException {
		long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
		while (true) {
			long remaining = deadline - System.nanoTime();
			String line = (remaining > 0) ? this.lines.poll(remaining, TimeUnit.NANOSECONDS) : null;
			if (line == null) {
				throw new AssertionError("store not ready after " + READY_TIMEOUT + "; output:\n" + output());
			}
			if (line.equals(END_OF_OUTPUT)) {
				throw new AssertionError("store exited before it was ready; output:\n" + output());
			}
			if (line.startsWith(EmbeddedStoreApplication.READY_PREFIX)) {
				String announced = line.substring(EmbeddedStoreApplication.READY_PREFIX.length());
				return announced.substring(0, announced.indexOf(" (data: "));
			}
		}
	}

	/** SIGKILL on Unix: no shutdown hook, no final commit. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		awaitExit();
	}

	/** SIGTERM on Unix: the shutdown hook runs. */
	int stop() throws InterruptedException {
		this.process.destroy();
		return awaitExit();
	}

	int awaitExit() throws InterruptedException {
		if (!this.process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("store did not exit within " + EXIT_TIMEOUT + "; output:\n" + output());
		}
		return this.process.exitValue();
	}

	String output() {
		synchronized (this.output) {
			return String.join("\n", this.output);
		}
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
			try {
				this.process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
