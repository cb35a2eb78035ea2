package org.husnu.symposium.core.program;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SpeakerInvitationTests {

	private static final UUID TALK = UUID.randomUUID();

	private static final UUID SESSION = UUID.randomUUID();

	private static final Instant START = Instant.parse("2027-03-20T01:00:00Z");

	private static final Instant AT = Instant.parse("2027-03-01T00:00:00Z");

	@Test
	void aTalkWithoutInvitationIsNotInvited() {
		assertThat(SpeakerStatus.of(null, SESSION, START)).isEqualTo(SpeakerStatus.NOT_INVITED);
		assertThat(SpeakerStatus.NOT_INVITED.code()).isEqualTo("notInvited");
	}

	@Test
	void anAnswerAboutTheCurrentSlotCountsAndOneAboutAnotherSlotIsSlotChanged() {
		SpeakerInvitation pending = SpeakerInvitation.invite(TALK, "a@hokudai.ac.jp", "hash", SESSION, START, AT, null);
		assertThat(SpeakerStatus.of(pending, SESSION, START)).isEqualTo(SpeakerStatus.PENDING);
		SpeakerInvitation confirmed = pending.answer(SpeakerConfirmation.CONFIRMED, "ignored", SESSION, START, AT);
		assertThat(SpeakerStatus.of(confirmed, SESSION, START)).isEqualTo(SpeakerStatus.CONFIRMED);
		assertThat(confirmed.declineNote()).as("a confirmation keeps no note").isNull();
		assertThat(SpeakerStatus.of(confirmed, SESSION, START.plusSeconds(900))).isEqualTo(SpeakerStatus.SLOT_CHANGED);
		assertThat(SpeakerStatus.of(confirmed, UUID.randomUUID(), START)).isEqualTo(SpeakerStatus.SLOT_CHANGED);
		SpeakerInvitation declined = confirmed.answer(SpeakerConfirmation.DECLINED, "  I am abroad  ", SESSION, START,
				AT);
		assertThat(SpeakerStatus.of(declined, SESSION, START)).isEqualTo(SpeakerStatus.DECLINED);
		assertThat(declined.declineNote()).isEqualTo("I am abroad");
	}

	@Test
	void anAnswerRecordsTheSlotTheTalkHasWhenAnswered() {
		Instant moved = START.plusSeconds(3600);
		SpeakerInvitation answered = SpeakerInvitation.invite(TALK, "a@hokudai.ac.jp", "hash", SESSION, START, AT, null)
			.answer(SpeakerConfirmation.CONFIRMED, null, SESSION, moved, AT);
		assertThat(answered.concerns(SESSION, moved)).isTrue();
		assertThat(answered.respondedAt()).isEqualTo(AT);
	}

	@Test
	void aReminderKeepsTheAnswerAndReplacesTheToken() {
		SpeakerInvitation declined = SpeakerInvitation.invite(TALK, "a@hokudai.ac.jp", "old", SESSION, START, AT, null)
			.answer(SpeakerConfirmation.DECLINED, "sorry", SESSION, START, AT);
		SpeakerInvitation reminded = declined.remind("new", AT.plusSeconds(60));
		assertThat(reminded.tokenHash()).isEqualTo("new");
		assertThat(reminded.state()).isEqualTo(SpeakerConfirmation.DECLINED);
		assertThat(reminded.declineNote()).isEqualTo("sorry");
		assertThat(reminded.lastMailedAt()).isEqualTo(AT.plusSeconds(60));
		assertThat(declined.lastMailedAt()).isEqualTo(AT);
	}

	@Test
	void pendingIsNoAnswer() {
		SpeakerInvitation pending = SpeakerInvitation.invite(TALK, "a@hokudai.ac.jp", "h", SESSION, START, AT, null);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> pending.answer(SpeakerConfirmation.PENDING, null, SESSION, START, AT));
	}

}
