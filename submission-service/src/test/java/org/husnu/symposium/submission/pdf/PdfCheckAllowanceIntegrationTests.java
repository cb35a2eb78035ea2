package org.husnu.symposium.submission.pdf;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.MutableClock;
import org.husnu.symposium.test.TestPdfs;
import org.husnu.symposium.test.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willAnswer;

/**
 * One account cannot take the parse slots from everybody else: checks (dry runs and
 * uploads alike) are limited per account in flight and per window, answered with 429
 * problem details and {@code Retry-After}, while other accounts are served.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "symposium.submission.pdf.account-checks-per-window=3")
@Import({ EmbeddedStoreTestConfiguration.class, PdfCheckAllowanceIntegrationTests.Clocks.class })
class PdfCheckAllowanceIntegrationTests {

	static final Instant START = Instant.parse("2027-01-20T00:00:10Z");

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	MongoOperations mongo;

	@Autowired
	MutableClock clock;

	@MockitoSpyBean
	PdfInspector inspector;

	String base;

	Logins logins;

	@BeforeEach
	void setUp() {
		this.base = "http://127.0.0.1:" + this.port;
		this.logins = new Logins(this.tokens, this.base);
		this.clock.set(START);
		this.mongo.remove(new Query(), "rate_limits");
	}

	@Test
	void anAccountThatChecksTooOftenGetsTooManyRequestsUntilTheWindowEndsAndOthersAreServed() {
		WebSession eager = this.logins.loggedIn("eager@hokudai.ac.jp");
		for (int i = 0; i < 3; i++) {
			assertThat(check(eager).statusCode()).isEqualTo(200);
		}

		HttpResponse<String> refused = check(eager);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("50");
		JsonNode problem = body(refused);
		assertThat(problem.get("type").asString()).isEqualTo("urn:husnu-symposium:problem:rate-limited");
		assertThat(problem.get("detail").asString()).contains("3 PDFs", "minute");
		String id = body(eager.postJson(this.base + "/api/abstracts", draftJson("eager@hokudai.ac.jp"))).get("id")
			.asString();
		assertThat(
				eager.postFile(this.base + "/api/abstracts/" + id + "/pdf", "file", "a.pdf", TestPdfs.a4WithWords(40))
					.statusCode())
			.as("uploads count against the same allowance")
			.isEqualTo(429);
		assertThat(check(this.logins.loggedIn("patient@snu.ac.kr")).statusCode()).isEqualTo(200);
		this.clock.set(START.plusSeconds(50));
		assertThat(check(eager).statusCode()).as("a new window").isEqualTo(200);
	}

	@Test
	void anAccountWithACheckInFlightGetsTooManyRequestsForAnotherWhileOthersAreServed() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicBoolean holdNext = new AtomicBoolean(true);
		willAnswer((invocation) -> {
			if (holdNext.compareAndSet(true, false)) {
				started.countDown();
				release.await(30, TimeUnit.SECONDS);
			}
			return invocation.callRealMethod();
		}).given(this.inspector).inspect(any(), any(), any());
		WebSession busy = this.logins.loggedIn("busy@hokudai.ac.jp");
		CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> check(busy));
		assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

		HttpResponse<String> second = check(busy);
		HttpResponse<String> other = check(this.logins.loggedIn("other@snu.ac.kr"));
		release.countDown();

		assertThat(second.statusCode()).isEqualTo(429);
		assertThat(second.headers().firstValue("Retry-After")).isPresent();
		assertThat(body(second).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:rate-limited");
		assertThat(body(second).get("detail").asString()).contains("already have a PDF check running");
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		assertThat(check(busy).statusCode()).as("the finished check gave its place back").isEqualTo(200);
	}

	private HttpResponse<String> check(WebSession session) {
		return session.postFile(this.base + "/api/pdf-check", "file", "a.pdf", TestPdfs.a4WithWords(40));
	}

	private static String draftJson(String presenter) {
		return "{\"title\":\"Allowance\",\"authors\":[{\"name\":\"Presenter\",\"affiliation\":\"Lab\","
				+ "\"institution\":\"HU\",\"email\":\"" + presenter + "\",\"presenting\":true}],"
				+ "\"primaryTopic\":\"GENOME_MEDICINE\",\"secondaryTopics\":[],\"keywords\":[\"EEG\"],"
				+ "\"presentation\":\"ORAL\",\"studentPresenter\":false,\"text\":\"A short abstract.\"}";
	}

	private JsonNode body(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock allowanceTestClock() {
			return new MutableClock(START);
		}

	}

}
