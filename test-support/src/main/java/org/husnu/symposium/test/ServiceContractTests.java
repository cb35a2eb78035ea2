package org.husnu.symposium.test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.husnu.symposium.core.topics.TopicAreas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service promises over HTTP, checked the same way against both: health,
 * reference data, problem details, OpenAPI, a landing page. Each service's integration
 * test extends this and so starts the service on a random port against an in-memory
 * embedded store.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(EmbeddedStoreTestConfiguration.class)
public abstract class ServiceContractTests {

	@Value("${local.server.port}")
	private int port;

	private RestClient http;

	/**
	 * What the landing page of this service shows besides the shared parts.
	 * @return texts expected on the page
	 */
	protected abstract List<String> landingPageTexts();

	@BeforeEach
	void connect() {
		this.http = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	/**
	 * A client for the service under test that returns error responses instead of
	 * throwing.
	 * @return the client
	 */
	protected RestClient http() {
		return this.http;
	}

	/**
	 * Default mode is safe on a shared network: the service listens on loopback only, so
	 * another host cannot reach it (nor its dev mailbox of login links) unless the
	 * operator opened it with {@code SERVER_ADDRESS}. Read from the kernel's socket
	 * table, so no traffic leaves loopback.
	 * @throws IOException if the socket table cannot be read
	 */
	@Test
	void listensOnLoopbackOnlyByDefault() throws IOException {
		List<String> listening = ListeningSockets.addressesListeningOn(this.port);
		assertThat(listening).as("addresses listening on port %d", this.port).isNotEmpty().containsOnly("127.0.0.1");
	}

	/**
	 * The dev mailbox holds login links: a request a proxy forwarded from elsewhere gets
	 * a 403 that says where to find the link instead.
	 */
	@Test
	void refusesTheDevMailboxToAForwardedClient() {
		ResponseEntity<Map<String, Object>> forwarded = this.http.get()
			.uri("/api/dev/mail?to=chair.hu@hokudai.ac.jp")
			.header("X-Forwarded-For", "203.0.113.7")
			.retrieve()
			.toEntity(new ParameterizedTypeReference<>() {
			});
		assertThat(forwarded.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(forwarded.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(forwarded.getBody()).containsEntry("type", "urn:husnu-symposium:problem:forbidden");
		assertThat((String) forwarded.getBody().get("detail")).contains("console", "open-to-network");
		ResponseEntity<String> page = this.http.get()
			.uri("/dev/mail?lang=ja")
			.header("Forwarded", "for=203.0.113.7")
			.accept(MediaType.TEXT_HTML)
			.retrieve()
			.toEntity(String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(page.getBody()).contains("開発用メールボックスは他のマシンからは開けません", "./run.sh").doesNotContain("login/ott");
		assertThat(this.http.get()
			.uri("/api/dev/mail?to=chair.hu@hokudai.ac.jp")
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void reportsHealthUp() {
		ResponseEntity<Map<String, Object>> health = this.http.get()
			.uri("/actuator/health")
			.retrieve()
			.toEntity(new ParameterizedTypeReference<>() {
			});
		assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(health.getBody()).containsEntry("status", "UP");
	}

	@Test
	@SuppressWarnings("unchecked")
	void listsTheSixMhlwTopicAreasWithJapaneseNames() {
		List<Map<String, Object>> areas = this.http.get()
			.uri("/api/topic-areas")
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(areas).isNotNull();
		List<Map<String, Object>> mhlw = areas.stream()
			.filter((area) -> Boolean.TRUE.equals(area.get("mhlwPriority")))
			.toList();
		assertThat(mhlw).extracting((area) -> area.get("code"))
			.containsExactlyElementsOf(TopicAreas.MHLW_PRIORITY_CODES);
		assertThat(mhlw).extracting((area) -> ((Map<String, Object>) area.get("names")).get("ja"))
			.containsExactly("ゲノム医療", "画像診断支援", "診断・治療支援", "医薬品開発", "介護・認知症", "手術支援");
		assertThat(areas).extracting((area) -> area.get("code")).contains(TopicAreas.OTHER);
		assertThat(areas.get(0)).containsKeys("code", "names", "mhlwPriority", "order", "active");
	}

	@Test
	void listsHuAndSnuWithTheirDomains() {
		List<Map<String, Object>> institutions = this.http.get()
			.uri("/api/institutions")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(institutions).extracting((institution) -> institution.get("code")).containsExactly("HU", "SNU");
		assertThat(institutions.get(1).get("emailDomains")).isEqualTo(List.of("snu.ac.kr", "snuh.org"));
	}

	@Test
	void answersUnknownTopicWithProblemDetail() {
		ResponseEntity<Map<String, Object>> response = this.http.get()
			.uri("/api/topic-areas/NO_SUCH_AREA")
			.retrieve()
			.toEntity(new ParameterizedTypeReference<>() {
			});
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getHeaders().getContentType()).isNotNull();
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(response.getBody()).containsEntry("type", "urn:husnu-symposium:problem:not-found")
			.containsEntry("status", 404)
			.containsEntry("instance", "/api/topic-areas/NO_SUCH_AREA");
		assertThat((String) response.getBody().get("detail")).contains("NO_SUCH_AREA", "/api/topic-areas");
	}

	@Test
	void answersUnknownPathWrongMethodAndBadParameterWithProblemDetails() {
		ResponseEntity<Map<String, Object>> unknown = this.http.get()
			.uri("/api/no-such-thing")
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.toEntity(new ParameterizedTypeReference<>() {
			});
		// anonymous callers learn nothing about which API paths exist
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(unknown.getBody()).containsEntry("type", "urn:husnu-symposium:problem:unauthenticated");
		// double-submit CSRF: the header echoes the XSRF-TOKEN cookie
		ResponseEntity<Map<String, Object>> wrongMethod = this.http.delete()
			.uri("/api/topic-areas")
			.header("Cookie", "XSRF-TOKEN=contract-test")
			.header("X-XSRF-TOKEN", "contract-test")
			.retrieve()
			.toEntity(new ParameterizedTypeReference<>() {
			});
		assertThat(wrongMethod.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(wrongMethod.getBody()).containsEntry("type", "urn:husnu-symposium:problem:method-not-allowed");
		assertThat(wrongMethod.getHeaders().getAllow()).isNotEmpty();
		ResponseEntity<Map<String, Object>> badParameter = this.http.get()
			.uri("/api/topic-areas?includeRetired=maybe")
			.retrieve()
			.toEntity(new ParameterizedTypeReference<>() {
			});
		assertThat(badParameter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badParameter.getBody()).containsEntry("type", "urn:husnu-symposium:problem:bad-request");
	}

	@Test
	void showsCaughtMailInDefaultMode() {
		ResponseEntity<List<Map<String, Object>>> mail = this.http.get()
			.uri("/api/dev/mail?to=nobody@hokudai.ac.jp")
			.retrieve()
			.toEntity(new ParameterizedTypeReference<>() {
			});
		assertThat(mail.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(mail.getBody()).isEmpty();
		ResponseEntity<String> page = this.http.get()
			.uri("/dev/mail")
			.accept(MediaType.TEXT_HTML)
			.retrieve()
			.toEntity(String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("Dev mailbox", "No mail caught yet");
	}

	@Test
	void publishesOpenApi() {
		ResponseEntity<String> docs = this.http.get().uri("/v3/api-docs").retrieve().toEntity(String.class);
		assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(docs.getBody()).contains("\"openapi\"", "/api/topic-areas", "/api/institutions", "/api/me",
				"\"scheme\":\"bearer\"");
	}

	@Test
	void servesLandingPageWithTopicAreasInThreeLanguages() {
		ResponseEntity<String> page = this.http.get()
			.uri("/")
			.accept(MediaType.TEXT_HTML)
			.retrieve()
			.toEntity(String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getContentType()).isNotNull();
		assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(page.getBody()).contains("手術支援", "수술 지원", "Surgical support", "JST").contains(landingPageTexts());
	}

}
