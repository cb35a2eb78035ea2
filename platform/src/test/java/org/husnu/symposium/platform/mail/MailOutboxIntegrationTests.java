package org.husnu.symposium.platform.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.mail.DeliveryMode;
import org.husnu.symposium.core.mail.MailStatus;
import org.husnu.symposium.core.mail.OutboxMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The outbox stores each mail rendered and due, once per idempotency key, and refuses
 * what could never be sent.
 */
class MailOutboxIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

	private final OutboxTestStore store = new OutboxTestStore();

	private final MongoTemplate mongo = this.store.connect();

	private final AtomicInteger wakes = new AtomicInteger();

	private final MailOutbox outbox = new MailOutbox(this.mongo, new MailTemplates(), Clock.fixed(NOW, ZoneOffset.UTC),
			DeliveryMode.CATCHER, this.wakes::incrementAndGet);

	@AfterEach
	void close() {
		this.store.close();
	}

	@Test
	void storesTheRenderedMailDueNowAndWakesTheDispatcher() {
		String id = this.outbox.enqueue(new OutgoingMail(" Sato@Hokudai.AC.jp ", Language.JA, "login-link",
				Map.of("link", "http://localhost:8081/login/ott?token=t1", "expiresInMinutes", 15, "serviceName",
						"submission-service"),
				null));
		OutboxMail mail = this.mongo.findById(id, OutboxMail.class);
		assertThat(mail).isNotNull();
		assertThat(mail.to()).isEqualTo("sato@hokudai.ac.jp");
		assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
		assertThat(mail.language()).isEqualTo(Language.JA);
		assertThat(mail.subject()).isEqualTo("[HU×SNU Medical AI] ログイン用リンクのお知らせ");
		assertThat(mail.text()).contains("http://localhost:8081/login/ott?token=t1", "15 分");
		assertThat(mail.nextAttemptAt()).isEqualTo(NOW);
		assertThat(mail.createdAt()).isEqualTo(NOW);
		assertThat(mail.attempts()).isZero();
		assertThat(this.wakes).hasValue(1);
	}

	@Test
	void storesAMailWithTheSameKeyOnce() {
		OutgoingMail welcome = new OutgoingMail("kim@snu.ac.kr", Language.KO, "welcome",
				Map.of("name", "김민준", "submissionUrl", "http://localhost:8081/", "reviewUrl", "http://localhost:8082/"),
				"welcome:kim");
		String first = this.outbox.enqueue(welcome);
		String second = this.outbox.enqueue(welcome);
		assertThat(second).isEqualTo(first);
		assertThat(this.mongo.count(new org.springframework.data.mongodb.core.query.Query(), OutboxMail.class))
			.isEqualTo(1);
		assertThat(this.mongo.findById(first, OutboxMail.class).key()).isEqualTo("welcome:kim");
		assertThat(this.wakes).hasValue(1);
		String other = this.outbox.enqueue(new OutgoingMail("kim@snu.ac.kr", Language.KO, "welcome", Map.of(), null));
		assertThat(other).isNotEqualTo(first);
	}

	@Test
	void refusesAnUnknownTemplateOrAddressAtOnce() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.outbox
				.enqueue(new OutgoingMail("a@hokudai.ac.jp", Language.EN, "no-such-template", Map.of(), null)))
			.withMessageContaining("no-such-template");
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.outbox.enqueue(new OutgoingMail("not an address", Language.EN, "welcome", Map.of(), null)));
		assertThat(this.mongo.count(new org.springframework.data.mongodb.core.query.Query(), OutboxMail.class))
			.isZero();
		assertThat(this.wakes).hasValue(0);
	}

}
