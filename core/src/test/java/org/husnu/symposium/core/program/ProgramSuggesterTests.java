package org.husnu.symposium.core.program;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.program.Suggestion.Note;
import org.husnu.symposium.core.program.Suggestion.Placement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramSuggesterTests {

	private static final Instant NINE = Instant.parse("2027-03-10T00:00:00Z");

	private static final Map<String, String> TOPICS = Map.of("AI", "Medical AI", "GEN", "Genome medicine");

	@Test
	void groupsTalksByTopicAndNamesSessionsAfterIt() {
		List<SuggestTalk> talks = List.of(talk(0, "AI", "HU", "Deep learning predicts sepsis in the ICU"),
				talk(1, "GEN", "HU", "Whole genome sequencing of rare disease families"),
				talk(2, "AI", "SNU", "딥러닝 기반 패혈증 예측 deep learning sepsis"),
				talk(3, "GEN", "SNU", "Genome sequencing finds rare variants in families"),
				talk(4, "AI", "HU", "Deep learning for chest radiographs"),
				talk(5, "GEN", "HU", "Genome sequencing in newborn screening"),
				talk(6, "AI", "SNU", "Deep learning triage in emergency care"),
				talk(7, "GEN", "SNU", "Somatic genome sequencing of tumours"));
		Suggestion suggestion = ProgramSuggester.suggest(talks, List.of(frame("Room A", 0, 60), frame("Room B", 0, 60)),
				TOPICS);
		assertThat(suggestion.sessions()).extracting(ProgramSession::title)
			.containsExactly("Medical AI", "Genome medicine");
		assertThat(suggestion.sessions().get(0).talks()).containsExactlyInAnyOrder(id(0), id(2), id(4), id(6));
		assertThat(suggestion.sessions().get(1).talks()).containsExactlyInAnyOrder(id(1), id(3), id(5), id(7));
		assertThat(suggestion.sessions().get(0).topicCodes()).containsExactly("AI");
		assertThat(suggestion.unmet()).isEmpty();
		Placement sepsis = placement(suggestion, id(2));
		assertThat(sepsis.reasons()).extracting(Note::code).containsExactly("sameTopic", "similarText", "balance");
		assertThat(sepsis.reasons().get(1).args().get(0)).contains("sepsis");
	}

	@Test
	void ordersParallelSessionsSoNoSpeakerIsInTwoRoomsAtOnce() {
		// each speaker presents one AI and one genome talk; the two topics run in
		// parallel
		List<SuggestTalk> talks = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String speaker = "speaker" + (i / 2) + "@hokudai.ac.jp";
			talks.add(new SuggestTalk(id(i), "talk " + i, "talk " + i, List.of(), (i % 2 == 0) ? "AI" : "GEN",
					List.of(), (i % 4 < 2) ? "HU" : "SNU", false, speaker));
		}
		Suggestion suggestion = ProgramSuggester.suggest(talks, List.of(frame("Room A", 0, 60), frame("Room B", 0, 60)),
				TOPICS);
		Map<UUID, String> speakers = new java.util.HashMap<>();
		talks.forEach((talk) -> speakers.put(talk.abstractId(), talk.presenter()));
		List<Slot> slots = suggestion.sessions().stream().flatMap((session) -> session.slots().stream()).toList();
		assertThat(slots).hasSize(8);
		for (Slot a : slots) {
			for (Slot b : slots) {
				if (a != b && a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
					assertThat(speakers.get(a.abstractId())).as("same time, two rooms")
						.isNotEqualTo(speakers.get(b.abstractId()));
				}
			}
		}
		assertThat(suggestion.unmet()).extracting(Note::code).doesNotContain("speakerClash");
	}

	@Test
	void saysSoWhenNoOrderAvoidsASpeakerInTwoRooms() {
		List<SuggestTalk> talks = List.of(
				new SuggestTalk(id(0), "a", "a", List.of(), "AI", List.of(), "HU", false, "one@hokudai.ac.jp"),
				new SuggestTalk(id(1), "b", "b", List.of(), "GEN", List.of(), "SNU", false, "one@hokudai.ac.jp"));
		Suggestion suggestion = ProgramSuggester.suggest(talks, List.of(frame("Room A", 0, 15), frame("Room B", 0, 15)),
				TOPICS);
		assertThat(suggestion.unmet()).extracting(Note::code).contains("speakerClash");
		Note clash = suggestion.unmet().stream().filter((note) -> note.code().equals("speakerClash")).findFirst().get();
		assertThat(clash.args()).containsExactly("1", "b / a");
	}

	@Test
	void timesSlotsOneAfterAnotherFromTheFrameStart() {
		List<SuggestTalk> talks = List.of(talk(0, "AI", "HU", "a"), talk(1, "AI", "SNU", "b"));
		SessionFrame frame = new SessionFrame("Hall", NINE, NINE.plus(Duration.ofMinutes(60)), 15, 5);
		ProgramSession session = ProgramSuggester.suggest(talks, List.of(frame), TOPICS).sessions().get(0);
		assertThat(session.slots()).extracting(Slot::start).containsExactly(NINE, NINE.plus(Duration.ofMinutes(20)));
		assertThat(session.slots().get(1).end()).isEqualTo(NINE.plus(Duration.ofMinutes(40)));
		assertThat(session.talkMinutes()).isEqualTo(15);
	}

	@Test
	void numbersSessionsOfTheSameTopic() {
		List<SuggestTalk> talks = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			talks.add(talk(i, "AI", (i % 2 == 0) ? "HU" : "SNU", "talk " + i));
		}
		Suggestion suggestion = ProgramSuggester.suggest(talks, List.of(frame("A", 0, 30), frame("A", 60, 90)), TOPICS);
		assertThat(suggestion.sessions()).extracting(ProgramSession::title)
			.containsExactly("Medical AI I", "Medical AI II");
	}

	@Test
	void leavesOutWhatDoesNotFitAndSaysSo() {
		List<SuggestTalk> talks = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			talks.add(talk(i, "AI", (i < 3) ? "HU" : "SNU", "talk " + i));
		}
		Suggestion suggestion = ProgramSuggester.suggest(talks, List.of(frame("A", 0, 60)), TOPICS);
		assertThat(suggestion.sessions().get(0).talks()).hasSize(4);
		// one HU talk goes, so the four left are balanced
		assertThat(suggestion.sessions().get(0).talks()).doesNotContain(id(2));
		assertThat(suggestion.unmet()).extracting(Note::code).containsExactly("noRoom");
		assertThat(suggestion.unmet().get(0).args()).startsWith("1", "4");
		assertThat(placement(suggestion, id(2)).sessionId()).isNull();
	}

	@Test
	void saysWhichSessionsCannotBeBalanced() {
		List<SuggestTalk> talks = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			talks.add(talk(i, "AI", (i < 5) ? "HU" : "SNU", "talk " + i));
		}
		Suggestion suggestion = ProgramSuggester.suggest(talks, List.of(frame("A", 0, 45), frame("B", 0, 45)), TOPICS);
		Note imbalance = suggestion.unmet()
			.stream()
			.filter((n) -> n.code().equals("imbalance"))
			.findFirst()
			.orElseThrow();
		assertThat(imbalance.args()).startsWith("5", "1", "2");
		assertThat(imbalance.args().get(3)).contains("HU 3, SNU 0");
	}

	@Test
	void givesTheSameSessionIdsForTheSameFrames() {
		List<SuggestTalk> talks = List.of(talk(0, "AI", "HU", "a"), talk(1, "GEN", "SNU", "b"));
		List<SessionFrame> frames = List.of(frame("A", 0, 60));
		UUID first = ProgramSuggester.suggest(talks, frames, TOPICS).sessions().get(0).id();
		UUID again = ProgramSuggester.suggest(List.of(talks.get(1)), frames, TOPICS).sessions().get(0).id();
		assertThat(again).isEqualTo(first);
		assertThat(ProgramSuggester.suggest(talks, List.of(frame("B", 0, 60)), TOPICS).sessions().get(0).id())
			.isNotEqualTo(first);
	}

	@Test
	void mixedSessionsAreReported() {
		List<SuggestTalk> talks = List.of(talk(0, "AI", "HU", "a"), talk(1, "GEN", "SNU", "b"));
		Suggestion suggestion = ProgramSuggester.suggest(talks, List.of(frame("A", 0, 60)), TOPICS);
		assertThat(suggestion.unmet()).extracting(Note::code).containsExactly("mixedTopics");
		assertThat(placement(suggestion, id(1)).reasons()).extracting(Note::code).contains("fill", "balance");
	}

	@Test
	void romanNumerals() {
		assertThat(ProgramSuggester.roman(4)).isEqualTo("IV");
		assertThat(ProgramSuggester.roman(19)).isEqualTo("XIX");
	}

	private static Placement placement(Suggestion suggestion, UUID id) {
		return suggestion.placements().stream().filter((p) -> p.abstractId().equals(id)).findFirst().orElseThrow();
	}

	private static SuggestTalk talk(int n, String topic, String institution, String title) {
		return new SuggestTalk(id(n), title, title, List.of(), topic, List.of(), institution, false);
	}

	private static UUID id(int n) {
		return UUID.nameUUIDFromBytes(("t" + n).getBytes());
	}

	private static SessionFrame frame(String room, int fromMinute, int toMinute) {
		return new SessionFrame(room, NINE.plus(Duration.ofMinutes(fromMinute)),
				NINE.plus(Duration.ofMinutes(toMinute)), null, null);
	}

}
