package org.husnu.symposium.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * The packaged system as separate processes, the way {@code ./run.sh} starts it: the
 * embedded store, submission-service and review-service, on free ports of 127.0.0.1, with
 * a fresh data directory and the embedded mail catcher.
 */
final class RunningSystem implements AutoCloseable {

	private final Path dataDir;

	private final List<Process> processes = new ArrayList<>();

	private final Map<String, Process> byName = new LinkedHashMap<>();

	private final List<String> serviceJvmOptions;

	final int storePort;

	final int submissionPort;

	final int reviewPort;

	private RunningSystem(Path dataDir, List<String> serviceJvmOptions) {
		this.dataDir = dataDir;
		this.serviceJvmOptions = serviceJvmOptions;
		this.storePort = freePort();
		this.submissionPort = freePort();
		this.reviewPort = freePort();
	}

	/**
	 * Starts everything and waits until both services report UP.
	 * @param extraArguments further arguments for both services
	 * @return the running system
	 */
	static RunningSystem start(String... extraArguments) {
		// tests: a heap stricter than the service is sized for, and C1 only for a quick
		// start
		return start(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"), extraArguments);
	}

	/**
	 * Starts everything with the given JVM options for both services, e.g. those of
	 * {@code ./run.sh} for a benchmark, and waits until both report UP.
	 * @param serviceJvmOptions JVM options of both services
	 * @param extraArguments further arguments for both services
	 * @return the running system
	 */
	static RunningSystem start(List<String> serviceJvmOptions, String... extraArguments) {
		Path root = Path.of(System.getProperty("symposium.root", "..")).toAbsolutePath().normalize();
		try {
			RunningSystem system = new RunningSystem(Files.createTempDirectory("symposium-system-"), serviceJvmOptions);
			system.launch(root, extraArguments);
			return system;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String submission(String path) {
		return "http://127.0.0.1:" + this.submissionPort + path;
	}

	String review(String path) {
		return "http://127.0.0.1:" + this.reviewPort + path;
	}

	private void launch(Path root, String... extraArguments) throws IOException {
		Path logs = Files.createDirectories(this.dataDir.resolve("logs"));
		List<String> storeCommand = new ArrayList<>(List.of("-Xmx256m"));
		// e.g. Flight Recorder options while profiling a benchmark
		String storeJvm = System.getProperty("symposium.system.store-jvm", "").strip();
		if (!storeJvm.isEmpty()) {
			storeCommand.addAll(List.of(storeJvm.split("\\s+")));
		}
		storeCommand.addAll(List.of("-jar", jar(root, "embedded-store", "symposium-embedded-store-", "-exec.jar"),
				"--host=127.0.0.1", "--port=" + this.storePort, "--data-dir=" + this.dataDir));
		Process store = java(logs.resolve("store.log"), storeCommand.toArray(String[]::new));
		this.byName.put("store", store);
		waitFor(() -> logs.resolve("store.log").toFile().exists()
				&& Files.readString(logs.resolve("store.log")).contains("Embedded store ready"), store, "store");
		List<String> common = new ArrayList<>(
				List.of("--spring.mongodb.uri=mongodb://127.0.0.1:" + this.storePort + "/symposium",
						"--symposium.links.submission-url=http://127.0.0.1:" + this.submissionPort,
						"--symposium.links.review-url=http://127.0.0.1:" + this.reviewPort));
		common.addAll(List.of(extraArguments));
		Process submission = service(root, logs, "submission-service", this.submissionPort, common);
		Process review = service(root, logs, "review-service", this.reviewPort, common);
		this.byName.put("submission-service", submission);
		this.byName.put("review-service", review);
		waitFor(() -> isUp(this.submissionPort), submission, "submission-service");
		waitFor(() -> isUp(this.reviewPort), review, "review-service");
	}

	private Process service(Path root, Path logs, String name, int port, List<String> common) throws IOException {
		List<String> command = new ArrayList<>(this.serviceJvmOptions);
		command.addAll(List.of("-jar", jar(root, name, name + "-", ".jar"), "--server.port=" + port));
		command.addAll(common);
		return java(logs.resolve(name + ".log"), command.toArray(String[]::new));
	}

	private Process java(Path log, String... arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		this.processes.add(process);
		return process;
	}

	private static String jar(Path root, String module, String prefix, String suffix) throws IOException {
		Path target = root.resolve(module).resolve("target");
		try (Stream<Path> files = Files.list(target)) {
			return files
				.filter((file) -> file.getFileName().toString().startsWith(prefix)
						&& file.getFileName().toString().endsWith(suffix))
				.map(Path::toString)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"No " + prefix + "*" + suffix + " in " + target + "; run ./mvnw verify (it packages first)"));
		}
	}

	private static boolean isUp(int port) {
		try {
			HttpResponse<String> health = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.ofString());
			return health.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void waitFor(Check check, Process process, String name) {
		try {
			await().alias(name + " start-up")
				.atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> {
					if (check.holds()) {
						return true;
					}
					if (!process.isAlive()) {
						throw new IllegalStateException(name + " exited during start-up; log:\n" + log(name));
					}
					return false;
				});
		}
		catch (ConditionTimeoutException ex) {
			throw new IllegalStateException(name + " did not start within 120 s; log:\n" + log(name), ex);
		}
	}

	/**
	 * CPU time each process has used so far, for benchmarks.
	 * @return milliseconds by process name ({@code store}, {@code submission-service},
	 * {@code review-service})
	 */
	Map<String, Long> cpuMillis() {
		Map<String, Long> cpu = new LinkedHashMap<>();
		this.byName.forEach((name, process) -> cpu.put(name,
				process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L)));
		return cpu;
	}

	String log(String name) {
		try {
			String log = Files.readString(this.dataDir.resolve("logs").resolve(name + ".log"));
			return log.substring(Math.max(0, log.length() - 4000));
		}
		catch (IOException ex) {
			return "(no log)";
		}
	}

	@Override
	public void close() {
		for (int i = this.processes.size() - 1; i >= 0; i--) {
			Process process = this.processes.get(i);
			process.destroy();
			try {
				if (!process.waitFor(20, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				process.destroyForcibly();
			}
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface Check {

		boolean holds() throws IOException;

	}

}
