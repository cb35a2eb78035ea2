package org.husnu.symposium.review.speakers;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.audit.AuditEntry;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.mail.CaughtMail;
import org.husnu.symposium.core.mail.MailStatus;
import org.husnu.symposium.core.mail.OutboxMail;
import org.husnu.symposium.core.program.ProgramSession;
import org.husnu.symposium.core.program.SpeakerConfirmation;
import org.husnu.symposium.core.program.SpeakerInvitation;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.program.ProgramService;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.WebSession;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
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
import static org.awaitility.Awaitility.await;

/**
 * Speaker invitations over HTTP against the embedded store. Three talks in two sessions:
 * A-701 presented by a Japanese-speaking account holder, A-702 by a Korean-speaking one,
 * A-703 by a presenter without an account whose submitter reads Korean. It is one class
 * of more than 300 lines because every case needs the same seeded program and the same
 * wait for the previous case's mails to leave the outbox; split, each part would repeat
 * that setup.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
class SpeakerInvitationIntegrationTests {

	private static final String CHAIR = "spk.chair@hokudai.ac.jp";

	private static final String AUTHOR = "spk.author@hokudai.ac.jp";

	private static final String SATO = "spk.sato@hokudai.ac.jp";

	private static final String KIM = "spk.kim@snu.ac.kr";

	private static final String GUEST = "spk.guest@snu.ac.kr";

	private static final String SUBMITTER = "spk.submitter@snu.ac.kr";

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	ProgramService programs;

	Logins logins;

	Account chair;

	AbstractSubmission first;

	AbstractSubmission second;

	AbstractSubmission third;

	@BeforeEach
	void setUp() {
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		SpeakerPrograms.clear(this.mongo);
		// the previous test's mails are delivered first, so none lands among this test's
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mongo.count(Query
				.query(Criteria.where("to").regex("^spk\\.").and("status").in(MailStatus.PENDING, MailStatus.SENDING)),
					OutboxMail.class) == 0);
		this.mongo.remove(Query.query(Criteria.where("to").regex("^spk\\.")), OutboxMail.class);
		this.mongo.remove(Query.query(Criteria.where("to").regex("^spk\\.")), CaughtMail.class);
		this.chair = store(AccountFixtures.chair(CHAIR).build());
		store(AccountFixtures.author(AUTHOR).build());
		Account sato = store(AccountFixtures.author(SATO).withLanguage(Language.JA).build());
		Account kim = store(AccountFixtures.author(KIM).withInstitution("SNU").withLanguage(Language.KO).build());
		Account submitter = store(
				AccountFixtures.author(SUBMITTER).withInstitution("SNU").withLanguage(Language.KO).build());
		this.first = SpeakerPrograms.accepted(this.mongo,
				AbstractFixtures.submitted()
					.withId(UUID.randomUUID())
					.withNumber("A-701")
					.withSubmitter(sato.id())
					.withTitle("Federated survival models across hospitals")
					.withAuthors(new Author("Aiko Sato", "Radiology", "HU", SATO, true))
					.build(),
				DecisionOutcome.ACCEPT_ORAL);
		this.second = SpeakerPrograms.accepted(this.mongo,
				AbstractFixtures.submitted()
					.withId(UUID.randomUUID())
					.withNumber("A-702")
					.withSubmitter(kim.id())
					.withTitle("Speech markers of mild cognitive impairment")
					.withAuthors(new Author("Minjun Kim", "Neurology", "SNU", KIM, true))
					.build(),
				DecisionOutcome.ACCEPT_ORAL);
		this.third = SpeakerPrograms.accepted(this.mongo,
				AbstractFixtures.submitted()
					.withId(UUID.randomUUID())
					.withNumber("A-703")
					.withSubmitter(submitter.id())
					.withTitle("Wearables for frailty")
					.withAuthors(new Author("Submitter Park", "Nursing", "SNU", SUBMITTER, false),
							new Author("Guest Lee", "Nursing", "SNU", GUEST, true))
					.build(),
				DecisionOutcome.ACCEPT_ORAL);
		SpeakerPrograms.save(this.programs, this.chair,
				SpeakerPrograms.session("Imaging", Duration.ZERO, List.of(), this.first.id(), this.second.id()),
				SpeakerPrograms.session("Care", Duration.ofHours(3), List.of(), this.third.id()));
	}

	@Test
	void invitingMailsEachPresenterOnceInTheirLanguageWithTheLinkAndTheSlot() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		JsonNode invited = read(chair.postJson(url("/api/program/speakers/invite"), ""), 200);
		assertThat(invited.get("invited").asInt()).isEqualTo(3);
		assertThat(invited.get("alreadyCurrent").asInt()).isZero();

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(caught()).extracting(CaughtMail::to).containsExactlyInAnyOrder(SATO, KIM, GUEST));
		assertThat(mailTo(SATO).subject()).contains("A-701", "発表枠");
		assertThat(mailTo(SATO).text()).contains("Aiko Sato 様", "Federated survival models across hospitals", "Imaging",
				"Room Imaging", "2027-03-20 10:00–10:15 (Asia/Tokyo)", "/speaker/", "/collaboration/mine", "相手大学の研究者");
		assertThat(mailTo(KIM).subject()).contains("A-702", "발표 시간");
		assertThat(mailTo(KIM).text()).contains("2027-03-20 10:15–10:30 (Asia/Tokyo)");
		assertThat(mailTo(GUEST).subject()).as("no account: the submitter's language").contains("발표 시간");
		assertThat(mailTo(GUEST).text()).contains("Guest Lee", "2027-03-20 13:00–13:15 (Asia/Tokyo)");
		assertThat(this.mongo.findAll(SpeakerInvitation.class)).hasSize(3)
			.allSatisfy((invitation) -> assertThat(invitation.state()).isEqualTo(SpeakerConfirmation.PENDING))
			.allSatisfy((invitation) -> assertThat(invitation.tokenHash()).hasSize(64));

		JsonNode again = read(chair.postJson(url("/api/program/speakers/invite"), ""), 200);
		assertThat(again.get("invited").asInt()).isZero();
		assertThat(again.get("alreadyCurrent").asInt()).isEqualTo(3);
		assertThat(SpeakerPrograms.mailsTo(this.mongo, "spk.")).hasSize(3)
			.allSatisfy((to, templates) -> assertThat(templates).containsExactly("speaker-invitation"));
		assertThat(this.mongo.find(Query.query(Criteria.where("action").is("speaker.invited").and("subject").in(ids())),
				AuditEntry.class))
			.hasSize(3);

		JsonNode overview = read(chair.getJson(url("/api/program/speakers")), 200);
		assertThat(overview.get("counts").get("pending").asInt()).isEqualTo(3);
		JsonNode row = overview.get("talks").get(0);
		assertThat(row.get("number").asString()).isEqualTo("A-701");
		assertThat(row.get("presenter").get("email").asString()).as("chairs see the address").isEqualTo(SATO);
		assertThat(row.get("status").asString()).isEqualTo("pending");
		assertThat(row.get("invitedAt").isNull()).isFalse();
		assertThat(row.get("session").asString()).isEqualTo("Imaging");
	}

	@Test
	void twoChairsInvitingAtOnceMailEachPresenterOnce() throws Exception {
		List<WebSession> chairs = List.of(this.logins.loggedIn(CHAIR), this.logins.loggedIn(CHAIR));
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<HttpResponse<String>>> invites = new ArrayList<>();
		for (WebSession session : chairs) {
			invites.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return session.postJson(url("/api/program/speakers/invite"), "");
			}));
		}
		int invited = 0;
		for (CompletableFuture<HttpResponse<String>> invite : invites) {
			JsonNode answer = read(invite.get(), 200);
			invited += answer.get("invited").asInt();
			assertThat(answer.get("invited").asInt() + answer.get("alreadyCurrent").asInt()).isEqualTo(3);
		}
		assertThat(invited).isEqualTo(3);
		assertThat(SpeakerPrograms.mailsTo(this.mongo, "spk.")).hasSize(3)
			.allSatisfy((to, templates) -> assertThat(templates).hasSize(1));
		// every mailed link opens its talk: the mail belongs to the invitation stored
		for (String to : List.of(SATO, KIM, GUEST)) {
			assertThat(
					new WebSession().get(url("/speaker/" + SpeakerPrograms.tokenMailedTo(this.mongo, to) + "?lang=en"))
						.statusCode())
				.as(to)
				.isEqualTo(200);
		}
	}

	@Test
	void movingATalkAsksOnlyItsSpeakerAgain() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		read(chair.postJson(url("/api/program/speakers/invite"), ""), 200);
		// A-702 swaps with A-701 in the first session; A-703 keeps its slot
		ProgramSession care = this.programs.current(org.husnu.symposium.core.access.Actor.of(this.chair))
			.sessions()
			.get(1);
		SpeakerPrograms.save(this.programs, this.chair,
				SpeakerPrograms.session("Imaging", Duration.ZERO, List.of(), this.second.id(), this.first.id()), care);
		JsonNode overview = read(chair.getJson(url("/api/program/speakers")), 200);
		assertThat(overview.get("counts").get("slotChanged").asInt()).as("both talks of the session moved")
			.isEqualTo(2);
		assertThat(overview.get("counts").get("pending").asInt()).isEqualTo(1);

		JsonNode invited = read(chair.postJson(url("/api/program/speakers/invite"), ""), 200);
		assertThat(invited.get("invited").asInt()).isEqualTo(2);
		assertThat(invited.get("alreadyCurrent").asInt()).isEqualTo(1);
		Map<String, List<String>> mails = SpeakerPrograms.mailsTo(this.mongo, "spk.");
		assertThat(mails.get(SATO)).hasSize(2);
		assertThat(mails.get(KIM)).hasSize(2);
		assertThat(mails.get(GUEST)).as("a talk that did not move is not asked again").hasSize(1);
	}

	@Test
	void theSpeakerConfirmsAndDeclinesThroughTheLinkWithoutLoggingInAndSeesNoAddress() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		read(chair.postJson(url("/api/program/speakers/invite"), ""), 200);
		String token = SpeakerPrograms.tokenMailedTo(this.mongo, SATO);

		WebSession speaker = new WebSession();
		HttpResponse<String> first = speaker.get(url("/speaker/" + token));
		assertThat(first.statusCode()).as("the presenter's language first").isEqualTo(302);
		assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/speaker/" + token + "?lang=ja");
		HttpResponse<String> page = speaker.get(url("/speaker/" + token + "?lang=ja"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("A-701", "Federated survival models across hospitals", "Imaging", "Room Imaging",
					"2027-03-20 10:00–10:15 (Asia/Tokyo)", "未回答", "/collaboration/mine")
			.doesNotContain(SATO, "@hokudai.ac.jp");

		HttpResponse<String> forged = speaker.submitForm(url("/speaker/" + token + "/confirm"), "", Map.of());
		assertThat(forged.statusCode()).as("no CSRF token").isEqualTo(403);
		assertThat(invitation(this.first).state()).isEqualTo(SpeakerConfirmation.PENDING);

		HttpResponse<String> confirmed = speaker.submitForm(url("/speaker/" + token + "/confirm"), page.body(),
				Map.of());
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith("?answered=confirmed");
		assertThat(invitation(this.first).state()).isEqualTo(SpeakerConfirmation.CONFIRMED);
		assertThat(speaker.get(url("/speaker/" + token + "?answered=confirmed")).body()).contains("ありがとうございます",
				"この枠での発表を確認済み");

		HttpResponse<String> declined = speaker.submitForm(url("/speaker/" + token + "/decline"), page.body(),
				Map.of("note", "I will be abroad that week"));
		assertThat(declined.statusCode()).isEqualTo(302);
		SpeakerInvitation answered = invitation(this.first);
		assertThat(answered.state()).as("the last answer wins").isEqualTo(SpeakerConfirmation.DECLINED);
		assertThat(answered.declineNote()).isEqualTo("I will be abroad that week");
		assertThat(answered.respondedAt()).isNotNull();

		JsonNode row = read(chair.getJson(url("/api/program/speakers")), 200).get("talks").get(0);
		assertThat(row.get("status").asString()).isEqualTo("declined");
		assertThat(row.get("declineNote").asString()).isEqualTo("I will be abroad that week");
		assertThat(this.mongo.find(Query.query(Criteria.where("subject").is(this.first.id().toString())),
				AuditEntry.class))
			.extracting(AuditEntry::action)
			.contains("speaker.invited", "speaker.confirmed", "speaker.declined");

		String tooLong = "x".repeat(SpeakerInvitation.MAX_NOTE_LENGTH + 1);
		HttpResponse<String> refused = speaker.submitForm(url("/speaker/" + token + "/decline"), page.body(),
				Map.of("note", tooLong));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("1000");
		assertThat(invitation(this.first).declineNote()).isEqualTo("I will be abroad that week");
	}

	@Test
	void aMovedTalkShowsTheNewSlotAndTheAnswerIsAboutIt() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		read(chair.postJson(url("/api/program/speakers/invite"), ""), 200);
		String token = SpeakerPrograms.tokenMailedTo(this.mongo, GUEST);
		ProgramSession imaging = this.programs.current(org.husnu.symposium.core.access.Actor.of(this.chair))
			.sessions()
			.get(0);
		SpeakerPrograms.save(this.programs, this.chair, imaging,
				SpeakerPrograms.session("Care", Duration.ofHours(4), List.of(), this.third.id()));

		WebSession speaker = new WebSession();
		String page = speaker.get(url("/speaker/" + token + "?lang=en")).body();
		assertThat(page).contains("has moved", "2027-03-20 14:00–14:15 (Asia/Tokyo)").doesNotContain("13:00–13:15");
		speaker.submitForm(url("/speaker/" + token + "/confirm"), page, Map.of());
		JsonNode row = read(chair.getJson(url("/api/program/speakers")), 200).get("talks").get(2);
		assertThat(row.get("number").asString()).isEqualTo("A-703");
		assertThat(row.get("status").asString()).as("the answer records the current slot").isEqualTo("confirmed");
	}

	@Test
	void anUnknownLinkIsNotFoundWithoutAHintAndARemovedTalkIsNoLongerScheduled() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		read(chair.postJson(url("/api/program/speakers/invite"), ""), 200);
		WebSession stranger = new WebSession();
		for (String token : List.of("x".repeat(43), "short", SpeakerPrograms.tokenMailedTo(this.mongo, KIM) + "x")) {
			HttpResponse<String> page = stranger.get(url("/speaker/" + token + "?lang=en"));
			assertThat(page.statusCode()).as(token).isEqualTo(404);
			assertThat(page.body()).contains("This link is not valid").doesNotContain("A-70", "Imaging");
		}
		String formPage = stranger.get(url("/speaker/" + SpeakerPrograms.tokenMailedTo(this.mongo, KIM) + "?lang=en"))
			.body();
		HttpResponse<String> post = stranger.submitForm(url("/speaker/" + "y".repeat(43) + "/confirm"), formPage,
				Map.of());
		assertThat(post.statusCode()).isEqualTo(404);

		String token = SpeakerPrograms.tokenMailedTo(this.mongo, GUEST);
		ProgramSession imaging = this.programs.current(org.husnu.symposium.core.access.Actor.of(this.chair))
			.sessions()
			.get(0);
		SpeakerPrograms.save(this.programs, this.chair, imaging);
		HttpResponse<String> gone = stranger.get(url("/speaker/" + token + "?lang=en"));
		assertThat(gone.statusCode()).isEqualTo(410);
		assertThat(gone.body()).contains("no longer in the program").doesNotContain("Wearables for frailty");
	}

	@Test
	void aReminderWaitsTwelveHoursUnlessForcedAndReplacesTheLink() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		assertProblem(chair.postJson(url("/api/program/speakers/A-701/remind"), ""), 409, "speakers.inviteFirst");
		read(chair.postJson(url("/api/program/speakers/invite"), ""), 200);
		String oldToken = SpeakerPrograms.tokenMailedTo(this.mongo, SATO);

		HttpResponse<String> limited = chair.postJson(url("/api/program/speakers/A-701/remind"), "");
		assertProblem(limited, 429, "speakers.recentlyReminded");
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
		assertProblem(chair.postJson(url("/api/program/speakers/A-999/remind"), ""), 404, "speakers.notInProgram");

		JsonNode forced = read(chair.postJson(url("/api/program/speakers/a-701/remind?force=true"), ""), 200);
		assertThat(forced.get("remindedAt").isNull()).isFalse();
		assertThat(SpeakerPrograms.mailsTo(this.mongo, "spk.").get(SATO))
			.containsExactlyInAnyOrder("speaker-invitation", "speaker-reminder");
		String newToken = SpeakerPrograms.tokenMailedTo(this.mongo, SATO);
		assertThat(newToken).isNotEqualTo(oldToken);
		assertThat(new WebSession().get(url("/speaker/" + oldToken + "?lang=en")).statusCode()).isEqualTo(404);
		assertThat(new WebSession().get(url("/speaker/" + newToken + "?lang=en")).statusCode()).isEqualTo(200);
		assertProblem(chair.postJson(url("/api/program/speakers/" + this.first.id() + "/remind"), ""), 429,
				"speakers.recentlyReminded");
		assertThat(
				this.mongo.find(Query.query(Criteria.where("action").is("speaker.reminded").and("subject").in(ids())),
						AuditEntry.class))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.details()).containsEntry("forced", "true"));
	}

	@Test
	void onlyChairsSeeInviteAndRemind() {
		WebSession author = this.logins.loggedIn(AUTHOR);
		assertThat(author.getJson(url("/api/program/speakers")).statusCode()).isEqualTo(403);
		assertThat(author.postJson(url("/api/program/speakers/invite"), "").statusCode()).isEqualTo(403);
		assertThat(author.postJson(url("/api/program/speakers/A-701/remind?force=true"), "").statusCode())
			.isEqualTo(403);
		assertThat(author.get(url("/program/speakers")).statusCode()).isEqualTo(403);
		assertThat(this.mongo.count(new Query(), SpeakerInvitation.class)).isZero();
		assertThat(SpeakerPrograms.mailsTo(this.mongo, "spk.")).isEmpty();
	}

	private List<String> ids() {
		return List.of(this.first.id().toString(), this.second.id().toString(), this.third.id().toString());
	}

	private SpeakerInvitation invitation(AbstractSubmission submission) {
		return this.mongo.findById(submission.id(), SpeakerInvitation.class);
	}

	private List<CaughtMail> caught() {
		return this.mongo.find(Query.query(Criteria.where("to").regex("^spk\\.")), CaughtMail.class);
	}

	private CaughtMail mailTo(String to) {
		return caught().stream().filter((mail) -> mail.to().equals(to)).findFirst().orElseThrow();
	}

	private void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(this.json.readTree(response.body()).get("code").asString()).isEqualTo(code);
	}

	private JsonNode read(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return this.json.readTree(response.body());
	}

	private Account store(Account account) {
		this.mongo.remove(Query.query(Criteria.where("email").is(account.email())), Account.class);
		this.mongo.insert(account);
		return account;
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
