package org.husnu.symposium.review;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.mongodb.ConnectionString;
import org.husnu.symposium.store.EmbeddedStore;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What the through-API benchmarks of review-service (under {@code -Pbench}) run against:
 * the embedded store on its durable H2 backend in a fresh directory, on a free port, as
 * {@code ./run.sh} runs it; and the median they report.
 */
@TestConfiguration(proxyBeanMethods = false)
public class BenchmarkStore {

	@Bean(destroyMethod = "close")
	EmbeddedStore benchStore() throws IOException {
		Path directory = Files.createTempDirectory("review-bench");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		return EmbeddedStore.persistent(directory, EmbeddedStore.DEFAULT_HOST, port);
	}

	@Bean
	MongoConnectionDetails benchConnection(EmbeddedStore store) {
		ConnectionString connectionString = new ConnectionString(store.connectionString() + "/symposium");
		return () -> connectionString;
	}

	/**
	 * The median of measured durations.
	 * @param nanos durations in nanoseconds
	 * @return the median in milliseconds
	 */
	public static double medianMillis(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}

}
