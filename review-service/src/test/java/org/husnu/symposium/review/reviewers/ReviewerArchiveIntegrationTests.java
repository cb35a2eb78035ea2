package org.husnu.symposium.review.reviewers;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.reviewers.ReviewerPapers;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.WebSession;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.husnu.symposium.test.fixtures.ReviewerFixtures;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviewers' archives over HTTP: a reviewer pastes, uploads and removes own papers within
 * the bounds, chairs read them and import archives for many reviewers at once, and nobody
 * else sees them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
class ReviewerArchiveIntegrationTests {

	private static final String NDJSON = "application/x-ndjson";

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	LoginTokenService tokens;

	Logins logins;

	@BeforeEach
	void setUp() {
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		this.mongo.remove(new Query(), "rate_limits");
		this.mongo.remove(new Query(), ReviewerPapers.class);
		store(AccountFixtures.chair("archive.chair@hokudai.ac.jp").build());
		store(AccountFixtures.author("archive.author@hokudai.ac.jp").build());
		reviewer("archive.tanaka@hokudai.ac.jp");
		reviewer("archive.park@snu.ac.kr");
	}

	@Test
	void aReviewerPastesUploadsAndRemovesOwnPapers() {
		WebSession tanaka = this.logins.loggedIn("archive.tanaka@hokudai.ac.jp");
		assertThat(read(tanaka.getJson(url("/api/me/reviewer-archive"))).get("papers")).isEmpty();

		HttpResponse<String> added = tanaka.postJson(url("/api/me/reviewer-archive/papers"),
				"{\"title\":\"敗血症の早期予測\",\"abstract\":\"集中治療室の患者のバイタルサインから予測する。\"}");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		assertThat(read(added).get("papers").get(0).get("source").asString()).isEqualTo("manual");

		String upload = "{\"id\":\"p1\",\"content\":{\"title\":\"Sepsis in the ICU\",\"abstract\":\"Deep learning.\"}}\n"
				+ "\n{\"id\":\"p2\",\"content\":{\"title\":{\"value\":\"Septic shock\"},\"abstract\":{\"value\":\"Mortality.\"}}}\n";
		HttpResponse<String> uploaded = tanaka.postText(url("/api/me/reviewer-archive/upload"), NDJSON, upload);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
		assertThat(read(uploaded).get("papers")).hasSize(3);
		assertThat(read(uploaded).get("papers").get(2).get("title").asString()).isEqualTo("Septic shock");
		assertThat(read(tanaka.postText(url("/api/me/reviewer-archive/upload"), NDJSON, upload)).get("papers"))
			.as("the same file again replaces its papers")
			.hasSize(3);

		assertThat(tanaka.delete(url("/api/me/reviewer-archive/papers/p1")).statusCode()).isEqualTo(204);
		assertThat(tanaka.delete(url("/api/me/reviewer-archive/papers/p1")).statusCode()).isEqualTo(404);
		JsonNode archive = read(tanaka.getJson(url("/api/me/reviewer-archive")));
		assertThat(archive.get("papers")).extracting((paper) -> paper.get("title").asString())
			.containsExactly("敗血症の早期予測", "Septic shock");
	}

	@Test
	void badUploadsAreRefusedWholeWithWhatToDo() {
		WebSession tanaka = this.logins.loggedIn("archive.tanaka@hokudai.ac.jp");
		tanaka.postJson(url("/api/me/reviewer-archive/papers"), "{\"title\":\"Kept\"}");

		assertRefused(tanaka.postText(url("/api/me/reviewer-archive/upload"), NDJSON,
				"{\"content\":{\"title\":\"Fine\"}}\nnot json\n"), 422, "archive.upload.line", "Line 2");
		assertRefused(tanaka.postText(url("/api/me/reviewer-archive/upload"), NDJSON,
				"{\"content\":{\"abstract\":\"no title\"}}\n"), 422, "archive.title", "Line 1");
		assertRefused(tanaka.postText(url("/api/me/reviewer-archive/upload"), NDJSON,
				"{\"content\":{\"title\":\"" + "x".repeat(501) + "\"}}\n"), 422, "archive.title", "500");
		assertRefused(
				tanaka.postText(url("/api/me/reviewer-archive/upload"), NDJSON,
						"{\"content\":{\"title\":\"t\"," + "\"abstract\":\"" + "y".repeat(1_000_001) + "\"}}\n"),
				422, "archive.upload.too-large", "kB");
		StringBuilder tooMany = new StringBuilder();
		for (int i = 0; i < ReviewerPapers.MAX_PAPERS; i++) {
			tooMany.append("{\"id\":\"n")
				.append(i)
				.append("\",\"content\":{\"title\":\"Paper ")
				.append(i)
				.append("\"}}\n");
		}
		assertRefused(tanaka.postText(url("/api/me/reviewer-archive/upload"), NDJSON, tooMany.toString()), 422,
				"archive.too-many", "100");
		HttpResponse<String> longTitle = tanaka.postJson(url("/api/me/reviewer-archive/papers"),
				"{\"title\":\"" + "x".repeat(501) + "\"}");
		assertThat(longTitle.statusCode()).isEqualTo(400);
		assertThat(tanaka.postJson(url("/api/me/reviewer-archive/papers"), "{\"title\":\" \"}").statusCode())
			.isEqualTo(400);

		assertThat(read(tanaka.getJson(url("/api/me/reviewer-archive"))).get("papers"))
			.as("nothing of a refused upload is stored")
			.hasSize(1);
	}

	@Test
	void onlyTheReviewerThemselfAndChairsSeeAnArchive() {
		UUID tanaka = accountId("archive.tanaka@hokudai.ac.jp");
		WebSession author = this.logins.loggedIn("archive.author@hokudai.ac.jp");
		assertThat(author.getJson(url("/api/me/reviewer-archive")).statusCode()).isEqualTo(403);
		assertThat(author.postJson(url("/api/me/reviewer-archive/papers"), "{\"title\":\"Mine\"}").statusCode())
			.isEqualTo(403);
		assertThat(author.getJson(url("/api/reviewers/" + tanaka + "/archive")).statusCode()).isEqualTo(403);
		WebSession park = this.logins.loggedIn("archive.park@snu.ac.kr");
		assertThat(park.getJson(url("/api/reviewers/" + tanaka + "/archive")).statusCode()).isEqualTo(403);
		assertThat(park
			.postText(url("/api/reviewer-archives/import"), NDJSON,
					"{\"email\":\"archive.tanaka@hokudai.ac.jp\",\"content\":{\"title\":\"Planted\"}}")
			.statusCode()).isEqualTo(403);

		WebSession tanakaSession = this.logins.loggedIn("archive.tanaka@hokudai.ac.jp");
		tanakaSession.postJson(url("/api/me/reviewer-archive/papers"), "{\"title\":\"Own paper\"}");
		WebSession chair = this.logins.loggedIn("archive.chair@hokudai.ac.jp");
		JsonNode seen = read(chair.getJson(url("/api/reviewers/" + tanaka + "/archive")));
		assertThat(seen.get("papers").get(0).get("title").asString()).isEqualTo("Own paper");
		assertThat(chair.getJson(url("/api/reviewers/" + UUID.randomUUID() + "/archive")).statusCode()).isEqualTo(404);
	}

	@Test
	void chairsImportArchivesForManyReviewersOrNothing() {
		WebSession chair = this.logins.loggedIn("archive.chair@hokudai.ac.jp");
		String lines = "{\"email\":\"Archive.Tanaka@hokudai.ac.jp\",\"id\":\"t1\",\"content\":{\"title\":\"Genome\"}}\n"
				+ "{\"email\":\"archive.park@snu.ac.kr\",\"id\":\"k1\",\"content\":{\"title\":\"마취\",\"abstract\":\"수술\"}}\n"
				+ "{\"reviewer\":\"archive.park@snu.ac.kr\",\"id\":\"k2\",\"content\":{\"title\":\"저혈압\"}}\n";

		HttpResponse<String> unknown = chair.postText(url("/api/reviewer-archives/import"), NDJSON,
				lines + "{\"email\":\"nobody@snu.ac.kr\",\"content\":{\"title\":\"x\"}}\n");
		assertRefused(unknown, 422, "archive.import.unknown-reviewer", "nobody@snu.ac.kr");
		assertRefused(chair.postText(url("/api/reviewer-archives/import"), NDJSON, "{\"content\":{\"title\":\"x\"}}"),
				422, "archive.upload.reviewer", "Line 1");
		assertThat(this.mongo.count(new Query(), ReviewerPapers.class)).as("nothing half-written").isZero();

		HttpResponse<String> imported = chair.postText(url("/api/reviewer-archives/import"), NDJSON, lines);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(read(imported).get("papers").asInt()).isEqualTo(3);
		assertThat(read(imported).get("reviewers").get("archive.park@snu.ac.kr").asInt()).isEqualTo(2);
		ReviewerPapers park = this.mongo.findById(accountId("archive.park@snu.ac.kr"), ReviewerPapers.class);
		assertThat(park.papers()).extracting((paper) -> paper.source()).containsOnly("import");
	}

	private void reviewer(String email) {
		store(AccountFixtures.author(email).build());
		UUID id = accountId(email);
		if (!this.mongo.exists(Query.query(Criteria.where("_id").is(id)), ReviewerProfile.class)) {
			this.mongo.insert(ReviewerFixtures.profile(id).withEmail(email).build());
		}
	}

	private UUID accountId(String email) {
		return this.mongo.findOne(Query.query(Criteria.where("email").is(email)), Account.class).id();
	}

	private void assertRefused(HttpResponse<String> response, int status, String code, String detail) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(read(response).get("code").asString()).isEqualTo(code);
		assertThat(read(response).get("detail").asString()).contains(detail);
	}

	private void store(Account account) {
		if (!this.mongo.exists(Query.query(Criteria.where("email").is(account.email())), Account.class)) {
			this.mongo.insert(account);
		}
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
