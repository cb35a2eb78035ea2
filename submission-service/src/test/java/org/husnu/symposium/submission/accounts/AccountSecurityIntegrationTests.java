package org.husnu.symposium.submission.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.Binary;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.ApiToken;
import org.husnu.symposium.core.accounts.LoginToken;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.audit.AuditEntry;
import org.husnu.symposium.core.store.CollectionNames;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.platform.security.Secrets;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.MutableClock;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an outside review found in login, tokens, roles and the audit log (issue 9, items
 * 8, 11, 13, 14, 18 and 20; item 12 is {@code LastChairGuardIntegrationTests}), over HTTP
 * against the embedded store. Raw documents are read from the store where the point is
 * what the database holds.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "symposium.bootstrap.chairs=chair@hokudai.ac.jp", "symposium.login.per-address-limit=3",
				"symposium.login.per-client-limit=6", "server.forward-headers-strategy=native" })
@Import({ EmbeddedStoreTestConfiguration.class, AccountSecurityIntegrationTests.Clocks.class })
class AccountSecurityIntegrationTests {

	static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	MutableClock clock;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	AuditLog audit;

	String base;

	Logins logins;

	@BeforeEach
	void setUp() {
		this.base = "http://127.0.0.1:" + this.port;
		this.logins = new Logins(this.tokens, this.base);
		this.clock.set(START);
		this.mongo.remove(new Query(), CollectionNames.RATE_LIMITS);
	}

	// item 8: tokens have a bounded lifetime

	@Test
	void everyApiTokenExpiresAndNoneOutlivesTheMaximumLifetime() {
		WebSession browser = this.logins.loggedIn("expiring@snu.ac.kr");
		HttpResponse<String> created = browser.postJson(this.base + "/api/me/tokens", "{\"name\":\"default\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(body(created).get("expiresAt").asString()).as("the default lifetime is 90 days")
			.isEqualTo(START.plus(Duration.ofDays(90)).toString());
		String token = body(created).get("token").asString();

		HttpResponse<String> tooLong = browser.postJson(this.base + "/api/me/tokens", "{\"expiresInDays\":366}");
		assertThat(tooLong.statusCode()).isEqualTo(422);
		assertThat(body(tooLong).get("code").asString()).isEqualTo("api-token.expiry");
		assertThat(body(tooLong).get("detail").asString()).contains("between 1 and 365 days");

		assertThat(bearer("GET", "/api/me", token).statusCode()).isEqualTo(200);
		this.clock.advance(Duration.ofDays(90));
		assertThat(bearer("GET", "/api/me", token).statusCode()).isEqualTo(401);

		// a token stored before expiry was required ends at the maximum lifetime
		Account owner = this.accounts.findByEmail("expiring@snu.ac.kr").orElseThrow();
		String legacy = "hsn_legacy" + UUID.randomUUID();
		this.mongo.insert(new ApiToken(UUID.randomUUID(), Secrets.hash(legacy), owner.id(), "old script", "hsn_lega",
				this.clock.instant().minus(Duration.ofDays(400)), null, null));
		assertThat(bearer("GET", "/api/me", legacy).statusCode()).isEqualTo(401);
	}

	// item 8: a token cannot mint tokens

	@Test
	void anApiTokenCannotCreateTokens() {
		WebSession browser = this.logins.loggedIn("minter@snu.ac.kr");
		String token = body(browser.postJson(this.base + "/api/me/tokens", "{\"name\":\"parent\"}")).get("token")
			.asString();
		HttpResponse<String> minted = bearer("POST", "/api/me/tokens", token);
		assertThat(minted.statusCode()).isEqualTo(403);
		assertThat(minted.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(body(minted).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:forbidden");
		assertThat(body(minted).get("detail").asString()).contains("An API token cannot create API tokens");
		UUID minter = this.accounts.findByEmail("minter@snu.ac.kr").orElseThrow().id();
		assertThat(this.mongo.count(Query.query(Criteria.where("accountId").is(minter)), ApiToken.class)).isOne();
	}

	// item 8: "log out everywhere" offers to revoke the tokens

	@Test
	void loggingOutEverywhereRevokesTheApiTokensWhenAsked() {
		WebSession browser = this.logins.loggedIn("careful@snu.ac.kr");
		WebSession otherDevice = this.logins.loggedIn("careful@snu.ac.kr");
		String token = body(browser.postJson(this.base + "/api/me/tokens", "{\"name\":\"cron\"}")).get("token")
			.asString();
		String profile = browser.get(this.base + "/profile").body();
		assertThat(profile).contains("id=\"revoke-tokens\"", "Also revoke all my API tokens");

		HttpResponse<String> ended = browser.submitForm(this.base + "/profile/sessions/end-all", profile,
				Map.of("revokeTokens", "true"));
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(otherDevice.getJson(this.base + "/api/me").statusCode()).isEqualTo(401);
		assertThat(bearer("GET", "/api/me", token).statusCode()).isEqualTo(401);
		assertThat(this.mongo.findAll(AuditEntry.class)).extracting(AuditEntry::action)
			.contains("api-tokens.revoked", "sessions.ended");

		WebSession script = this.logins.loggedIn("careful@snu.ac.kr");
		String second = body(script.postJson(this.base + "/api/me/tokens", "{}")).get("token").asString();
		HttpResponse<String> revokeAll = script.delete(this.base + "/api/me/tokens");
		assertThat(revokeAll.statusCode()).isEqualTo(200);
		assertThat(body(revokeAll).get("revoked").asInt()).isEqualTo(1);
		assertThat(bearer("GET", "/api/me", second).statusCode()).isEqualTo(401);
	}

	// item 11: the confirm page names the account

	@Test
	void theConfirmPageNamesTheAccountTheLinkLogsIn() {
		HttpResponse<String> confirm = new WebSession().get(this.logins.linkFor("forwarded.owner@hokudai.ac.jp"));
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("id=\"login-account\"", "forwarded.owner@hokudai.ac.jp",
				"Not your address? Do not continue");
	}

	// item 13: nobody locks a person out; forwarded headers only from configured proxies

	@Test
	void askingForAnAddressesLinksOverAndOverNeverLocksItsOwnerOut() {
		String address = "victim@hokudai.ac.jp";
		WebSession attacker = new WebSession();
		List<HttpResponse<String>> answers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			answers.add(attacker.postJsonWithoutCsrf(this.base + "/api/auth/login-link",
					"{\"email\":\"" + address + "\"}"));
		}
		HttpResponse<String> own = new WebSession().postJsonWithoutCsrf(this.base + "/api/auth/login-link",
				"{\"email\":\"" + address + "\"}");
		answers.add(own);
		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(202);
		assertThat(answers).extracting(HttpResponse::body).containsOnly(own.body());
		assertThat(this.mongo.count(Query.query(Criteria.where("email").is(address)), LoginToken.class))
			.as("over the per-address limit no more links are made, quietly")
			.isEqualTo(3);

		WebSession person = new WebSession();
		HttpResponse<String> page = person.get(this.base + "/login");
		HttpResponse<String> fromPage = person.submitForm(this.base + "/login/link", page.body(),
				Map.of("email", address));
		assertThat(fromPage.statusCode()).isEqualTo(302);
		assertThat(fromPage.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login/sent"));
		assertThat(new WebSession().redeem(this.logins.linkFor(address)).statusCode())
			.as("redeeming a link is never limited")
			.isEqualTo(302);
	}

	@Test
	void forwardedForFromAClientThatIsNoConfiguredProxyIsIgnored() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + "/api/auth/login-link"))
				.header("Content-Type", "application/json")
				.header("X-Forwarded-For", "203.0.113." + (i + 1))
				.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"spoofer" + i + "@hokudai.ac.jp\"}"))
				.build();
			statuses.add(this.client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
		}
		assertThat(statuses).as("the per-client limit (6) counts the real client, not the header")
			.containsExactly(202, 202, 202, 202, 202, 202, 429);
	}

	// item 14: the audit log shows admins only what they may see

	@Test
	void adminsReadOnlyTheAuditEntriesAboutAccountsAndAccess() {
		this.audit.record(null, "abstract.created", "A-901", Map.of("title", "Secret cohort of 12 patients"));
		WebSession admin = loggedInWithRoles("ops@hokudai.ac.jp", Role.ADMIN);
		HttpResponse<String> entries = admin.getJson(this.base + "/api/audit?limit=1000");
		assertThat(entries.statusCode()).isEqualTo(200);
		List<String> actions = new ArrayList<>();
		body(entries).forEach((entry) -> actions.add(entry.get("action").asString()));
		assertThat(actions).contains("login").doesNotContain("abstract.created");
		assertThat(entries.body()).doesNotContain("Secret cohort", "A-901");
		assertThat(body(admin.getJson(this.base + "/api/audit?action=abstract.created"))).isEmpty();
		assertThat(admin.get(this.base + "/people").body()).doesNotContain("A-901");

		WebSession chair = this.logins.loggedIn("chair@hokudai.ac.jp");
		assertThat(chair.getJson(this.base + "/api/audit?action=abstract.created").body()).contains("A-901");
	}

	// item 18: no secret at rest

	@Test
	void theOutboxKeepsNoWorkingLoginLinkOnceTheMailIsSent() {
		new WebSession().postJsonWithoutCsrf(this.base + "/api/auth/login-link", "{\"email\":\"mailed@snu.ac.kr\"}");
		Query mail = Query.query(Criteria.where("to").is("mailed@snu.ac.kr").and("template").is("login-link"));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(this.mongo.findOne(mail, Document.class, CollectionNames.MAIL_OUTBOX)).isNotNull()
						.satisfies((raw) -> assertThat(raw.get("status")).hasToString("SENT")));
		Document raw = this.mongo.findOne(mail, Document.class, CollectionNames.MAIL_OUTBOX);
		assertThat(raw.toJson()).doesNotContain("token=").doesNotContain("/login/ott");
	}

	@Test
	void aNewTokensSecretNeverReachesTheSessionStore() {
		WebSession browser = this.logins.loggedIn("page.tokens@snu.ac.kr");
		HttpResponse<String> created = browser.submitForm(this.base + "/profile/tokens",
				browser.get(this.base + "/profile").body(), Map.of("name", "from the page"));
		assertThat(created.statusCode()).isEqualTo(200);
		assertThat(created.body()).contains("id=\"created-token\"");
		String secret = created.body().replaceAll("(?s).*id=\"created-token\">(hsn_[A-Za-z0-9_-]+)<.*", "$1");
		assertThat(secret).startsWith("hsn_").hasSizeGreaterThan(20);
		assertThat(bearer("GET", "/api/me", secret).statusCode()).isEqualTo(200);
		for (Document session : this.mongo.findAll(Document.class, CollectionNames.SESSIONS)) {
			assertThat(flatten(session)).doesNotContain(secret).doesNotContain("createdToken");
		}
	}

	// item 20: only chairs make chairs

	@Test
	void adminsCannotMakeAnyoneChairAndTheAttemptIsAudited() {
		WebSession admin = loggedInWithRoles("root@hokudai.ac.jp", Role.ADMIN);
		String adminId = idOf(admin);
		HttpResponse<String> selfPromotion = admin.putJson(this.base + "/api/accounts/" + adminId + "/roles/CHAIR", "");
		assertThat(selfPromotion.statusCode()).isEqualTo(403);
		assertThat(body(selfPromotion).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:forbidden");
		assertThat(body(selfPromotion).get("detail").asString()).contains("Only chairs grant or revoke the chair role");
		assertThat(this.accounts.findById(UUID.fromString(adminId)).orElseThrow().hasRole(Role.CHAIR)).isFalse();
		assertThat(this.mongo.findAll(AuditEntry.class))
			.anyMatch((entry) -> entry.action().equals("role.change-refused") && entry.subject().equals(adminId)
					&& entry.details().get("role").equals("CHAIR"));

		WebSession newcomer = this.logins.loggedIn("helper@snu.ac.kr");
		assertThat(admin.putJson(this.base + "/api/accounts/" + idOf(newcomer) + "/roles/REVIEWER", "").statusCode())
			.as("admins still manage the other roles")
			.isEqualTo(200);
		assertThat(admin.get(this.base + "/people").body()).doesNotContain("data-role=\"CHAIR\"");

		WebSession chair = this.logins.loggedIn("chair@hokudai.ac.jp");
		assertThat(chair.putJson(this.base + "/api/accounts/" + adminId + "/roles/CHAIR", "").statusCode())
			.isEqualTo(200);
		assertThat(chair.delete(this.base + "/api/accounts/" + adminId + "/roles/CHAIR").statusCode()).isEqualTo(200);
	}

	/** Every string and binary value of a raw document, as text. */
	private static String flatten(Object value) {
		if (value instanceof Document document) {
			return document.values().stream().map(AccountSecurityIntegrationTests::flatten).reduce("", String::concat);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(AccountSecurityIntegrationTests::flatten).reduce("", String::concat);
		}
		if (value instanceof Binary binary) {
			return new String(binary.getData(), StandardCharsets.ISO_8859_1);
		}
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
		return String.valueOf(value) + " ";
	}

	private String idOf(WebSession browser) {
		return body(browser.getJson(this.base + "/api/me")).get("id").asString();
	}

	private WebSession loggedInWithRoles(String email, Role role) {
		WebSession browser = this.logins.loggedIn(email);
		Account account = this.accounts.findByEmail(email).orElseThrow();
		this.mongo.save(account.grant(role));
		return browser;
	}

	private HttpResponse<String> bearer(String method, String path, String token) {
		try {
			return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.method(method,
						"POST".equals(method) ? HttpRequest.BodyPublishers.ofString("{}")
								: HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode body(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(START);
		}

	}

}
