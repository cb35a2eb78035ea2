package org.husnu.symposium.submission.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.ApiToken;
import org.husnu.symposium.core.accounts.LoginToken;
import org.husnu.symposium.core.accounts.PreRegistration;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.audit.AuditEntry;
import org.husnu.symposium.core.mail.CaughtMail;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.login.LoginTokenService;
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
 * Login, sessions, tokens, CSRF and the chairs' people API of submission-service, over
 * HTTP against the embedded store, with a clock the tests move.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "symposium.bootstrap.chairs=chair@hokudai.ac.jp", "symposium.login.per-address-limit=3" })
@Import({ EmbeddedStoreTestConfiguration.class, IdentityIntegrationTests.Clocks.class })
class IdentityIntegrationTests {

	static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

	private final JsonMapper json = JsonMapper.builder().build();

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
	void firstLoginFromAVerifiedDomainCreatesAnAuthorAccountAndAsksForTheProfile() {
		WebSession browser = new WebSession();
		HttpResponse<String> login = browser.redeem(this.logins.linkFor("newcomer@med.hokudai.ac.jp"));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/profile?welcome"));
		JsonNode me = body(browser.getJson(this.base + "/api/me"));
		assertThat(me.get("email").asString()).isEqualTo("newcomer@med.hokudai.ac.jp");
		assertThat(me.get("institution").asString()).isEqualTo("HU");
		assertThat(me.get("roles").toString()).isEqualTo("[\"AUTHOR\"]");
		assertThat(me.get("profileComplete").asBoolean()).isFalse();
		assertThat(this.mongo.findAll(AuditEntry.class)).extracting(AuditEntry::action)
			.contains("account.created", "login");
	}

	@Test
	void aUsedOrExpiredLinkFailsWithAClearPage() {
		String link = this.logins.linkFor("twice@snu.ac.kr");
		assertThat(new WebSession().redeem(link).statusCode()).isEqualTo(302);
		HttpResponse<String> again = new WebSession().get(link);
		assertThat(again.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?failed=used"));
		assertThat(new WebSession().get(this.base + "/login?failed=used").body())
			.contains("This login link has been used already");

		String late = this.logins.linkFor("late@snu.ac.kr");
		this.clock.advance(Duration.ofMinutes(16));
		assertThat(new WebSession().get(late).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?failed=expired"));
		assertThat(new WebSession().get(this.base + "/login?failed=expired").body()).contains("has expired");
		assertThat(this.accounts.findByEmail("late@snu.ac.kr")).isEmpty();
	}

	@Test
	void linkRequestsAnswerTheSameForEveryAddressButOnlyEligibleOnesGetATokenOrAnAccount() {
		WebSession script = new WebSession();
		long tokensBefore = this.mongo.count(new Query(), LoginToken.class);
		HttpResponse<String> eligible = script.postJsonWithoutCsrf(this.base + "/api/auth/login-link",
				"{\"email\":\"someone@snuh.org\"}");
		HttpResponse<String> ineligible = script.postJsonWithoutCsrf(this.base + "/api/auth/login-link",
				"{\"email\":\"stranger@gmail.com\"}");
		assertThat(eligible.statusCode()).isEqualTo(202);
		assertThat(ineligible.statusCode()).isEqualTo(202);
		assertThat(ineligible.body()).isEqualTo(eligible.body());
		assertThat(this.mongo.count(new Query(), LoginToken.class)).isEqualTo(tokensBefore + 1);
		assertThat(this.accounts.findByEmail("stranger@gmail.com")).isEmpty();

		HttpResponse<String> invalid = script.postJsonWithoutCsrf(this.base + "/api/auth/login-link",
				"{\"email\":\"not-an-address\"}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(body(invalid).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:validation");
	}

	@Test
	void linkRequestsOverThePerAddressLimitGetTheSameAnswerButNoMoreLinks() {
		WebSession script = new WebSession();
		for (int i = 0; i < 3; i++) {
			assertThat(script
				.postJsonWithoutCsrf(this.base + "/api/auth/login-link", "{\"email\":\"eager@hokudai.ac.jp\"}")
				.statusCode()).isEqualTo(202);
		}
		HttpResponse<String> limited = script.postJsonWithoutCsrf(this.base + "/api/auth/login-link",
				"{\"email\":\"Eager@Hokudai.ac.jp\"}");
		assertThat(limited.statusCode()).as("a refusal would let anyone lock the address out").isEqualTo(202);
		assertThat(this.mongo.count(Query.query(Criteria.where("email").is("eager@hokudai.ac.jp")), LoginToken.class))
			.isEqualTo(3);
		assertThat(script.postJsonWithoutCsrf(this.base + "/api/auth/login-link", "{\"email\":\"other@hokudai.ac.jp\"}")
			.statusCode()).isEqualTo(202);
	}

	@Test
	void sessionsNeedTheCsrfTokenAndApiTokensWorkUntilRevoked() {
		WebSession browser = this.logins.loggedIn("scripter@snu.ac.kr");
		HttpResponse<String> forged = browser.postJsonWithoutCsrf(this.base + "/api/me/tokens", "{}");
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(body(forged).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:csrf");

		HttpResponse<String> created = browser.postJson(this.base + "/api/me/tokens", "{\"name\":\"export\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		String token = body(created).get("token").asString();
		String id = body(created).get("id").asString();
		assertThat(token).startsWith("hsn_");
		assertThat(this.mongo.findAll(ApiToken.class))
			.noneMatch((stored) -> stored.hash().equals(token) || stored.hint().equals(token));

		HttpClient client = HttpClient.newHttpClient();
		assertThat(bearer(client, "/api/me", token).statusCode()).isEqualTo(200);
		assertThat(bearer(client, "/api/me", "hsn_wrong").statusCode()).isEqualTo(401);

		assertThat(browser.delete(this.base + "/api/me/tokens/" + id).statusCode()).isEqualTo(204);
		HttpResponse<String> revoked = bearer(client, "/api/me", token);
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(revoked.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).contains("invalid_token"));
	}

	@Test
	void authorsCannotCallChairEndpointsChairsCanAndRoleChangesApplyAtOnce() {
		WebSession author = this.logins.loggedIn("author@hokudai.ac.jp");
		assertThat(author.getJson(this.base + "/api/accounts").statusCode()).isEqualTo(403);
		assertThat(author.getJson(this.base + "/api/audit").statusCode()).isEqualTo(403);
		HttpResponse<String> importAttempt = author.postJson(this.base + "/api/pre-registrations",
				"{\"email\":\"x@gmail.com\",\"name\":\"X\",\"institution\":\"HU\",\"position\":\"STUDENT\"}");
		assertThat(importAttempt.statusCode()).isEqualTo(403);
		assertThat(body(importAttempt).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:forbidden");

		HttpResponse<String> page = author.get(this.base + "/people");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("your roles do not allow this page");

		HttpResponse<String> unknownPage = author.get(this.base + "/no-such-page");
		assertThat(unknownPage.statusCode()).isEqualTo(404);
		assertThat(unknownPage.body()).contains("There is no page here");
		HttpResponse<String> longName = author.submitForm(this.base + "/profile/tokens",
				author.get(this.base + "/profile").body(), Map.of("name", "x".repeat(150)));
		assertThat(longName.statusCode()).isEqualTo(422);
		assertThat(longName.body()).contains("A token name has at most 100 characters");

		WebSession chair = this.logins.loggedIn("chair@hokudai.ac.jp");
		assertThat(chair.get(this.base + "/people").statusCode()).isEqualTo(200);
		assertThat(body(chair.getJson(this.base + "/api/me")).get("roles").toString()).contains("CHAIR");
		String authorId = body(author.getJson(this.base + "/api/me")).get("id").asString();
		assertThat(chair.putJson(this.base + "/api/accounts/" + authorId + "/roles/REVIEWER", "").statusCode())
			.isEqualTo(200);
		assertThat(body(author.getJson(this.base + "/api/me")).get("roles").toString()).contains("REVIEWER");
		assertThat(chair.putJson(this.base + "/api/accounts/" + authorId + "/roles/ADMIN", "").statusCode())
			.as("only admins grant admin")
			.isEqualTo(403);

		String chairId = body(chair.getJson(this.base + "/api/me")).get("id").asString();
		HttpResponse<String> lastChair = chair.delete(this.base + "/api/accounts/" + chairId + "/roles/CHAIR");
		assertThat(lastChair.statusCode()).isEqualTo(422);
		assertThat(body(lastChair).get("code").asString()).isEqualTo("account.roles.last-chair");
		assertThat(this.mongo.findAll(AuditEntry.class)).extracting(AuditEntry::action).contains("role.granted");
	}

	@Test
	void chairsImportTheListWholeOrNotAtAllAndImportedPeopleMayLogIn() {
		WebSession chair = this.logins.loggedIn("chair@hokudai.ac.jp");
		String bad = """
				email,name,institution,position
				guest1@gmail.com,"Park, Jiwoo",SNU,STUDENT
				not-an-address,Someone,HU,FACULTY
				guest2@gmail.com,,KYOTO,PROFESSOR
				""";
		HttpResponse<String> rejected = chair.postCsv(this.base + "/api/pre-registrations/import", bad);
		assertThat(rejected.statusCode()).isEqualTo(422);
		JsonNode errors = body(rejected).get("errors");
		assertThat(errors).hasSize(2);
		assertThat(errors.get(0).get("line").asInt()).isEqualTo(3);
		assertThat(errors.get(1).get("line").asInt()).isEqualTo(4);
		assertThat(errors.get(1).get("message").asString()).contains("the name is empty", "KYOTO", "PROFESSOR");
		assertThat(this.mongo.findById("guest1@gmail.com", PreRegistration.class)).as("nothing half-imported").isNull();

		String good = "\uFEFFEmail,Name,Institution,Position\nguest1@gmail.com,\"Park, Jiwoo\",SNU,student\n"
				+ "guest3@gmail.com,Sato Hana,HU,FACULTY\n";
		HttpResponse<String> imported = chair.postCsv(this.base + "/api/pre-registrations/import", good);
		assertThat(imported.statusCode()).isEqualTo(200);
		assertThat(body(imported).get("created").asInt()).isEqualTo(2);
		assertThat(body(chair.postCsv(this.base + "/api/pre-registrations/import", good)).get("unchanged").asInt())
			.isEqualTo(2);
		assertThat(this.mongo.findById("guest1@gmail.com", PreRegistration.class).name()).isEqualTo("Park, Jiwoo");

		WebSession guest = this.logins.loggedIn("guest1@gmail.com");
		JsonNode me = body(guest.getJson(this.base + "/api/me"));
		assertThat(me.get("name").asString()).isEqualTo("Park, Jiwoo");
		assertThat(me.get("institution").asString()).isEqualTo("SNU");
		assertThat(this.mongo.findAll(AuditEntry.class)).extracting(AuditEntry::action)
			.contains("pre-registrations.imported");
	}

	@Test
	void aDomainAChairAddsMakesItsAddressesEligibleAndIsNamedToOthers() {
		WebSession chair = this.logins.loggedIn("chair@hokudai.ac.jp");
		assertThat(chair.postJson(this.base + "/api/institutions/SNU/domains", "{\"domain\":\"SNU-Partner.example\"}")
			.statusCode()).isEqualTo(200);
		long tokensBefore = this.mongo.count(new Query(), LoginToken.class);
		new WebSession().postJsonWithoutCsrf(this.base + "/api/auth/login-link",
				"{\"email\":\"fellow@lab.snu-partner.example\"}");
		assertThat(this.mongo.count(new Query(), LoginToken.class)).isEqualTo(tokensBefore + 1);

		new WebSession().postJsonWithoutCsrf(this.base + "/api/auth/login-link",
				"{\"email\":\"guest@elsewhere.example\"}");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.mongo.findAll(CaughtMail.class))
				.filteredOn((mail) -> mail.to().equals("guest@elsewhere.example"))
				.singleElement()
				.satisfies((mail) -> assertThat(mail.text()).contains("snu-partner.example", "hokudai.ac.jp")
					.doesNotContain("/login/ott")));
		assertThat(this.mongo.findAll(AuditEntry.class)).extracting(AuditEntry::action)
			.contains("institution.domain.added");
	}

	@Test
	void logoutEndsTheSession() {
		WebSession browser = this.logins.loggedIn("leaving@snu.ac.kr");
		HttpResponse<String> logout = browser.postJson(this.base + "/api/auth/logout", "");
		assertThat(logout.statusCode()).isEqualTo(204);
		assertThat(browser.getJson(this.base + "/api/me").statusCode()).isEqualTo(401);
		assertThat(this.mongo.findAll(AuditEntry.class))
			.anyMatch((entry) -> entry.action().equals("logout") && entry.actorEmail().equals("leaving@snu.ac.kr"));
		assertThat(this.mongo.findAll(Account.class)).anyMatch((account) -> account.email().equals("leaving@snu.ac.kr")
				&& account.roles().equals(Set.of(Role.AUTHOR)));
	}

	@Test
	void hostileInputsGetProblemDetailsNeverServerErrors() {
		WebSession chair = this.logins.loggedIn("chair@hokudai.ac.jp");
		String nobody = UUID.randomUUID().toString();
		String longAddress = "a".repeat(300) + "@hokudai.ac.jp";
		Map<HttpResponse<String>, Integer> expected = new LinkedHashMap<>();
		expected.put(chair.postJsonWithoutCsrf(this.base + "/api/auth/login-link", "not json"), 400);
		expected.put(
				chair.postJsonWithoutCsrf(this.base + "/api/auth/login-link", "{\"email\":\"" + longAddress + "\"}"),
				400);
		expected.put(chair.putJson(this.base + "/api/me", "{\"position\":\"DEAN\"}"), 400);
		expected.put(chair.putJson(this.base + "/api/me", "{}"), 422);
		expected.put(chair.delete(this.base + "/api/me/tokens/not-a-uuid"), 400);
		expected.put(chair.delete(this.base + "/api/me/tokens/" + nobody), 404);
		expected.put(chair.postJson(this.base + "/api/me/tokens", "{\"expiresInDays\":0}"), 400);
		expected.put(chair.postJson(this.base + "/api/me/tokens", "[1,2]"), 400);
		expected.put(chair.putJson(this.base + "/api/accounts/" + nobody + "/roles/KING", ""), 400);
		expected.put(chair.putJson(this.base + "/api/accounts/" + nobody + "/roles/REVIEWER", ""), 404);
		expected.put(chair.postCsv(this.base + "/api/pre-registrations/import", ""), 422);
		expected.put(chair.postCsv(this.base + "/api/pre-registrations/import",
				"email,name,institution,position\n\"a@b.example,Unclosed quote"), 422);
		expected.put(chair.postCsv(this.base + "/api/pre-registrations/import",
				"email,email,name,institution,position\nx@y.example,x@y.example,X,HU,STAFF"), 422);
		expected.put(chair.postJson(this.base + "/api/institutions/NOPE/domains", "{\"domain\":\"x.example\"}"), 404);
		expected.put(chair.postJson(this.base + "/api/institutions/HU/domains", "{\"domain\":\"not a domain\"}"), 422);
		expected.put(
				chair.postJson(this.base + "/api/pre-registrations",
						"{\"email\":\"x@gmail.com\",\"name\":\"X\",\"institution\":\"MARS\",\"position\":\"STAFF\"}"),
				422);
		expected.forEach((response, status) -> {
			assertThat(response.statusCode()).as("%s %s", response.request().method(), response.request().uri())
				.isEqualTo(status);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(body(response).get("detail").asString()).isNotBlank();
		});
		HttpResponse<String> longToken = new WebSession().get(this.base + "/login/ott?token=" + "x".repeat(5000));
		assertThat(longToken.statusCode()).isEqualTo(302);
	}

	private HttpResponse<String> bearer(HttpClient client, String path, String token) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Authorization", "Bearer " + token)
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
