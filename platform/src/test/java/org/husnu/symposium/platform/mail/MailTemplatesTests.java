package org.husnu.symposium.platform.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.husnu.symposium.core.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every mail template renders in English, Japanese and Korean with the values it is given
 * and a subject in the recipient's language.
 */
class MailTemplatesTests {

	private static final String LINK = "http://localhost:8081/login/ott?token=abc123";

	private final MailTemplates templates = new MailTemplates();

	@ParameterizedTest
	@EnumSource(Language.class)
	void rendersLoginLinkWithLinkValidityAndName(Language language) {
		MailTemplates.Rendered mail = this.templates.render("login-link", language,
				Map.of("link", LINK, "expiresInMinutes", 15, "name", "Aiko Sato", "serviceName", "submission-service"));
		assertWellFormed(mail, language);
		assertThat(mail.text()).contains(LINK, "15", "Aiko Sato", "submission-service");
		assertThat(mail.subject()).contains(switch (language) {
			case EN -> "sign-in link";
			case JA -> "ログイン用リンク";
			case KO -> "로그인 링크";
		});
		assertThat(mail.text()).contains(switch (language) {
			case EN -> "only once";
			case JA -> "一度だけ";
			case KO -> "한 번만";
		});
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void greetsWithoutANameWhenThereIsNone(Language language) {
		Map<String, Object> model = new HashMap<>();
		model.put("link", LINK);
		model.put("expiresInMinutes", 15);
		model.put("name", null);
		model.put("serviceName", "review-service");
		MailTemplates.Rendered mail = this.templates.render("login-link", language, model);
		assertWellFormed(mail, language);
		assertThat(mail.text()).startsWith(switch (language) {
			case EN -> "Hello,";
			case JA -> "ご利用いただき";
			case KO -> "안녕하세요.";
		});
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void explainsWhoIsEligibleAndHowToFixIt(Language language) {
		MailTemplates.Rendered mail = this.templates.render("not-eligible", language,
				Map.of("email", "someone@gmail.com", "submissionUrl", "http://localhost:8081/"));
		assertWellFormed(mail, language);
		assertThat(mail.text()).contains("someone@gmail.com", "http://localhost:8081/", "hokudai.ac.jp", "snu.ac.kr",
				"snuh.org");
		assertThat(mail.text()).contains(switch (language) {
			case EN -> "pre-registration list";
			case JA -> "事前登録名簿";
			case KO -> "사전 등록 명단";
		});
	}

	@Test
	void namesTheVerifiedDomainsItIsGiven() {
		MailTemplates.Rendered mail = this.templates.render("not-eligible", Language.EN, Map.of("email",
				"someone@gmail.com", "submissionUrl", "http://localhost:8081/", "domains", List.of("a.jp", "b.kr")));
		assertThat(mail.text()).contains("(a.jp, b.kr, or one of their subdomains)").doesNotContain("hokudai");
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void welcomesWithBothServiceLinks(Language language) {
		MailTemplates.Rendered mail = this.templates.render("welcome", language, Map.of("name", "김민준", "submissionUrl",
				"http://localhost:8081/", "reviewUrl", "http://localhost:8082/"));
		assertWellFormed(mail, language);
		assertThat(mail.text()).contains("김민준", "http://localhost:8081/", "http://localhost:8082/");
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void invitesAReviewerWithTheLinkToTheirProfile(Language language) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", null);
		model.put("maxLoad", 7);
		model.put("url", "http://localhost:8082/profile/reviewer");
		MailTemplates.Rendered mail = this.templates.render("reviewer-invitation", language, model);
		assertWellFormed(mail, language);
		assertThat(mail.text()).contains("http://localhost:8082/profile/reviewer", "7");
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void aReviewReminderListsTheUnfinishedAbstractsAndTheDeadline(Language language) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", "Minjun Kim");
		model.put("count", 2);
		model.put("abstracts", List.of(Map.of("number", "A-007", "title", "Sepsis prediction", "draft", true),
				Map.of("number", "A-012", "title", "Retinal screening", "draft", false)));
		model.put("deadline", "2027-02-28 23:59 (Asia/Tokyo)");
		model.put("url", "http://localhost:8082/reviews");
		model.put("overdue", false);
		MailTemplates.Rendered due = this.templates.render("reminder-reviews", language, model);
		assertWellFormed(due, language);
		assertThat(due.text()).contains("A-007  Sepsis prediction", "A-012  Retinal screening",
				"2027-02-28 23:59 (Asia/Tokyo)", "http://localhost:8082/reviews", "Minjun Kim");
		model.put("overdue", true);
		MailTemplates.Rendered overdue = this.templates.render("reminder-reviews", language, model);
		assertWellFormed(overdue, language);
		assertThat(overdue.subject()).isNotEqualTo(due.subject());
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void namesTheGrantedRoleInTheRecipientsLanguage(Language language) {
		MailTemplates.Rendered mail = this.templates.render("role-granted", language,
				Map.of("name", "Minjun Kim", "role", "REVIEWER", "url", "http://localhost:8082/"));
		assertWellFormed(mail, language);
		String role = switch (language) {
			case EN -> "reviewer";
			case JA -> "査読者";
			case KO -> "심사위원";
		};
		assertThat(mail.subject()).contains(role);
		assertThat(mail.text()).contains("Minjun Kim", "http://localhost:8082/", role).doesNotContain("REVIEWER");
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void tellsTheDecisionWithTheNumberedCommentsToTheAuthors(Language language) {
		for (String template : List.of("decision-accept-oral", "decision-accept-poster", "decision-reject")) {
			Map<String, Object> model = new HashMap<>();
			model.put("name", "Aiko Sato");
			model.put("number", "A-007");
			model.put("title", "Federated survival models");
			model.put("comments", List.of(Map.of("number", 1, "text", "Report confidence intervals."),
					Map.of("number", 2, "text", "Clear and useful.")));
			model.put("url", "http://localhost:8081/abstracts/42");
			MailTemplates.Rendered mail = this.templates.render(template, language, model);
			assertWellFormed(mail, language);
			assertThat(mail.subject()).contains("A-007");
			String reviewer = switch (language) {
				case EN -> "Reviewer ";
				case JA -> "査読者 ";
				case KO -> "심사위원 ";
			};
			assertThat(mail.text()).contains("Aiko Sato", "Federated survival models", reviewer + "1",
					"Report confidence intervals.", reviewer + "2", "Clear and useful.",
					"http://localhost:8081/abstracts/42");
		}
		Map<String, Object> silent = new HashMap<>(Map.of("number", "A-008", "title", "T", "url", "u"));
		silent.put("comments", List.of());
		silent.put("name", null);
		MailTemplates.Rendered mail = this.templates.render("decision-reject", language, silent);
		assertWellFormed(mail, language);
		assertThat(mail.text()).doesNotContain("Reviewer 1", "査読者 1", "심사위원 1");
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void asksTheSpeakerToConfirmTheSlotWithTheLinkAndPointsToCloseResearch(Language language) {
		for (String template : List.of("speaker-invitation", "speaker-reminder")) {
			Map<String, Object> model = new HashMap<>();
			model.put("name", "Aiko Sato");
			model.put("number", "A-007");
			model.put("title", "Federated survival models");
			model.put("session", "Imaging I");
			model.put("room", null);
			model.put("when", "2027-03-20 10:00–10:15 (Asia/Tokyo)");
			model.put("link", "http://localhost:8082/speaker/tok");
			model.put("collaborationUrl", "http://localhost:8082/collaboration/mine");
			MailTemplates.Rendered mail = this.templates.render(template, language, model);
			assertWellFormed(mail, language);
			assertThat(mail.subject()).contains("A-007");
			assertThat(mail.text()).contains("Aiko Sato", "Federated survival models", "Imaging I",
					"2027-03-20 10:00–10:15 (Asia/Tokyo)", "http://localhost:8082/speaker/tok",
					"http://localhost:8082/collaboration/mine");
			assertThat(mail.text()).contains(switch (language) {
				case EN -> "close to yours";
				case JA -> "相手大学の研究者";
				case KO -> "상대 대학 연구자";
			});
		}
	}

	@Test
	void refusesAnUnknownTemplate() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.templates.render("no-such-mail", Language.EN, null))
			.withMessageContaining("no-such-mail");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.templates.render("../mail/login-link", Language.EN, null));
		assertThatIllegalArgumentException().isThrownBy(() -> this.templates.render("_signature", Language.EN, null));
	}

	private static void assertWellFormed(MailTemplates.Rendered mail, Language language) {
		assertThat(mail.subject()).startsWith("[HU×SNU Medical AI] ").doesNotContain("??", "\n");
		assertThat(mail.text()).doesNotContain("??", "null", "[(", "''").endsWith("\n");
		assertThat(mail.text()).contains(switch (language) {
			case EN -> "Hokkaido University × Seoul National University";
			case JA -> "北海道大学 × ソウル大学校";
			case KO -> "홋카이도대학교 × 서울대학교";
		});
		String subject = mail.subject().substring("[HU×SNU Medical AI] ".length());
		switch (language) {
			case EN -> assertThat(subject).matches("[\\p{ASCII}]+");
			case JA -> assertThat(subject).containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
			case KO -> assertThat(subject).containsPattern("\\p{IsHangul}");
		}
	}

}
