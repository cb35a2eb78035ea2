package org.husnu.symposium.system;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.husnu.symposium.test.TestPdfs;
import org.husnu.symposium.test.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The deadline surge: {@value #DEFAULT_AUTHORS} authors, each logged in with a session of
 * their own and holding a draft, upload a one-page A4 PDF and submit it, all released at
 * once by a latch (or, with {@code -Dsymposium.bench.arrivals=0,10}, also spread evenly
 * over 10 s). The same scenario runs in the same JVM against a second packaged system
 * started with {@code symposium.submission.pdf.checks-enabled=false} (size, SHA-256 and
 * page count only), alternating checks on and off for a few rounds with fresh drafts and
 * fresh files each round, so that the ratio of the two is measured under the same
 * conditions. Every answer that is not 2xx (503 busy included) is an error.
 * <p>
 * Not part of the normal build (failsafe runs {@code *SystemTests}); run it with the
 * {@code bench} profile, see {@code docs/performance.md}. It prints a Markdown table and
 * writes it to {@code target/bench/deadline-surge.md}; it asserts only that there were no
 * errors, never a time.
 */
class DeadlineSurgeBenchmark {

	private static final int DEFAULT_AUTHORS = 200;

	private static final int AUTHORS = Integer.getInteger("symposium.bench.authors", DEFAULT_AUTHORS);

	private static final int ROUNDS = Integer.getInteger("symposium.bench.rounds", 3);

	/**
	 * Which variants run: {@code on,off} (the default), or one of them while profiling.
	 */
	private static final List<String> VARIANTS = List
		.of(System.getProperty("symposium.bench.variants", "on,off").split(","));

	/** Arrival windows in seconds: 0 = all at once. */
	private static final List<Double> ARRIVALS = Arrays
		.stream(System.getProperty("symposium.bench.arrivals", "0").split(","))
		.map(String::strip)
		.map(Double::valueOf)
		.toList();

	/**
	 * Logins are setup: raised so that 200 authors from one address may ask for links;
	 * and every author makes a fresh draft each round, more than the per-account quota of
	 * drafts allows.
	 */
	private static final String[] LOGIN_LIMITS = { "--symposium.login.per-client-limit=100000",
			"--symposium.login.per-address-limit=100", "--symposium.submission.quota.max-drafts=10000",
			"--symposium.submission.quota.max-abstracts=10000" };

	/**
	 * The services run as {@code ./run.sh} runs them (its default {@code JAVA_OPTS}, full
	 * JIT), not with the tests' C1-only start-up flags; more options, e.g. for Flight
	 * Recorder, with {@code -Dsymposium.bench.service-jvm="..."}.
	 */
	private static final List<String> SERVICE_JVM = serviceJvm();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void deadlineSurge() throws Exception {
		assumeTrue(Boolean.getBoolean("symposium.bench"), "benchmarks run with -Pbench");
		List<String> checksOff = new ArrayList<>(List.of(LOGIN_LIMITS));
		checksOff.add("--symposium.submission.pdf.checks-enabled=false");
		List<RunningSystem> systems = new ArrayList<>();
		try {
			List<Variant> variants = new ArrayList<>();
			if (VARIANTS.contains("on")) {
				RunningSystem on = RunningSystem.start(SERVICE_JVM, LOGIN_LIMITS);
				systems.add(on);
				variants.add(new Variant("checks on", on, logIn(on, "on")));
			}
			if (VARIANTS.contains("off")) {
				RunningSystem off = RunningSystem.start(SERVICE_JVM, checksOff.toArray(String[]::new));
				systems.add(off);
				variants.add(new Variant("checks off", off, logIn(off, "off")));
			}
			// warm-up: one unmeasured round each, so both JVMs have compiled the paths
			for (Variant variant : variants) {
				runRound(variant, -1, 0);
			}
			Map<Double, List<Round>> byArrival = new LinkedHashMap<>();
			for (double arrival : ARRIVALS) {
				List<Round> rounds = new ArrayList<>();
				for (int round = 0; round < ROUNDS; round++) {
					// alternate which goes first, so neither always runs on a quieter
					// machine
					List<Variant> order = new ArrayList<>(variants);
					if (round % 2 == 1) {
						Collections.reverse(order);
					}
					for (Variant variant : order) {
						Round result = runRound(variant, round, arrival);
						System.out.println(result.summary());
						rounds.add(result);
					}
				}
				byArrival.put(arrival, rounds);
			}
			String report = report(byArrival);
			System.out.println(report);
			Path out = Path.of("target", "bench", "deadline-surge.md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report);
			assertThat(byArrival.values().stream().flatMap(List::stream).mapToLong(Round::errors).sum())
				.as("errors (non-2xx answers or failed requests); see the table")
				.isZero();
		}
		finally {
			systems.forEach(RunningSystem::close);
		}
	}

	/** Logs in every author through the mailed link: setup, not measured. */
	private List<Author> logIn(RunningSystem system, String tag) throws Exception {
		Mailbox mailbox = new Mailbox(system.submission(""));
		return parallel(AUTHORS, (i) -> () -> {
			String email = "surge-" + tag + "-" + i + ((i % 2 == 0) ? "@hokudai.ac.jp" : "@snu.ac.kr");
			WebSession session = new WebSession();
			HttpResponse<String> asked = session.postJsonWithoutCsrf(system.submission("/api/auth/login-link"),
					"{\"email\":\"" + email + "\"}");
			assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
			assertThat(session.redeem(mailbox.loginLink(email)).statusCode()).isEqualTo(302);
			// the first page sets the CSRF cookie the upload form's script echoes
			session.get(system.submission("/"));
			return new Author(i, email, session);
		});
	}

	private Round runRound(Variant variant, int round, double arrivalSeconds) throws Exception {
		RunningSystem system = variant.system();
		// setup, not measured: a fresh draft and a distinct file for every author
		List<String> drafts = parallel(AUTHORS, (i) -> () -> {
			Author author = variant.authors().get(i);
			HttpResponse<String> created = author.session()
				.postJson(system.submission("/api/abstracts"), draftJson(author, round));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			return this.json.readTree(created.body()).get("id").asString();
		});
		List<byte[]> pdfs = IntStream.range(0, AUTHORS)
			.mapToObj((i) -> TestPdfs.a4WithText(
					"Deadline surge " + variant.name() + " round " + round + " author " + i + " " + TestPdfs.text(300)))
			.toList();
		System.gc();
		Map<String, Long> cpuBefore = cpu(system);
		double load = loadAverage();

		ExecutorService pool = Executors.newFixedThreadPool(AUTHORS);
		try {
			CountDownLatch ready = new CountDownLatch(AUTHORS);
			CountDownLatch go = new CountDownLatch(1);
			long[] startAt = new long[1];
			List<Future<Sample>> futures = new ArrayList<>();
			for (int i = 0; i < AUTHORS; i++) {
				int index = i;
				long offsetNanos = (AUTHORS > 1) ? (long) (arrivalSeconds * 1e9 * index / AUTHORS) : 0;
				futures.add(pool.submit(() -> {
					Author author = variant.authors().get(index);
					String base = system.submission("/api/abstracts/" + drafts.get(index));
					ready.countDown();
					go.await();
					long due = startAt[0] + offsetNanos;
					long wait = due - System.nanoTime();
					if (wait > 0) {
						TimeUnit.NANOSECONDS.sleep(wait);
					}
					long t0 = System.nanoTime();
					int upload = status(
							() -> author.session().postFile(base + "/pdf", "file", "abstract.pdf", pdfs.get(index)));
					long t1 = System.nanoTime();
					int submit = (upload / 100 == 2) ? status(() -> author.session().post(base + "/submit")) : 0;
					long t2 = System.nanoTime();
					return new Sample(t0, t1, t2, upload, submit);
				}));
			}
			ready.await();
			startAt[0] = System.nanoTime();
			go.countDown();
			List<Sample> samples = new ArrayList<>();
			for (Future<Sample> future : futures) {
				samples.add(future.get(5, TimeUnit.MINUTES));
			}
			long end = samples.stream().mapToLong(Sample::end).max().orElse(startAt[0]);
			Map<String, Long> cpu = new LinkedHashMap<>();
			cpu(system).forEach((name, millis) -> cpu.put(name, millis - cpuBefore.get(name)));
			return new Round(variant.name(), round, arrivalSeconds, samples, end - startAt[0], cpu, load);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** CPU used so far by the system's processes and by this JVM (the client). */
	private static Map<String, Long> cpu(RunningSystem system) {
		Map<String, Long> cpu = new LinkedHashMap<>(system.cpuMillis());
		cpu.put("client", ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1_000_000);
		return cpu;
	}

	/** The 1-minute load average before a round: shows whether something else ran. */
	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static List<String> serviceJvm() {
		List<String> options = new ArrayList<>(List.of("-Xmx512m"));
		String more = System.getProperty("symposium.bench.service-jvm", "").strip();
		if (!more.isEmpty()) {
			options.addAll(List.of(more.split("\\s+")));
		}
		return options;
	}

	private static int status(Callable<HttpResponse<String>> request) {
		try {
			return request.call().statusCode();
		}
		catch (Exception ex) {
			// a timeout or a dropped connection is an error like a 5xx
			return -1;
		}
	}

	private static <T> List<T> parallel(int count, IntFunction<Callable<T>> task) throws Exception {
		ExecutorService setup = Executors.newFixedThreadPool(8);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				futures.add(setup.submit(task.apply(i)));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(5, TimeUnit.MINUTES));
			}
			return results;
		}
		finally {
			setup.shutdownNow();
		}
	}

	private static String draftJson(Author author, int round) {
		String institution = author.email().endsWith("snu.ac.kr") ? "SNU" : "HU";
		return "{\"title\":\"Surge round " + round + " author " + author.index() + "\",\"authors\":[{\"name\":\"Author "
				+ author.index() + "\",\"affiliation\":\"Lab\",\"institution\":\"" + institution + "\",\"email\":\""
				+ author.email() + "\",\"presenting\":true}],\"primaryTopic\":\"GENOME_MEDICINE\","
				+ "\"secondaryTopics\":[],\"keywords\":[\"surge\"],\"presentation\":\"POSTER\","
				+ "\"studentPresenter\":false,\"text\":\"A short abstract written just before the deadline.\"}";
	}

	private static String report(Map<Double, List<Round>> byArrival) {
		StringBuilder out = new StringBuilder();
		out.append("# Deadline surge\n\n")
			.append(AUTHORS)
			.append(" authors, each with a session and a draft, upload a distinct one-page A4 PDF (~300 words) ")
			.append("and submit it; ")
			.append(ROUNDS)
			.append(" measured rounds per variant after one warm-up round, checks on and off alternating.\n")
			.append("Machine: ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores (")
			.append(cpuModel())
			.append("), Java ")
			.append(System.getProperty("java.version"))
			.append("; client in the same machine (")
			.append(ManagementFactory.getRuntimeMXBean().getName())
			.append(").\n\n");
		for (Map.Entry<Double, List<Round>> entry : byArrival.entrySet()) {
			double arrival = entry.getKey();
			out.append("## Arrivals: ")
				.append((arrival == 0) ? "all at once (latch)" : "spread evenly over " + fmt(arrival) + " s")
				.append("\n\n");
			out.append("| variant | request | n | errors | p50 ms | p95 ms | p99 ms | max ms |\n");
			out.append("|---|---|---|---|---|---|---|---|\n");
			Map<String, List<Round>> byVariant = entry.getValue()
				.stream()
				.collect(Collectors.groupingBy(Round::variant, TreeMap::new, Collectors.toList()));
			Map<String, double[]> throughput = new TreeMap<>();
			Map<String, String> cpuPerAuthor = new TreeMap<>();
			for (Map.Entry<String, List<Round>> variant : byVariant.entrySet()) {
				List<Sample> samples = variant.getValue().stream().flatMap((r) -> r.samples().stream()).toList();
				row(out, variant.getKey(), "upload", samples.stream().mapToLong(Sample::upload).toArray(),
						samples.stream().filter((s) -> s.uploadStatus() / 100 != 2).count());
				row(out, variant.getKey(), "submit", samples.stream().mapToLong(Sample::submit).toArray(),
						samples.stream().filter((s) -> s.submitStatus() / 100 != 2).count());
				row(out, variant.getKey(), "upload + submit", samples.stream().mapToLong(Sample::pair).toArray(),
						samples.stream().filter(Sample::failed).count());
				double wall = variant.getValue().stream().mapToLong(Round::wallNanos).sum() / 1e9;
				long completed = samples.stream().filter((s) -> !s.failed()).count();
				throughput.put(variant.getKey(), new double[] { completed / wall, wall / variant.getValue().size(),
						percentile(samples.stream().mapToLong(Sample::pair).toArray(), 99) });
				Map<String, Long> cpu = new LinkedHashMap<>();
				variant.getValue().forEach((r) -> r.cpuMillis().forEach((name, ms) -> cpu.merge(name, ms, Long::sum)));
				cpuPerAuthor.put(variant.getKey(),
						cpu.entrySet()
							.stream()
							.map((e) -> e.getKey() + " " + fmt((double) e.getValue() / samples.size()))
							.collect(Collectors.joining(", ")));
			}
			out.append(
					"\n| variant | wall per round s | throughput authors/s | CPU ms per author |\n|---|---|---|---|\n");
			throughput.forEach((name, t) -> out.append("| ")
				.append(name)
				.append(" | ")
				.append(fmt(t[1]))
				.append(" | ")
				.append(fmt(t[0]))
				.append(" | ")
				.append(cpuPerAuthor.get(name))
				.append(" |\n"));
			double[] on = throughput.get("checks on");
			double[] off = throughput.get("checks off");
			if (on != null && off != null) {
				out.append("\nThroughput on/off: **")
					.append(fmt(on[0] / off[0]))
					.append("×**; p99 (upload + submit) on/off: **")
					.append(fmt(on[2] / off[2]))
					.append("×**\n");
			}
			out.append("\nPer round (wall s / p99 upload + submit ms / errors):");
			for (Round round : entry.getValue()) {
				out.append("\n- ").append(round.summary());
			}
			out.append("\n\n");
		}
		return out.toString();
	}

	private static void row(StringBuilder out, String variant, String kind, long[] nanos, long errors) {
		out.append("| ")
			.append(variant)
			.append(" | ")
			.append(kind)
			.append(" | ")
			.append(nanos.length)
			.append(" | ")
			.append(errors)
			.append(" | ")
			.append(fmt(percentile(nanos, 50)))
			.append(" | ")
			.append(fmt(percentile(nanos, 95)))
			.append(" | ")
			.append(fmt(percentile(nanos, 99)))
			.append(" | ")
			.append(fmt(percentile(nanos, 100)))
			.append(" |\n");
	}

	/** Nearest-rank percentile, in milliseconds. */
	private static double percentile(long[] nanos, double p) {
		if (nanos.length == 0) {
			return Double.NaN;
		}
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, (value >= 100) ? "%.0f" : "%.2f", value);
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse("unknown CPU");
		}
		catch (IOException ex) {
			return "unknown CPU";
		}
	}

	private record Author(int index, String email, WebSession session) {
	}

	private record Variant(String name, RunningSystem system, List<Author> authors) {
	}

	private record Sample(long start, long uploaded, long end, int uploadStatus, int submitStatus) {

		long upload() {
			return this.uploaded - this.start;
		}

		long submit() {
			return this.end - this.uploaded;
		}

		long pair() {
			return this.end - this.start;
		}

		boolean failed() {
			return this.uploadStatus / 100 != 2 || this.submitStatus / 100 != 2;
		}

	}

	private record Round(String variant, int round, double arrival, List<Sample> samples, long wallNanos,
			Map<String, Long> cpuMillis, double loadBefore) {

		long errors() {
			return this.samples.stream().filter(Sample::failed).count();
		}

		String summary() {
			long[] pairs = this.samples.stream().mapToLong(Sample::pair).toArray();
			Map<Integer, Long> statuses = this.samples.stream()
				.flatMap((s) -> Stream.of(s.uploadStatus(), s.submitStatus()))
				.collect(Collectors.groupingBy((status) -> status, TreeMap::new, Collectors.counting()));
			return this.variant + " round " + this.round + ": " + fmt(this.wallNanos / 1e9) + " s / "
					+ fmt(percentile(pairs, 99)) + " ms / " + errors() + " (statuses " + statuses + "; CPU ms "
					+ this.cpuMillis + "; load before " + fmt(this.loadBefore) + ")";
		}

	}

}
