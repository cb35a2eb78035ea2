package org.husnu.symposium.platform.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.mail.DeliveryMode;
import org.husnu.symposium.core.mail.MailDelivery;
import org.husnu.symposium.core.mail.MailStatus;
import org.husnu.symposium.core.mail.OutboxMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mail delivery mode belongs to the deployment: an instance without SMTP started
 * against a database whose instances send through SMTP neither starts nor, if it ran
 * anyway, catches their mails (issue: an instance without SMTP steals the real mails).
 */
class DeliveryModeIntegrationTests {

	private final OutboxTestStore store = new OutboxTestStore();

	private final GreenMail realInbox = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	private final GreenMail strayCatcher = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@AfterEach
	void close() {
		this.store.close();
		this.realInbox.stop();
		this.strayCatcher.stop();
	}

	@Test
	void aCatcherInstanceNeverSendsTheMailsQueuedForSmtp() {
		this.realInbox.start();
		this.strayCatcher.start();
		MongoTemplate production = this.store.connect();
		MailOutbox outbox = new MailOutbox(production, new MailTemplates(), Clock.systemUTC(), DeliveryMode.SMTP,
				() -> {
				});
		List<String> ids = List.of(loginLink(outbox, "chair.hu@hokudai.ac.jp"), loginLink(outbox, "kim@snu.ac.kr"));

		MailDispatcher stray = this.store.dispatcher(this.store.connect(),
				OutboxTestStore.smtp(this.strayCatcher.getSmtp().getPort()), OutboxTestStore.fastRetries(3),
				Clock.systemUTC(), "stray-without-smtp", DeliveryMode.CATCHER);
		assertThat(stray.dispatchDue()).isZero();
		assertThat(this.strayCatcher.getReceivedMessages()).isEmpty();
		assertThat(production.find(new Query(), OutboxMail.class)).extracting(OutboxMail::status)
			.containsOnly(MailStatus.PENDING);

		MailDispatcher real = this.store.dispatcher(production,
				OutboxTestStore.smtp(this.realInbox.getSmtp().getPort()), OutboxTestStore.fastRetries(3),
				Clock.systemUTC(), "production", DeliveryMode.SMTP);
		assertThat(real.dispatchDue()).isEqualTo(2);
		assertThat(this.realInbox.getReceivedMessages()).hasSize(2);
		assertThat(ids).allSatisfy(
				(id) -> assertThat(production.findById(id, OutboxMail.class).claimedBy()).isEqualTo("production"));
	}

	@Test
	void anSmtpInstanceLeavesTheMailsOfACatcherDeploymentAlone() {
		this.realInbox.start();
		MongoTemplate demo = this.store.connect();
		MailOutbox outbox = new MailOutbox(demo, new MailTemplates(), Clock.systemUTC(), DeliveryMode.CATCHER, () -> {
		});
		loginLink(outbox, "demo@hokudai.ac.jp");
		MailDispatcher real = this.store.dispatcher(demo, OutboxTestStore.smtp(this.realInbox.getSmtp().getPort()),
				OutboxTestStore.fastRetries(3), Clock.systemUTC(), "production", DeliveryMode.SMTP);
		assertThat(real.dispatchDue()).isZero();
		assertThat(this.realInbox.getReceivedMessages()).isEmpty();
	}

	@Test
	void theFirstInstanceDecidesTheModeAndAnotherModeIsRefused() {
		MongoTemplate mongo = this.store.connect();
		DeliveryModeCheck check = new DeliveryModeCheck(mongo, Clock.systemUTC());
		assertThat(check.settle(DeliveryMode.SMTP, "production-1", false)).isEqualTo(DeliveryMode.SMTP);
		assertThat(check.settle(DeliveryMode.SMTP, "production-2", false)).isEqualTo(DeliveryMode.SMTP);
		assertThat(mongo.findById(MailDelivery.ID, MailDelivery.class).decidedBy()).isEqualTo("production-1");

		assertThatThrownBy(() -> check.settle(DeliveryMode.CATCHER, "stray", false))
			.isInstanceOfSatisfying(DeliveryModeMismatchException.class, (ex) -> {
				assertThat(ex.deployment()).isEqualTo(DeliveryMode.SMTP);
				assertThat(ex.instance()).isEqualTo(DeliveryMode.CATCHER);
				assertThat(ex.getMessage()).contains("production-1");
			});
		assertThat(mongo.findById(MailDelivery.ID, MailDelivery.class).mode()).isEqualTo(DeliveryMode.SMTP);
	}

	@Test
	void anOperatorSwitchesTheDeploymentOnPurpose() {
		MongoTemplate mongo = this.store.connect();
		mongo.insert(MailDelivery.decided(DeliveryMode.CATCHER, "demo", Instant.parse("2026-11-01T00:00:00Z")));
		DeliveryModeCheck check = new DeliveryModeCheck(mongo, Clock.systemUTC());
		assertThat(check.settle(DeliveryMode.SMTP, "going-live", true)).isEqualTo(DeliveryMode.SMTP);
		assertThat(mongo.findById(MailDelivery.ID, MailDelivery.class)).satisfies((recorded) -> {
			assertThat(recorded.mode()).isEqualTo(DeliveryMode.SMTP);
			assertThat(recorded.decidedBy()).isEqualTo("going-live");
		});
	}

	private static String loginLink(MailOutbox outbox, String to) {
		return outbox.enqueue(new OutgoingMail(to, Language.EN, "login-link",
				Map.of("link", "http://localhost:8081/login/ott?token=secret-" + to, "expiresInMinutes", 15,
						"serviceName", "submission-service"),
				null));
	}

}
