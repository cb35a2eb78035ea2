package org.husnu.symposium.submission.settings;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bson.Document;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.store.CollectionNames;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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
 * The event settings over HTTP: chairs read and change them with an optimistic version,
 * bad values are refused whole with a code, the change is audited and the next request
 * judges by it; nobody else reads or changes them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "symposium.bootstrap.chairs=settings.chair@hokudai.ac.jp")
@Import(EmbeddedStoreTestConfiguration.class)
class SettingsIntegrationTests {

	private static final String CHAIR = "settings.chair@hokudai.ac.jp";

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	LoginTokenService tokens;

	Logins logins;

	String base;

	EventSettings original;

	@BeforeEach
	void setUp() {
		this.base = "http://127.0.0.1:" + this.port;
		this.logins = new Logins(this.tokens, this.base);
		this.mongo.remove(new Query(), "rate_limits");
		this.mongo.remove(Query.query(Criteria.where("action").is("settings.changed")), CollectionNames.AUDIT_LOG);
		this.original = this.mongo.findById(EventSettings.ID, EventSettings.class);
	}

	@AfterEach
	void restoreSettings() {
		Document stored = new Document();
		this.mongo.getConverter().write(this.original, stored);
		this.mongo.getCollection(CollectionNames.EVENT_SETTINGS)
			.replaceOne(new Document("_id", EventSettings.ID), stored);
	}

	@Test
	void chairChangesTheSettingsAndTheNextRequestJudgesByThem() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		ObjectNode settings = settings(chair);
		long version = settings.get("version").asLong();
		assertThat(settings.get("timeZone").asString()).isEqualTo("Asia/Tokyo");
		assertThat(settings.get("blindReview").asBoolean()).isFalse();
		assertThat(settings.get("reviewersPerAbstract").asInt()).isEqualTo(3);
		assertThat(settings.get("limits").get("maxPdfPages").asInt()).isEqualTo(2);

		settings.put("blindReview", true);
		settings.put("institutionPolicy", "SAME_INSTITUTION");
		settings.put("reviewersPerAbstract", 4);
		settings.put("submissionDeadline", "2027-02-07T23:59:00");
		settings.put("submissionGraceMinutes", 30);
		((ObjectNode) settings.get("limits")).put("maxKeywords", 6);
		HttpResponse<String> put = chair.putJson(url("/api/settings"), settings.toString());
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		JsonNode saved = body(put);
		assertThat(saved.get("version").asLong()).isEqualTo(version + 1);
		assertThat(saved.get("submissionDeadline").asString()).isEqualTo("2027-02-07T23:59:00");

		ObjectNode reread = settings(chair);
		assertThat(reread.get("blindReview").asBoolean()).isTrue();
		assertThat(reread.get("institutionPolicy").asString()).isEqualTo("SAME_INSTITUTION");
		assertThat(reread.get("reviewersPerAbstract").asInt()).isEqualTo(4);
		assertThat(reread.get("submissionGraceMinutes").asInt()).isEqualTo(30);
		assertThat(reread.get("limits").get("maxKeywords").asInt()).isEqualTo(6);
		// the next request of any page reads the store again: the landing page shows the
		// new deadline
		assertThat(chair.get(url("/")).body()).contains("2027-02-07 23:59 JST");

		JsonNode audit = body(chair.getJson(url("/api/audit?action=settings.changed")));
		assertThat(audit).hasSize(1);
		JsonNode details = audit.get(0).get("details");
		assertThat(audit.get(0).get("actorEmail").asString()).isEqualTo(CHAIR);
		assertThat(details.get("blindReview").asString()).isEqualTo("false → true");
		assertThat(details.get("reviewersPerAbstract").asString()).isEqualTo("3 → 4");
		assertThat(details.get("maxKeywords").asString()).isEqualTo("8 → 6");
		assertThat(details.has("reviewDeadline")).isFalse();
	}

	@Test
	void aStaleVersionIsRefusedWithConflict() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		ObjectNode first = settings(chair);
		ObjectNode second = first.deepCopy();
		first.put("reviewersPerAbstract", 5);
		assertThat(chair.putJson(url("/api/settings"), first.toString()).statusCode()).isEqualTo(200);

		second.put("blindReview", true);
		HttpResponse<String> stale = chair.putJson(url("/api/settings"), second.toString());
		assertThat(stale.statusCode()).isEqualTo(409);
		JsonNode problem = body(stale);
		assertThat(problem.get("type").asString()).isEqualTo("urn:husnu-symposium:problem:conflict");
		assertThat(problem.get("code").asString()).isEqualTo("settings.version");
		assertThat(problem.get("detail").asString()).contains("reload them and apply your change again");
		assertThat(settings(chair).get("blindReview").asBoolean()).isFalse();
	}

	@Test
	void invalidValuesAreRefusedWithACodeAndNothingIsWritten() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		ObjectNode settings = settings(chair);

		assertRefused(chair, with(settings, "submissionGraceMinutes", -5), 422, "settings.submissionGrace",
				"between 0 and 2880 minutes");
		assertRefused(chair, with(settings, "reviewDeadline", "2027-01-01T00:00:00"), 422, "settings.reviewDeadline",
				"after the submission deadline");
		assertRefused(chair, with(settings, "reviewersPerAbstract", 11), 422, "settings.reviewersPerAbstract",
				"between 1 and 10");
		assertRefused(chair, with(settings, "reviewersPerAbstract", 0), 422, "settings.reviewersPerAbstract",
				"between 1 and 10");
		ObjectNode pages = settings.deepCopy();
		((ObjectNode) pages.get("limits")).put("maxPdfPages", 0);
		pages.put("blindReview", true);
		assertRefused(chair, pages, 422, "limits.pdfPages", "between 1 and 50");
		ObjectNode missing = settings.deepCopy();
		missing.remove("reviewDeadline");
		HttpResponse<String> incomplete = chair.putJson(url("/api/settings"), missing.toString());
		assertThat(incomplete.statusCode()).isEqualTo(400);
		assertThat(body(incomplete).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:validation");

		assertThat(settings(chair)).isEqualTo(settings);
		assertThat(body(chair.getJson(url("/api/audit?action=settings.changed")))).isEmpty();
	}

	@Test
	void nobodyButChairsReadsOrChangesTheSettings() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		ObjectNode settings = settings(chair);
		WebSession author = this.logins.loggedIn("settings.author@hokudai.ac.jp");
		HttpResponse<String> read = author.getJson(url("/api/settings"));
		assertThat(read.statusCode()).isEqualTo(403);
		assertThat(body(read).get("detail").asString()).isEqualTo("Only chairs read and change the event settings");
		settings.put("blindReview", true);
		assertThat(author.putJson(url("/api/settings"), settings.toString()).statusCode()).isEqualTo(403);
		HttpResponse<String> page = author.get(url("/settings"));
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Only chairs read and change the event settings");
		assertThat(author.get(url("/")).body()).doesNotContain("nav-settings");
		assertThat(chair.get(url("/")).body()).contains("nav-settings");
		assertThat(settings(chair).get("blindReview").asBoolean()).isFalse();
	}

	@Test
	void thePageSavesTheFormAndSaysWhatChanged() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		ObjectNode settings = settings(chair);
		String page = chair.get(url("/settings")).body();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", settings.get("version").asString());
		fields.put("submissionDeadline", settings.get("submissionDeadline").asString());
		fields.put("submissionGraceMinutes", settings.get("submissionGraceMinutes").asString());
		fields.put("reviewDeadline", "2027-03-15T18:00");
		fields.put("reviewGraceMinutes", settings.get("reviewGraceMinutes").asString());
		fields.put("blindReview", "true");
		fields.put("institutionPolicy", "NONE");
		fields.put("reviewersPerAbstract", "3");
		fields.put("defaultReviewerLoad", settings.get("defaultReviewerLoad").asString());
		JsonNode limits = settings.get("limits");
		limits.propertyNames().forEach((name) -> fields.put(name, limits.get(name).asString()));
		HttpResponse<String> saved = chair.submitForm(url("/settings"), page, fields);
		assertThat(saved.statusCode()).isEqualTo(302);
		String after = chair.get(url("/settings")).body();
		assertThat(after).contains("settings-changes")
			.contains("data-field=\"blindReview\"")
			.contains("data-field=\"reviewDeadline\"")
			.doesNotContain("data-field=\"reviewersPerAbstract\"");
		assertThat(settings(chair).get("reviewDeadline").asString()).isEqualTo("2027-03-15T18:00:00");

		fields.put("version", settings(chair).get("version").asString());
		fields.put("reviewersPerAbstract", "12");
		chair.submitForm(url("/settings"), after, fields);
		assertThat(chair.get(url("/settings")).body()).contains("settings-error")
			.contains("Each abstract gets between 1 and 10 reviewers");
		assertThat(settings(chair).get("reviewersPerAbstract").asInt()).isEqualTo(3);

		fields.put("reviewersPerAbstract", "");
		fields.put("maxKeywords", "many");
		chair.submitForm(url("/settings"), after, fields);
		assertThat(chair.get(url("/settings")).body()).contains("settings-missing").contains("maxKeywords");
		fields.put("maxKeywords", "6");
		chair.submitForm(url("/settings"), after, fields);
		assertThat(chair.get(url("/settings")).body()).contains("settings-missing").contains("reviewersPerAbstract");
		assertThat(settings(chair).get("limits").get("maxKeywords").asInt()).isEqualTo(8);
	}

	private void assertRefused(WebSession chair, ObjectNode settings, int status, String code, String detail) {
		HttpResponse<String> response = chair.putJson(url("/api/settings"), settings.toString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode problem = body(response);
		assertThat(problem.get("code").asString()).isEqualTo(code);
		assertThat(problem.get("detail").asString()).contains(detail);
	}

	private static ObjectNode with(ObjectNode settings, String field, Object value) {
		ObjectNode copy = settings.deepCopy();
		if (value instanceof Integer number) {
			copy.put(field, number);
		}
		else {
			copy.put(field, value.toString());
		}
		return copy;
	}

	private ObjectNode settings(WebSession chair) {
		HttpResponse<String> response = chair.getJson(url("/api/settings"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return (ObjectNode) body(response);
	}

	private JsonNode body(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private String url(String path) {
		return this.base + path;
	}

}
