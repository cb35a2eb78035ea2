package org.husnu.symposium.submission.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy the operator names (issue 9, item 13): forwarded headers from it give
 * the real client address, so the per-client login limit counts each client separately.
 * The counterpart, headers from anyone else being ignored, is in
 * {@code AccountSecurityIntegrationTests}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native",
				"server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1", "symposium.login.per-client-limit=2" })
@Import(EmbeddedStoreTestConfiguration.class)
class TrustedProxyIntegrationTests {

	private final HttpClient client = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	int port;

	@Test
	void aConfiguredProxysForwardedForNamesTheClientTheLimitCounts() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (String clientAddress : List.of("198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.1",
				"198.51.100.1")) {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/auth/login-link"))
				.header("Content-Type", "application/json")
				.header("X-Forwarded-For", clientAddress)
				.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"someone@hokudai.ac.jp\"}"))
				.build();
			statuses.add(this.client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
		}
		assertThat(statuses).as("two per client address; the third from 198.51.100.1 is over")
			.containsExactly(202, 202, 202, 202, 429);
	}

}
