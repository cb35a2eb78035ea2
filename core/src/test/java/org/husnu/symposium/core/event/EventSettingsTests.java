package org.husnu.symposium.core.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.husnu.symposium.core.DomainRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventSettingsTests {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@Test
	void deadlineIsWallClockTimeInTokyo() {
		Deadline deadline = Deadline.of(LocalDateTime.parse("2027-01-31T23:59"), TOKYO, Duration.ofMinutes(30));
		assertThat(deadline.at()).isEqualTo(Instant.parse("2027-01-31T14:59:00Z"));
		assertThat(deadline.in(ZoneId.of("Asia/Seoul")).toLocalDateTime())
			.isEqualTo(LocalDateTime.parse("2027-01-31T23:59"));
	}

	@Test
	void acceptsChangesDuringGraceAndRefusesAfter() {
		Deadline deadline = Deadline.of(LocalDateTime.parse("2027-01-31T23:59"), TOKYO, Duration.ofMinutes(30));
		Instant justBefore = Instant.parse("2027-01-31T14:58:59Z");
		Instant inGrace = Instant.parse("2027-01-31T15:20:00Z");
		Instant closing = Instant.parse("2027-01-31T15:29:00Z");
		assertThat(deadline.isOpenAt(justBefore)).isTrue();
		assertThat(deadline.isInGraceAt(justBefore)).isFalse();
		assertThat(deadline.isOpenAt(inGrace)).isTrue();
		assertThat(deadline.isInGraceAt(inGrace)).isTrue();
		assertThat(deadline.isOpenAt(closing)).isFalse();
	}

	@Test
	void rejectsNegativeOrHugeGrace() {
		Instant at = Instant.parse("2027-01-31T14:59:00Z");
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> new Deadline(at, Duration.ofMinutes(-1)));
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> new Deadline(at, Duration.ofDays(3)));
	}

	@Test
	void initialSettingsUseTokyoTimeAndDefaultLimits() {
		EventSettings settings = EventSettings.initial(LocalDateTime.parse("2027-01-31T23:59"),
				LocalDateTime.parse("2027-02-28T23:59"));
		assertThat(settings.zone()).isEqualTo(TOKYO);
		assertThat(settings.limits().maxPdfPages()).isEqualTo(2);
		assertThat(settings.limits().maxPdfBytes()).isEqualTo(10L * 1024 * 1024);
		assertThat(settings.acceptsSubmissionsAt(Instant.parse("2027-01-31T15:58:00Z"))).isTrue();
		assertThat(settings.acceptsSubmissionsAt(Instant.parse("2027-01-31T15:59:00Z"))).isFalse();
		assertThat(settings.acceptsReviewsAt(Instant.parse("2027-02-28T14:58:59Z"))).isTrue();
		assertThat(settings.acceptsReviewsAt(Instant.parse("2027-02-28T14:59:00Z"))).isFalse();
	}

	@Test
	void rejectsReviewDeadlineBeforeSubmissionDeadline() {
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> EventSettings.initial(LocalDateTime.parse("2027-01-31T23:59"),
					LocalDateTime.parse("2027-01-30T23:59")))
			.withMessageContaining("after the submission deadline");
	}

	@Test
	void rejectsUnknownTimeZone() {
		EventSettings settings = EventSettings.initial(LocalDateTime.parse("2027-01-31T23:59"),
				LocalDateTime.parse("2027-02-28T23:59"));
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> new EventSettings(null, settings.name(), "Hokkaido/Sapporo",
					settings.submissionDeadline(), settings.reviewDeadline(), null, false, null, 3, 8, null))
			.withMessageContaining("Asia/Tokyo");
	}

}
