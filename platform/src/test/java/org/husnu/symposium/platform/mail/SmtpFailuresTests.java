package org.husnu.symposium.platform.mail;

import java.net.ConnectException;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.husnu.symposium.platform.mail.SmtpFailures.Outcome;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a failed attempt is judged: a server that cannot be reached is waited for, a
 * permanent rejection counts towards giving up, anything else is tried again.
 */
class SmtpFailuresTests {

	@Test
	void waitsForAServerThatCannotBeReached() {
		MessagingException refused = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 2525",
				new ConnectException("Connection refused"));
		assertThat(SmtpFailures.classify(new MailSendException("Mail server connection failed", refused)))
			.isEqualTo(Outcome.UNREACHABLE);
		assertThat(SmtpFailures.classify(new MailAuthenticationException("535 Authentication failed")))
			.isEqualTo(Outcome.UNREACHABLE);
	}

	@Test
	void countsPermanentRejectionsOfTheMail() throws Exception {
		SendFailedException unknownUser = new SendFailedException("550 5.1.1 <nobody@snu.ac.kr>: user unknown");
		assertThat(SmtpFailures.classify(new MailSendException(Map.of("mail", unknownUser))))
			.isEqualTo(Outcome.REJECTED);
		SendFailedException invalid = new SendFailedException("Invalid Addresses", null, null, null,
				new InternetAddress[] { new InternetAddress("nobody@snu.ac.kr") });
		assertThat(SmtpFailures.classify(new MailSendException(Map.of("mail", invalid)))).isEqualTo(Outcome.REJECTED);
		assertThat(SmtpFailures.classify(new MailParseException("bad header"))).isEqualTo(Outcome.REJECTED);
	}

	@Test
	void triesAgainAfterATemporaryRefusal() {
		SendFailedException greylisted = new SendFailedException("451 4.7.1 Greylisted, try again later");
		assertThat(SmtpFailures.classify(new MailSendException(Map.of("mail", greylisted))))
			.isEqualTo(Outcome.TRANSIENT);
		assertThat(SmtpFailures.classify(new MailSendException(Map.of("mail",
				new MessagingException("Exception reading response", new java.net.SocketException("reset"))))))
			.isEqualTo(Outcome.TRANSIENT);
	}

	@Test
	void backsOffExponentiallyUpToTheMaximum() {
		SymposiumMailProperties.Backoff backoff = new SymposiumMailProperties.Backoff(java.time.Duration.ofSeconds(2),
				java.time.Duration.ofMinutes(5));
		assertThat(backoff.after(1)).hasSeconds(2);
		assertThat(backoff.after(2)).hasSeconds(4);
		assertThat(backoff.after(5)).hasSeconds(32);
		assertThat(backoff.after(9)).hasMinutes(5);
		assertThat(backoff.after(1000)).hasMinutes(5);
	}

}
