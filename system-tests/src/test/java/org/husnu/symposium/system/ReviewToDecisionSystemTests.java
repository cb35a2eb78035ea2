package org.husnu.symposium.system;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.husnu.symposium.test.TestPdfs;
import org.husnu.symposium.test.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's journey across both services as separate processes, driven only over HTTP as
 * scripts would: the chair configures the review form; reviewers review, one in Japanese
 * and one in Korean; the chair ranks, decides and releases; the authors see their
 * decisions and the comments meant for them, never the confidential ones. Between the
 * steps the permission matrix is checked: each role against each endpoint with someone
 * else's record, on both services, before and after the release.
 *
 * <p>
 * The tests run in order over one system: each step starts from where the previous one
 * ended, as the people of the journey do.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewToDecisionSystemTests {

	private static final String CHAIR = "chair@hokudai.ac.jp";

	private static final String AUTHOR_HU = "author.hu@hokudai.ac.jp";

	private static final String AUTHOR_SNU = "author.snu@snu.ac.kr";

	private static final String REVIEWER_JA = "reviewer.ja@med.hokudai.ac.jp";

	private static final String REVIEWER_KO = "reviewer.ko@snu.ac.kr";

	private static final String REVIEWER_EN = "reviewer.en@snu.ac.kr";

	private static final String REVIEWER_OUT = "reviewer.out@hokudai.ac.jp";

	private static final String CONFIDENTIAL_JA = "機密：データの出所に疑問あり";

	private static final String CONFIDENTIAL_KO = "기밀: 통계 검증 필요";

	private static final String TO_AUTHORS_JA = "外部検証があれば更に良い発表になります。";

	private static final String TO_AUTHORS_KO = "다기관 데이터로 확장하면 좋겠습니다.";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static RunningSystem system;

	private static Mailbox mailbox;

	private static final Map<String, WebSession> sessions = new LinkedHashMap<>();

	/** The HU author's abstract: every reviewer, accepted for an oral talk. */
	private static String huAbstract;

	private static String huNumber;

	/** The SNU author's abstract: reviewer.en declares a conflict with it; rejected. */
	private static String snuAbstract;

	private static String snuNumber;

	@BeforeAll
	static void start() {
		system = RunningSystem.start("--symposium.bootstrap.chairs=" + CHAIR);
		mailbox = new Mailbox(system.submission(""));
		People people = new People(system, mailbox);
		sessions.put(CHAIR,
				people.register(CHAIR, "Hanako Chair", "HU", "Graduate School of Medicine", "FACULTY", "EN"));
		sessions.put(AUTHOR_HU,
				people.register(AUTHOR_HU, "Haruto Sato", "HU", "Department of Radiology", "STUDENT", "JA"));
		sessions.put(AUTHOR_SNU,
				people.register(AUTHOR_SNU, "Seoyeon Kim", "SNU", "Department of Nursing", "FACULTY", "KO"));
		huAbstract = submit(AUTHOR_HU, "Sepsis prediction from vital signs in Hokkaido ICUs", "HU", "Haruto Sato",
				AUTHOR_HU);
		snuAbstract = submit(AUTHOR_SNU, "Deep learning triage of chest radiographs", "SNU", "Seoyeon Kim", AUTHOR_SNU);
		huNumber = read(sessions.get(AUTHOR_HU).getJson(system.submission("/api/abstracts/" + huAbstract)))
			.get("number")
			.asString();
		snuNumber = read(sessions.get(AUTHOR_SNU).getJson(system.submission("/api/abstracts/" + snuAbstract)))
			.get("number")
			.asString();

		WebSession chair = sessions.get(CHAIR);
		JsonNode settings = read(chair.getJson(system.submission("/api/settings")));
		((ObjectNode) settings).put("blindReview", true);
		HttpResponse<String> blind = chair.putJson(system.submission("/api/settings"), settings.toString());
		assertThat(blind.statusCode()).as(blind.body()).isEqualTo(200);

		people.register(REVIEWER_JA, "Taro Yamada", "HU", "Department of Emergency Medicine", "FACULTY", "JA");
		people.register(REVIEWER_KO, "Jiwoo Choi", "SNU", "Department of Radiology", "FACULTY", "KO");
		people.register(REVIEWER_EN, "Daniel Lee", "SNU", "Department of Biomedical Engineering", "FACULTY", "EN");
		people.register(REVIEWER_OUT, "Ken Watanabe", "HU", "Department of Surgery", "FACULTY", "EN");
		for (String reviewer : List.of(REVIEWER_JA, REVIEWER_KO, REVIEWER_EN)) {
			HttpResponse<String> invited = chair.postJson(system.review("/api/reviewers"),
					"{\"email\":\"" + reviewer + "\",\"maxLoad\":3}");
			assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
			sessions.put(reviewer, people.login(reviewer));
		}
		HttpResponse<String> computed = chair.postJson(system.review("/api/assignments/auto"),
				"{\"reviewersPerAbstract\":3}");
		assertThat(computed.statusCode()).as(computed.body()).isEqualTo(200);
		HttpResponse<String> applied = chair
			.postJson(system.review("/api/assignments/auto/" + read(computed).get("id").asString() + "/apply"), "{}");
		assertThat(read(applied).get("applied").asInt()).as(applied.body()).isEqualTo(6);

		// after the assignment: one reviewer with nothing assigned, one who declares a
		// conflict with an abstract assigned to them
		HttpResponse<String> outsider = chair.postJson(system.review("/api/reviewers"),
				"{\"email\":\"" + REVIEWER_OUT + "\",\"maxLoad\":3}");
		assertThat(outsider.statusCode()).as(outsider.body()).isEqualTo(201);
		sessions.put(REVIEWER_OUT, people.login(REVIEWER_OUT));
		HttpResponse<String> declared = sessions.get(REVIEWER_EN)
			.postJson(system.review("/api/conflicts"),
					"{\"abstract\":\"" + snuNumber + "\",\"reason\":\"We share a grant\"}");
		assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
	}

	@AfterAll
	static void stop() {
		if (system != null) {
			system.close();
		}
	}

	@Test
	@Order(1)
	void theChairConfiguresTheFormAndReviewersReviewInJapaneseKoreanAndEnglish() {
		WebSession chair = sessions.get(CHAIR);
		JsonNode form = read(chair.getJson(system.review("/api/review-form")));
		ObjectNode changed = (ObjectNode) form;
		changed.put("showOtherReviews", true);
		changed.put("disagreementThreshold", 0.3);
		HttpResponse<String> saved = chair.putJson(system.review("/api/review-form"), changed.toString());
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		JsonNode inForce = read(sessions.get(REVIEWER_JA).getJson(system.review("/api/review-form")));
		assertThat(inForce.get("showOtherReviews").asBoolean()).isTrue();
		List<String> criteria = new ArrayList<>();
		inForce.get("criteria").forEach((criterion) -> criteria.add(criterion.get("code").asString()));
		assertThat(criteria).isNotEmpty();

		JsonNode assignedJa = read(sessions.get(REVIEWER_JA).getJson(system.review("/api/reviews/assigned")));
		assertThat(assignedJa).hasSize(2);
		JsonNode assignedEn = read(sessions.get(REVIEWER_EN).getJson(system.review("/api/reviews/assigned")));
		assertThat(assignedEn).as("the conflicted abstract is not listed").hasSize(1);

		review(REVIEWER_JA, huAbstract, criteria, 5, TO_AUTHORS_JA, CONFIDENTIAL_JA, "ACCEPT_ORAL");
		review(REVIEWER_KO, huAbstract, criteria, 4, TO_AUTHORS_KO, CONFIDENTIAL_KO, "ACCEPT_ORAL");
		review(REVIEWER_EN, huAbstract, criteria, 4, "Clear and well argued.", "Fine.", "ACCEPT_POSTER");
		review(REVIEWER_JA, snuAbstract, criteria, 1, "評価指標の説明が不足しています。", "機密：再現性が低い", "REJECT");

		// a draft is its writer's alone: not among the others, not counted, not ranked
		HttpResponse<String> draft = sessions.get(REVIEWER_KO)
			.putJson(system.review("/api/reviews/" + snuAbstract),
					"{\"scores\":{},\"commentsToAuthors\":\"초안 DRAFT-KO\",\"version\":null}");
		assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
		assertThat(sessions.get(REVIEWER_JA).getJson(system.review("/api/reviews/" + snuAbstract + "/others")).body())
			.doesNotContain("DRAFT-KO");
		assertThat(sessions.get(REVIEWER_JA).getJson(system.review("/api/reviews/" + snuAbstract)).body())
			.doesNotContain("DRAFT-KO");
		assertThat(sessions.get(CHAIR).getJson(system.review("/api/rankings")).body()).doesNotContain("DRAFT-KO");
		review(REVIEWER_KO, snuAbstract, criteria, 5, "훌륭한 연구입니다.", "기밀: 강력 추천", "ACCEPT_ORAL");

		// a submitted reviewer may read the others, anonymised, never the confidential
		// part
		HttpResponse<String> others = sessions.get(REVIEWER_KO)
			.getJson(system.review("/api/reviews/" + huAbstract + "/others"));
		assertThat(others.statusCode()).as(others.body()).isEqualTo(200);
		assertThat(others.body()).contains(TO_AUTHORS_JA)
			.doesNotContain(CONFIDENTIAL_JA, "Taro Yamada", REVIEWER_JA, "Daniel Lee");
	}

	@Test
	@Order(2)
	void theChairRanksAndHoldsDecisions() {
		WebSession chair = sessions.get(CHAIR);
		HttpResponse<String> ranking = chair.getJson(system.review("/api/rankings"));
		assertThat(ranking.statusCode()).as(ranking.body()).isEqualTo(200);
		Map<String, JsonNode> byNumber = new LinkedHashMap<>();
		read(ranking).forEach((row) -> byNumber.put(row.get("number").asString(), row));
		assertThat(byNumber).containsOnlyKeys(huNumber, snuNumber);
		JsonNode hu = byNumber.get(huNumber);
		JsonNode snu = byNumber.get(snuNumber);
		assertThat(hu.get("reviews").asInt()).isEqualTo(3);
		assertThat(snu.get("reviews").asInt()).isEqualTo(2);
		// every criterion scored 5, 4, 4 on 1..5: (1 + 0.75 + 0.75) / 3
		assertThat(hu.get("mean").asDouble()).isCloseTo(2.5 / 3, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(hu.get("median").asDouble()).isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(snu.get("disagreement").asBoolean()).as("scores 1 and 5 are the whole scale apart").isTrue();
		assertThat(hu.get("disagreement").asBoolean()).isFalse();
		for (String score : List.of("weightedMean", "normalized")) {
			assertThat(hu.get(score).asDouble()).as(score).isGreaterThan(snu.get(score).asDouble());
		}

		HttpResponse<String> oral = chair.putJson(system.review("/api/decisions/" + huAbstract),
				"{\"outcome\":\"ACCEPT_ORAL\"}");
		assertThat(oral.statusCode()).as(oral.body()).isEqualTo(200);
		HttpResponse<String> reject = chair.putJson(system.review("/api/decisions/" + snuAbstract),
				"{\"outcome\":\"REJECT\"}");
		assertThat(reject.statusCode()).as(reject.body()).isEqualTo(200);

		// held: nothing reaches the authors
		JsonNode own = read(sessions.get(AUTHOR_HU).getJson(system.submission("/api/abstracts/" + huAbstract)));
		assertThat(own.path("decision").isMissingNode() || own.path("decision").isNull()).as(own.toString()).isTrue();
		assertThat(own.get("status").asString()).isNotIn("ACCEPTED_ORAL", "ACCEPTED_POSTER", "REJECTED");
	}

	@Test
	@Order(3)
	void beforeReleaseEachRoleReachesOnlyWhatIsTheirs() {
		new PermissionMatrix(system, sessions, huAbstract, snuAbstract).check(false);
	}

	@Test
	@Order(4)
	void theChairReleasesAndTheAuthorsSeeTheirDecisionWithTheCommentsMeantForThem() {
		WebSession chair = sessions.get(CHAIR);
		HttpResponse<String> released = chair.postJson(system.review("/api/decisions/release"), "{}");
		assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
		assertThat(released.body()).contains(huAbstract, snuAbstract);

		JsonNode hu = read(sessions.get(AUTHOR_HU).getJson(system.submission("/api/abstracts/" + huAbstract)));
		assertThat(hu.get("status").asString()).isEqualTo("ACCEPTED_ORAL");
		assertThat(hu.get("decision").get("outcome").asString()).isEqualTo("ACCEPT_ORAL");
		assertThat(hu.get("decision").toString()).contains(TO_AUTHORS_JA, TO_AUTHORS_KO)
			.doesNotContain(CONFIDENTIAL_JA, CONFIDENTIAL_KO, "Taro Yamada", "Jiwoo Choi");
		assertThat(hu.toString()).doesNotContain(CONFIDENTIAL_JA, CONFIDENTIAL_KO);
		JsonNode snu = read(sessions.get(AUTHOR_SNU).getJson(system.submission("/api/abstracts/" + snuAbstract)));
		assertThat(snu.get("status").asString()).isEqualTo("REJECTED");

		JsonNode huMail = mailbox.newestWithText(AUTHOR_HU, TO_AUTHORS_KO);
		assertThat(huMail.get("text").asString()).contains(TO_AUTHORS_JA, TO_AUTHORS_KO)
			.doesNotContain(CONFIDENTIAL_JA, CONFIDENTIAL_KO);
		assertThat(huMail.get("subject").asString() + huMail.get("text").asString()).as("in the author's Japanese")
			.containsPattern("[\\u3040-\\u30ff]");
		JsonNode snuMail = mailbox.newestWithText(AUTHOR_SNU, "훌륭한 연구입니다.");
		assertThat(snuMail.get("subject").asString() + snuMail.get("text").asString()).as("in the author's Korean")
			.containsPattern("[\\uac00-\\ud7a3]");
		assertThat(snuMail.get("text").asString()).doesNotContain("기밀");

		// both services agree: the chairs' view on submission-service and the ranking
		JsonNode chairsView = read(chair.getJson(system.submission("/api/abstracts/" + huAbstract)));
		assertThat(chairsView.get("status").asString()).isEqualTo("ACCEPTED_ORAL");
		JsonNode ranked = null;
		for (JsonNode row : read(chair.getJson(system.review("/api/rankings")))) {
			if (row.get("number").asString().equals(huNumber)) {
				ranked = row;
			}
		}
		assertThat(ranked).isNotNull();
		assertThat(ranked.get("decision").toString()).contains("ACCEPT_ORAL", "RELEASED");
	}

	@Test
	@Order(5)
	void afterReleaseEachRoleStillReachesOnlyWhatIsTheirs() {
		new PermissionMatrix(system, sessions, huAbstract, snuAbstract).check(true);
	}

	private static void review(String reviewer, String abstractId, List<String> criteria, int score, String toAuthors,
			String toChairs, String recommendation) {
		WebSession session = sessions.get(reviewer);
		JsonNode draft = read(session.getJson(system.review("/api/reviews/" + abstractId)));
		ObjectNode body = json.createObjectNode();
		ObjectNode scores = body.putObject("scores");
		criteria.forEach((code) -> scores.put(code, score));
		body.put("confidence", 3);
		body.put("recommendation", recommendation);
		body.put("commentsToAuthors", toAuthors);
		body.put("commentsToChairs", toChairs);
		body.set("version", draft.get("version"));
		HttpResponse<String> saved = session.putJson(system.review("/api/reviews/" + abstractId), body.toString());
		assertThat(saved.statusCode()).as(reviewer + ": " + saved.body()).isEqualTo(200);
		HttpResponse<String> submitted = session.postJson(system.review("/api/reviews/" + abstractId + "/submit"),
				"{}");
		assertThat(submitted.statusCode()).as(reviewer + ": " + submitted.body()).isEqualTo(200);
	}

	private static String submit(String email, String title, String institution, String name, String address) {
		WebSession author = sessions.get(email);
		HttpResponse<String> created = author.postJson(system.submission("/api/abstracts"),
				"{\"title\":\"" + title + "\",\"authors\":[{\"name\":\"" + name + "\",\"affiliation\":\"Medicine\","
						+ "\"institution\":\"" + institution + "\",\"email\":\"" + address + "\",\"presenting\":true}],"
						+ "\"primaryTopic\":\"DIAGNOSTIC_IMAGING\",\"presentation\":\"ORAL\",\"text\":\"" + title
						+ ": a retrospective study of two thousand patients.\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = read(created).get("id").asString();
		HttpResponse<String> uploaded = author.postFile(system.submission("/api/abstracts/" + id + "/pdf"), "file",
				"abstract.pdf", TestPdfs.a4WithText(title + ". A retrospective study of two thousand patients."));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		HttpResponse<String> submitted = author.post(system.submission("/api/abstracts/" + id + "/submit"));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
		return id;
	}

	static JsonNode read(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

}
