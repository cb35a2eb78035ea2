package org.husnu.symposium.core.program;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramChecksTests {

	private static final Instant NINE = Instant.parse("2027-03-10T00:00:00Z");

	private final UUID roomA = UUID.randomUUID();

	private final UUID roomB = UUID.randomUUID();

	private final UUID talkA = UUID.randomUUID();

	private final UUID talkB = UUID.randomUUID();

	private final UUID chairHu = UUID.randomUUID();

	private final UUID chairSnu = UUID.randomUUID();

	private final Map<UUID, SpeakerInvitation> invitations = new HashMap<>();

	private final Map<UUID, ProgramChecks.Presenter> presenters = new HashMap<>(
			Map.of(this.talkA, new ProgramChecks.Presenter("Aiko Sato", "sato@hokudai.ac.jp", "HU"), this.talkB,
					new ProgramChecks.Presenter("Minjun Kim", "kim@snu.ac.kr", "SNU")));

	@Test
	void aConfirmedProgramWithinItsTimesHasNoWarnings() {
		Program program = program(session(this.roomA, 60, List.of(this.chairHu), this.talkA),
				session(this.roomB, 60, List.of(this.chairSnu), this.talkB));
		confirmAll(program);
		assertThat(ProgramChecks.warnings(program, context())).isEmpty();
	}

	@Test
	void warnsAboutASpeakerInTwoRoomsAtOnce() {
		this.presenters.put(this.talkB, new ProgramChecks.Presenter("Aiko Sato", "sato@hokudai.ac.jp", "HU"));
		Program program = program(session(this.roomA, 60, List.of(), this.talkA),
				session(this.roomB, 60, List.of(), this.talkB));
		confirmAll(program);
		assertThat(ProgramChecks.warnings(program, context()))
			.extracting(ProgramWarning::code, ProgramWarning::abstractId)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("speakerDoubleBooked", this.talkA),
					org.assertj.core.groups.Tuple.tuple("speakerDoubleBooked", this.talkB));
	}

	@Test
	void warnsAboutASpeakerPresentingWhileChairingAnotherSession() {
		Program program = program(session(this.roomA, 60, List.of(), this.talkA),
				session(this.roomB, 60, List.of(this.chairHu), this.talkB));
		confirmAll(program);
		assertThat(ProgramChecks.warnings(program, context())).singleElement().satisfies((warning) -> {
			assertThat(warning.code()).isEqualTo("speakerDoubleBooked");
			assertThat(warning.abstractId()).isEqualTo(this.talkA);
			assertThat(warning.args()).contains("Aiko Sato", "A-1");
		});
	}

	@Test
	void warnsAboutAChairOfTheirOwnTalk() {
		Program program = program(session(this.roomA, 60, List.of(this.chairSnu), this.talkB, this.talkA));
		confirmAll(program);
		Map<UUID, Set<String>> authors = Map.of(this.talkA, Set.of("sato@hokudai.ac.jp", "kim@snu.ac.kr"), this.talkB,
				Set.of("kim@snu.ac.kr"));
		List<ProgramWarning> warnings = ProgramChecks.warnings(program, context(authors));
		assertThat(warnings).extracting(ProgramWarning::code).containsOnly("chairOwnTalk").hasSize(2);
	}

	@Test
	void warnsAboutASessionRunningPastItsEndWithTheMinutes() {
		// two 15-minute talks in 20 minutes: the second starts inside, ends 10 minutes
		// late
		Program program = program(session(this.roomA, 20, List.of(), this.talkA, this.talkB));
		confirmAll(program);
		assertThat(ProgramChecks.warnings(program, context())).singleElement().satisfies((warning) -> {
			assertThat(warning.code()).isEqualTo("sessionOverrun");
			assertThat(warning.args()).containsExactly("Session", "10");
			assertThat(warning.sessionId()).isEqualTo(this.roomA);
		});
	}

	@Test
	void warnsAboutEverySpeakerWhoDidNotConfirmThisSlot() {
		UUID talkC = UUID.randomUUID();
		UUID talkD = UUID.randomUUID();
		this.presenters.put(talkC, new ProgramChecks.Presenter("C", "c@hokudai.ac.jp", "HU"));
		this.presenters.put(talkD, new ProgramChecks.Presenter("D", "d@snu.ac.kr", "SNU"));
		Program program = program(session(this.roomA, 90, List.of(), this.talkA, this.talkB, talkC, talkD));
		ProgramSession session = program.sessions().get(0);
		this.invitations.put(this.talkB, invitation(this.talkB, SpeakerConfirmation.PENDING, session.id(), NINE));
		this.invitations.put(talkC, invitation(talkC, SpeakerConfirmation.DECLINED, session.id(), NINE));
		// D confirmed the first slot; it has the fourth now
		this.invitations.put(talkD, invitation(talkD, SpeakerConfirmation.CONFIRMED, session.id(), NINE));
		assertThat(ProgramChecks.warnings(program, context()))
			.extracting(ProgramWarning::abstractId, ProgramWarning::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.talkA, "speakerNotInvited"),
					org.assertj.core.groups.Tuple.tuple(this.talkB, "speakerUnconfirmed"),
					org.assertj.core.groups.Tuple.tuple(talkC, "speakerDeclined"),
					org.assertj.core.groups.Tuple.tuple(talkD, "speakerSlotChanged"));
	}

	@Test
	void warnsAboutASessionWhoseHuAndSnuSpeakersDifferByMoreThanOne() {
		UUID talkC = UUID.randomUUID();
		this.presenters.put(talkC, new ProgramChecks.Presenter("Jiwoo Park", "park@snu.ac.kr", "SNU"));
		Program balanced = program(session(this.roomA, 90, List.of(), this.talkA, this.talkB, talkC));
		confirmAll(balanced);
		assertThat(ProgramChecks.warnings(balanced, context())).isEmpty();
		UUID talkD = UUID.randomUUID();
		this.presenters.put(talkD, new ProgramChecks.Presenter("Sora Lee", "lee@snu.ac.kr", "SNU"));
		Program skewed = program(session(this.roomA, 90, List.of(), this.talkA, this.talkB, talkC, talkD));
		confirmAll(skewed);
		assertThat(ProgramChecks.warnings(skewed, context())).singleElement().satisfies((warning) -> {
			assertThat(warning.code()).isEqualTo("sessionImbalanced");
			assertThat(warning.args()).containsExactly("Session", "1", "3");
		});
	}

	private void confirmAll(Program program) {
		for (ProgramSession session : program.sessions()) {
			for (Slot slot : session.slots()) {
				if (slot.abstractId() != null) {
					this.invitations.put(slot.abstractId(),
							invitation(slot.abstractId(), SpeakerConfirmation.CONFIRMED, session.id(), slot.start()));
				}
			}
		}
	}

	private ProgramChecks.Context context() {
		return context(Map.of());
	}

	private ProgramChecks.Context context(Map<UUID, Set<String>> authors) {
		return new ProgramChecks.Context(this.presenters, authors, Map.of(this.talkA, "A-1", this.talkB, "A-2"),
				Map.of(this.chairHu, "sato@hokudai.ac.jp", this.chairSnu, "kim@snu.ac.kr"), this.invitations);
	}

	private static SpeakerInvitation invitation(UUID talk, SpeakerConfirmation state, UUID session, Instant start) {
		return new SpeakerInvitation(talk, "x@example.org", "hash", state, session, start, NINE, null,
				(state != SpeakerConfirmation.PENDING) ? NINE : null, 1L);
	}

	private static Program program(ProgramSession... sessions) {
		return new Program(Program.ID, List.of(sessions), null, null, null);
	}

	private static ProgramSession session(UUID id, int minutes, List<UUID> chairs, UUID... talks) {
		ProgramSession empty = new ProgramSession(id, "Session", List.of(), chairs, "Room", NINE,
				NINE.plus(Duration.ofMinutes(minutes)), null, null, List.of());
		List<Slot> slots = new java.util.ArrayList<>();
		Instant at = NINE;
		for (UUID talk : talks) {
			slots.add(Slot.talk(talk, at, empty.slotLength()));
			at = at.plus(empty.slotLength());
		}
		return new ProgramSession(id, "Session", List.of(), chairs, "Room", NINE,
				NINE.plus(Duration.ofMinutes(minutes)), null, null, slots);
	}

}
