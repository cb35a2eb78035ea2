package org.husnu.symposium.core.program;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProgramEditsTests {

	private static final Instant MORNING = Instant.parse("2027-03-10T00:00:00Z");

	private static final Instant AFTERNOON = Instant.parse("2027-03-10T04:00:00Z");

	private final UUID a = UUID.randomUUID();

	private final UUID b = UUID.randomUUID();

	private final UUID c = UUID.randomUUID();

	private final UUID morning = UUID.randomUUID();

	private final UUID afternoon = UUID.randomUUID();

	@Test
	void movingATalkToAnotherSessionRetimesBothFromTheirStart() {
		List<ProgramSession> sessions = List.of(session(this.morning, MORNING, 60, this.a, this.b),
				session(this.afternoon, AFTERNOON, 60, this.c));
		List<ProgramSession> moved = ProgramEdits.moveTo(sessions, this.a, this.afternoon, 0);
		ProgramSession first = byId(moved, this.morning);
		assertThat(first.talks()).containsExactly(this.b);
		assertThat(first.slots().get(0).start()).isEqualTo(MORNING);
		ProgramSession second = byId(moved, this.afternoon);
		assertThat(second.talks()).containsExactly(this.a, this.c);
		assertThat(second.slots()).extracting(Slot::start).containsExactly(AFTERNOON, AFTERNOON.plus(minutes(15)));
		assertThat(sessions.get(0).talks()).as("the input is left alone").containsExactly(this.a, this.b);
	}

	@Test
	void anUnplacedTalkIsAddedAtTheEnd() {
		List<ProgramSession> sessions = List.of(session(this.morning, MORNING, 60, this.a));
		ProgramSession after = ProgramEdits.moveTo(sessions, this.b, this.morning, null).get(0);
		assertThat(after.talks()).containsExactly(this.a, this.b);
		assertThat(after.slots().get(1).end()).isEqualTo(MORNING.plus(minutes(30)));
	}

	@Test
	void refusesAMoveIntoASessionWithNoTimeLeft() {
		// 30 minutes hold two 15-minute talks; a third would start at the end
		List<ProgramSession> sessions = List.of(session(this.morning, MORNING, 30, this.a, this.b),
				session(this.afternoon, AFTERNOON, 60, this.c));
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> ProgramEdits.moveTo(sessions, this.c, this.morning, null))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ProgramEdits.SESSION_FULL))
			.withMessageContaining("the talk you moved");
	}

	@Test
	void aTalkStartingBeforeTheEndMayRunPastIt() {
		List<ProgramSession> sessions = List.of(session(this.morning, MORNING, 40, this.a, this.b));
		ProgramSession after = ProgramEdits.moveTo(sessions, this.c, this.morning, null).get(0);
		assertThat(after.slots().get(2).end()).isAfter(after.end());
	}

	@Test
	void movesUpAndDownPastABreakAndStopsAtTheEnds() {
		List<ProgramSession> sessions = ProgramEdits
			.addBreak(List.of(session(this.morning, MORNING, 90, this.a, this.b)), this.morning, "Coffee", 20, 1);
		assertThat(kinds(sessions.get(0))).containsExactly("a", "Coffee", "b");
		List<ProgramSession> down = ProgramEdits.moveDown(sessions, this.a);
		assertThat(kinds(down.get(0))).containsExactly("Coffee", "a", "b");
		assertThat(down.get(0).slots()).extracting(Slot::start)
			.containsExactly(MORNING, MORNING.plus(minutes(20)), MORNING.plus(minutes(35)));
		assertThat(kinds(ProgramEdits.moveUp(down, this.b).get(0))).containsExactly("Coffee", "b", "a");
		assertThat(ProgramEdits.moveUp(sessions, this.a)).isEqualTo(sessions);
		assertThat(ProgramEdits.moveDown(sessions, this.b)).isEqualTo(sessions);
	}

	@Test
	void removingATalkOrABreakClosesTheGap() {
		List<ProgramSession> sessions = ProgramEdits
			.addBreak(List.of(session(this.morning, MORNING, 90, this.a, this.b)), this.morning, "Coffee", 20, 0);
		List<ProgramSession> noBreak = ProgramEdits.removeSlot(sessions, this.morning, 0);
		assertThat(noBreak.get(0).slots().get(0).start()).isEqualTo(MORNING);
		List<ProgramSession> noTalk = ProgramEdits.remove(sessions, this.a);
		assertThat(kinds(noTalk.get(0))).containsExactly("Coffee", "b");
		assertThat(noTalk.get(0).slots().get(1).start()).isEqualTo(MORNING.plus(minutes(20)));
	}

	@Test
	void changingASessionsLengthsRetimesItsTalks() {
		ProgramSession before = session(this.morning, MORNING, 90, this.a, this.b);
		ProgramSession changed = new ProgramSession(this.morning, "Imaging", List.of(), List.of(), "Room A",
				MORNING.plus(minutes(10)), MORNING.plus(minutes(90)), 20, 5, List.of());
		ProgramSession after = ProgramEdits.saveSession(List.of(before), changed).get(0);
		assertThat(after.talks()).containsExactly(this.a, this.b);
		assertThat(after.slots()).extracting(Slot::start)
			.containsExactly(MORNING.plus(minutes(10)), MORNING.plus(minutes(35)));
	}

	@Test
	void shorteningASessionBelowItsTalksIsRefused() {
		ProgramSession before = session(this.morning, MORNING, 90, this.a, this.b);
		ProgramSession changed = new ProgramSession(this.morning, "Imaging", List.of(), List.of(), "Room A", MORNING,
				MORNING.plus(minutes(15)), 12, 3, List.of());
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> ProgramEdits.saveSession(List.of(before), changed))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ProgramEdits.SESSION_FULL));
	}

	@Test
	void newSessionsAndDeletionsKeepSessionsInStartOrder() {
		List<ProgramSession> sessions = List.of(session(this.afternoon, AFTERNOON, 60, this.c));
		List<ProgramSession> added = ProgramEdits.saveSession(sessions, session(this.morning, MORNING, 60));
		assertThat(added).extracting(ProgramSession::id).containsExactly(this.morning, this.afternoon);
		assertThat(ProgramEdits.deleteSession(added, this.afternoon)).extracting(ProgramSession::id)
			.containsExactly(this.morning);
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> ProgramEdits.deleteSession(sessions, this.morning))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("program.session.unknown"));
	}

	private static ProgramSession session(UUID id, Instant start, int minutes, UUID... talks) {
		ProgramSession empty = new ProgramSession(id, "Session", List.of(), List.of(), "Room A", start,
				start.plus(minutes(minutes)), null, null, List.of());
		List<Slot> slots = java.util.Arrays.stream(talks).map((talk) -> Slot.talk(talk, start, minutes(15))).toList();
		return ProgramEdits.retime(empty, slots, null);
	}

	private List<String> kinds(ProgramSession session) {
		return session.slots()
			.stream()
			.map((slot) -> (slot.kind() == SlotKind.BREAK) ? slot.label() : name(slot))
			.toList();
	}

	private String name(Slot slot) {
		if (slot.abstractId().equals(this.a)) {
			return "a";
		}
		return slot.abstractId().equals(this.b) ? "b" : "c";
	}

	private static ProgramSession byId(List<ProgramSession> sessions, UUID id) {
		return sessions.stream().filter((session) -> session.id().equals(id)).findFirst().orElseThrow();
	}

	private static Duration minutes(int minutes) {
		return Duration.ofMinutes(minutes);
	}

}
