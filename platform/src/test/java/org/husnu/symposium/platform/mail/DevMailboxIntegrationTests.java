package org.husnu.symposium.platform.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.mail.CaughtMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Default mode, no SMTP configured: mails go through SMTP to the embedded catcher, land
 * in the dev mailbox, and show on {@code /api/dev/mail} and {@code /dev/mail}.
 */
@SpringBootTest(classes = MailTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class DevMailboxIntegrationTests {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> MAILS = new ParameterizedTypeReference<>() {
	};

	@Value("${local.server.port}")
	private int port;

	@Autowired
	private MailOutbox outbox;

	@Autowired
	private JavaMailSender mailSender;

	@Autowired
	private MongoTemplate mongo;

	private RestClient http;

	@BeforeEach
	void connect() {
		this.http = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	@Test
	void keepsEveryRecipientOfAMailSentThroughTheDefaultSender() {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("chairs@hokudai.ac.jp");
		message.setTo("Lee@SNU.ac.kr", "park@snuh.org");
		message.setSubject("Program draft");
		message.setText("The draft is at http://localhost:8082/program");
		this.mailSender.send(message);

		List<CaughtMail> caught = this.mongo.find(new Query(Criteria.where("to").in("lee@snu.ac.kr", "park@snuh.org")),
				CaughtMail.class);
		assertThat(caught).extracting(CaughtMail::to).containsExactlyInAnyOrder("lee@snu.ac.kr", "park@snuh.org");
		assertThat(caught).allSatisfy((mail) -> {
			assertThat(mail.subject()).isEqualTo("Program draft");
			assertThat(mail.from()).isEqualTo("chairs@hokudai.ac.jp");
			assertThat(mail.text()).contains("http://localhost:8082/program");
			assertThat(mail.sentAt()).isNotNull();
		});
	}

	@Test
	void listsTheMailsOfAnAddressNewestFirstIgnoringCase(CapturedOutput output) {
		String link = "http://localhost:8081/login/ott?token=tok-123";
		this.outbox.enqueue(new OutgoingMail("alice@hokudai.ac.jp", Language.EN, "login-link",
				Map.of("link", link, "expiresInMinutes", 15, "serviceName", "submission-service"), null));
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo("ALICE@Hokudai.AC.JP").size() == 1);
		this.outbox.enqueue(new OutgoingMail("alice@hokudai.ac.jp", Language.KO, "welcome", Map.of("name", "Alice",
				"submissionUrl", "http://localhost:8081/", "reviewUrl", "http://localhost:8082/"), null));
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo("alice@hokudai.ac.jp").size() == 2);

		List<Map<String, Object>> mails = mailsTo("Alice@hokudai.ac.jp");
		assertThat(mails.get(0)).containsOnlyKeys("to", "subject", "text", "sentAt")
			.containsEntry("to", "alice@hokudai.ac.jp")
			.containsEntry("subject", "[HU×SNU Medical AI] 계정이 만들어졌습니다");
		assertThat(mails.get(1)).containsEntry("subject", "[HU×SNU Medical AI] Your sign-in link");
		assertThat((String) mails.get(1).get("text")).contains(link, "15 minutes");
		Instant newest = Instant.parse((String) mails.get(0).get("sentAt"));
		Instant older = Instant.parse((String) mails.get(1).get("sentAt"));
		assertThat(newest).isAfterOrEqualTo(older);
		assertThat(mailsTo("bob@hokudai.ac.jp")).isEmpty();
		assertThat(output.getOut())
			.contains("[mail] to alice@hokudai.ac.jp: [HU×SNU Medical AI] Your sign-in link — " + link);
	}

	@Test
	void showsCaughtMailsOnThePageWithClickableLinks() {
		String link = "http://localhost:8081/login/ott?token=page-456";
		this.outbox.enqueue(new OutgoingMail("carol@snu.ac.kr", Language.JA, "login-link",
				Map.of("link", link, "expiresInMinutes", 10, "name", "Carol", "serviceName", "submission-service"),
				null));
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo("carol@snu.ac.kr").size() == 1);

		ResponseEntity<String> page = this.http.get()
			.uri("/dev/mail?to=Carol@snu.ac.kr")
			.accept(MediaType.TEXT_HTML)
			.retrieve()
			.toEntity(String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("Dev mailbox", "[HU×SNU Medical AI] ログイン用リンクのお知らせ", "carol@snu.ac.kr",
				"<a href=\"" + link + "\">" + link + "</a>", "Carol 様", "JST");
		ResponseEntity<String> all = this.http.get()
			.uri("/dev/mail")
			.accept(MediaType.TEXT_HTML)
			.retrieve()
			.toEntity(String.class);
		assertThat(all.getBody()).contains("carol@snu.ac.kr");
	}

	@Test
	void answersAMissingOrBlankRecipientWithAProblemDetail() {
		ResponseEntity<Map<String, Object>> missing = this.http.get()
			.uri("/api/dev/mail")
			.retrieve()
			.toEntity(new ParameterizedTypeReference<>() {
			});
		ResponseEntity<Map<String, Object>> blank = this.http.get()
			.uri("/api/dev/mail?to={to}", " ")
			.retrieve()
			.toEntity(new ParameterizedTypeReference<>() {
			});
		for (ResponseEntity<Map<String, Object>> response : List.of(missing, blank)) {
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(response.getHeaders().getContentType()).isNotNull();
			assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.isTrue();
			assertThat(response.getBody()).containsEntry("type", "urn:husnu-symposium:problem:bad-request");
			assertThat((String) response.getBody().get("detail")).contains("'to'");
		}
	}

	private List<Map<String, Object>> mailsTo(String address) {
		return this.http.get().uri("/api/dev/mail?to={to}", address).retrieve().body(MAILS);
	}

}
