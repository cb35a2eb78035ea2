package org.husnu.symposium.core.program;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProgramSessionTests {

	private static final Instant START = Instant.parse("2027-03-10T01:00:00Z");

	private static final Instant END = START.plus(Duration.ofMinutes(90));

	@Test
	void keepsSlotsInTimeOrder() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		ProgramSession session = session(List.of(Slot.talk(second, START.plus(Duration.ofMinutes(30)), minutes(15)),
				Slot.breakSlot("Coffee", START.plus(Duration.ofMinutes(15)), minutes(15)),
				Slot.talk(first, START, minutes(15))));
		assertThat(session.talks()).containsExactly(first, second);
		assertThat(session.slots().get(1).kind()).isEqualTo(SlotKind.BREAK);
	}

	@Test
	void rejectsOverlappingSlots() {
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> session(List.of(Slot.talk(UUID.randomUUID(), START, minutes(20)),
					Slot.talk(UUID.randomUUID(), START.plus(Duration.ofMinutes(15)), minutes(15)))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("session.slot.overlap"));
	}

	@Test
	void rejectsSlotStartingOutsideTheSession() {
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> session(List.of(Slot.talk(UUID.randomUUID(), END, minutes(15)))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("session.slot.outside"));
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> session(List.of(Slot.talk(UUID.randomUUID(), START.minus(minutes(1)), minutes(15)))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("session.slot.outside"));
	}

	@Test
	void aLastSlotMayRunPastTheEndForTheChecksToReport() {
		ProgramSession session = session(List.of(Slot.talk(UUID.randomUUID(), END.minus(minutes(5)), minutes(15))));
		assertThat(session.slots()).hasSize(1);
	}

	@Test
	void defaultsTwelveMinutesTalkAndThreeForQuestions() {
		assertThat(session(List.of()).slotLength()).isEqualTo(minutes(15));
	}

	@Test
	void rejectsTheSameTalkTwice() {
		UUID talk = UUID.randomUUID();
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> session(List.of(Slot.talk(talk, START, minutes(15)),
					Slot.talk(talk, START.plus(Duration.ofMinutes(15)), minutes(15)))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("session.slot.duplicate"));
	}

	@Test
	void breakNeedsALabelAndNoAbstract() {
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> new Slot(SlotKind.BREAK, START, END, UUID.randomUUID(), "Lunch"));
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> Slot.breakSlot(" ", START, minutes(10)));
	}

	private static ProgramSession session(List<Slot> slots) {
		return new ProgramSession(UUID.randomUUID(), "Imaging", List.of("DIAGNOSTIC_IMAGING"), List.of(), "Room A",
				START, END, null, null, slots);
	}

	private static Duration minutes(int minutes) {
		return Duration.ofMinutes(minutes);
	}

}
