package org.husnu.symposium.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.accounts.PreRegistration;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request body is bounded before work is done, and the role is checked before a
 * chair-only body is read: the pre-registration import, JSON bodies and the lists in
 * them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "symposium.bootstrap.chairs=chair@hokudai.ac.jp")
@Import(EmbeddedStoreTestConfiguration.class)
class RequestBodyBoundsIntegrationTests {

	private static final String HEADER = "email,name,institution,position\n";

	private static final int MB = 1024 * 1024;

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	LoginTokenService tokens;

	String base;

	@BeforeEach
	void setUp() {
		this.base = "http://127.0.0.1:" + this.port;
		this.mongo.remove(new Query(), "rate_limits");
	}

	@Test
	void anAuthorsListImportIsRefusedByRoleBeforeItsSizeOrContentIsLookedAt() throws Exception {
		String author = apiToken("importer@hokudai.ac.jp");
		byte[] list = rows(3 * MB);

		HttpResponse<String> multipart = send(multipartImport(author, list));
		HttpResponse<String> streamed = send(chunked(author, "/api/pre-registrations/import", "text/csv", list));

		for (HttpResponse<String> refused : List.of(multipart, streamed)) {
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
			assertThat(body(refused).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:forbidden");
		}
	}

	@Test
	void aChairsOversizedListIsCutOffWhileItStreamsAndNothingIsImported() throws Exception {
		String chair = apiToken("chair@hokudai.ac.jp");
		long before = this.mongo.count(new Query(), PreRegistration.class);

		HttpResponse<String> streamed = send(chunked(chair, "/api/pre-registrations/import", "text/csv", rows(3 * MB)));
		HttpResponse<String> multipart = send(multipartImport(chair, rows(3 * MB)));

		for (HttpResponse<String> refused : List.of(streamed, multipart)) {
			assertThat(refused.statusCode()).as(refused.body()).isIn(413, 422);
			assertThat(refused.body()).contains("2 MB");
		}
		assertThat(body(streamed).get("code").asString()).isEqualTo("csv.too-large");
		assertThat(this.mongo.count(new Query(), PreRegistration.class)).isEqualTo(before);
		HttpResponse<String> small = send(chunked(chair, "/api/pre-registrations/import", "text/csv",
				(HEADER + "bounded@hokudai.ac.jp,Bounded,HU,FACULTY\n").getBytes(StandardCharsets.UTF_8)));
		assertThat(small.statusCode()).as(small.body()).isEqualTo(200);
	}

	@Test
	void jsonListsAreBoundedByValidationBeforeAnyWork() throws Exception {
		String author = apiToken("keywords@hokudai.ac.jp");
		String keywords = String.join(",", Collections.nCopies(100_000, "\"EEG\""));

		HttpResponse<String> created = send(json(author, "/api/abstracts", draft("[" + keywords + "]")));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(400);
		assertThat(body(created).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:validation");
		assertThat(body(created).get("detail").asString()).contains("keywords");
	}

	@Test
	void jsonBodiesOverTheLimitAre413ProblemsWhetherDeclaredOrStreamed() throws Exception {
		String author = apiToken("big.body@hokudai.ac.jp");
		byte[] huge = draft("[\"" + "x".repeat(3 * MB) + "\"]").getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> declared = send(HttpRequest.newBuilder(URI.create(this.base + "/api/abstracts"))
			.header("Authorization", "Bearer " + author)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(huge))
			.build());
		HttpResponse<String> streamed = send(chunked(author, "/api/abstracts", "application/json", huge));

		for (HttpResponse<String> refused : List.of(declared, streamed)) {
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
			assertThat(body(refused).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:payload-too-large");
			assertThat(body(refused).get("detail").asString()).contains("at most");
		}
	}

	private static String draft(String keywords) {
		return "{\"title\":\"Bounds\",\"authors\":[{\"name\":\"Aiko\",\"institution\":\"HU\",\"email\":"
				+ "\"someone@hokudai.ac.jp\",\"presenting\":true}],\"primaryTopic\":\"GENOME_MEDICINE\","
				+ "\"keywords\":" + keywords + ",\"text\":\"A short abstract.\"}";
	}

	private static byte[] rows(int bytes) {
		StringBuilder list = new StringBuilder(HEADER);
		for (int row = 0; list.length() < bytes; row++) {
			// long names, so the size limit comes before the row limit
			list.append("person")
				.append(row)
				.append("@hokudai.ac.jp,Person ")
				.append(row)
				.append(" ")
				.append("Long-Name".repeat(40))
				.append(",HU,FACULTY\n");
		}
		return list.toString().getBytes(StandardCharsets.UTF_8);
	}

	private HttpRequest multipartImport(String token, byte[] list) {
		String boundary = "bounds" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return HttpRequest.newBuilder(URI.create(this.base + "/api/pre-registrations/import"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofByteArray(list), HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build();
	}

	/** A body of unknown length: sent chunked, so only reading it shows its size. */
	private HttpRequest chunked(String token, String path, String type, byte[] body) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(body)))
			.build();
	}

	private HttpRequest json(String token, String path, String body) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private String apiToken(String email) {
		WebSession browser = new Logins(this.tokens, this.base).loggedIn(email);
		HttpResponse<String> created = browser.postJson(this.base + "/api/me/tokens", "{\"name\":\"bounds\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return body(created).get("token").asString();
	}

	private JsonNode body(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

}
