package org.husnu.symposium.core.program;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.husnu.symposium.core.program.Suggestion.Note;
import org.husnu.symposium.core.program.Suggestion.Placement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-suggest's guarantees over random accepted sets and frames (jqwik): no session
 * overfull, every talk placed or reported, HU and SNU within one of each other in every
 * session whenever a balanced program exists (an independent brute-force oracle decides
 * that), student talks spread, and the same input giving the same proposal.
 */
class ProgramSuggesterPropertyTests {

	private static final Instant DAY = Instant.parse("2027-03-10T00:00:00Z");

	private static final String[] PHRASES = { "deep learning for sepsis", "genome sequencing of tumours",
			"robotic surgery outcomes", "dementia screening", "CT image reconstruction", "敗血症の早期予測", "認知症のスクリーニング",
			"딥러닝 기반 영상 분석", "유전체 분석", "drug discovery with graphs" };

	private static final Map<String, String> TOPICS = Map.of("AI", "Medical AI", "GEN", "Genome medicine", "IMG",
			"Diagnostic imaging", "ONC", "Oncology");

	@Property(tries = 300)
	void neverOverfillsASessionAndPlacesOrReportsEveryTalk(@ForAll("scenarios") Scenario scenario) {
		Suggestion suggestion = scenario.suggest();
		int capacity = 0;
		for (int s = 0; s < suggestion.sessions().size(); s++) {
			ProgramSession session = suggestion.sessions().get(s);
			int holds = (int) (Duration.between(session.start(), session.end()).toMinutes()
					/ (session.talkMinutes() + session.questionMinutes()));
			capacity += holds;
			assertThat(session.talks().size()).isLessThanOrEqualTo(holds);
			for (Slot slot : session.slots()) {
				assertThat(slot.end()).isBeforeOrEqualTo(session.end());
			}
		}
		assertThat(suggestion.placements()).extracting(Placement::abstractId)
			.containsExactlyInAnyOrderElementsOf(scenario.talks.stream().map(SuggestTalk::abstractId).toList());
		long placed = suggestion.placements().stream().filter((p) -> p.sessionId() != null).count();
		assertThat(placed).isEqualTo(Math.min(scenario.talks.size(), capacity));
		assertThat(suggestion.sessions().stream().mapToLong((s) -> s.talks().size()).sum()).isEqualTo(placed);
		assertThat(codes(suggestion.unmet()).contains("noRoom")).isEqualTo(placed < scenario.talks.size());
		assertThat(new Program(Program.ID, suggestion.sessions(), null, null, null).talks()).hasSize((int) placed);
	}

	@Property(tries = 300)
	void balancesHuAndSnuInEverySessionWheneverABalancedProgramExists(@ForAll("scenarios") Scenario scenario) {
		Suggestion suggestion = scenario.suggest();
		boolean exists = balancedProgramExists(scenario);
		Map<UUID, String> institution = new HashMap<>();
		scenario.talks.forEach((talk) -> institution.put(talk.abstractId(), talk.institution()));
		boolean allBalanced = true;
		for (ProgramSession session : suggestion.sessions()) {
			long hu = session.talks().stream().filter((id) -> "HU".equals(institution.get(id))).count();
			long snu = session.talks().stream().filter((id) -> "SNU".equals(institution.get(id))).count();
			allBalanced &= Math.abs(hu - snu) <= 1;
		}
		if (exists) {
			assertThat(allBalanced).as("balanced in every session").isTrue();
			assertThat(codes(suggestion.unmet())).doesNotContain("imbalance");
		}
		else {
			assertThat(codes(suggestion.unmet())).contains("imbalance");
		}
	}

	@Property(tries = 300)
	void spreadsStudentTalksUnlessItSaysWhy(@ForAll("scenarios") Scenario scenario) {
		Suggestion suggestion = scenario.suggest();
		Set<UUID> students = new HashSet<>();
		scenario.talks.stream().filter(SuggestTalk::student).forEach((talk) -> students.add(talk.abstractId()));
		Set<String> kinds = new HashSet<>();
		scenario.talks.forEach((talk) -> kinds.add(talk.institution()));
		boolean clustered = codes(suggestion.unmet()).contains("studentsClustered");
		if (kinds.size() <= 1) {
			assertThat(clustered).as("one institution: nothing stops the spread").isFalse();
		}
		if (!clustered) {
			List<ProgramSession> sessions = suggestion.sessions();
			for (ProgramSession a : sessions) {
				for (ProgramSession b : sessions) {
					long inA = a.talks().stream().filter(students::contains).count();
					long inB = b.talks().stream().filter(students::contains).count();
					// more than one apart only where the smaller session has nothing but
					// students
					if (inA > inB + 1) {
						assertThat(inB).isEqualTo(b.talks().size());
					}
				}
			}
		}
	}

	@Property(tries = 100)
	void theSameInputGivesTheSameProposal(@ForAll("scenarios") Scenario scenario) {
		assertThat(scenario.suggest()).isEqualTo(scenario.suggest());
	}

	/**
	 * The oracle, independent of the suggester's counting argument: a dynamic programme
	 * over the sessions of every reachable (HU placed, SNU placed) with each session's HU
	 * and SNU within one of each other and within its capacity; the others take any place
	 * left, so a balanced program of min(talks, capacity) talks exists iff some reachable
	 * pair, topped up with others, places that many.
	 */
	static boolean balancedProgramExists(Scenario scenario) {
		int hu = (int) scenario.talks.stream().filter((t) -> "HU".equals(t.institution())).count();
		int snu = (int) scenario.talks.stream().filter((t) -> "SNU".equals(t.institution())).count();
		int others = scenario.talks.size() - hu - snu;
		List<Integer> capacities = new ArrayList<>();
		for (SessionFrame frame : scenario.frames) {
			capacities.add(ProgramSuggester.capacity(frame));
		}
		int total = capacities.stream().mapToInt(Integer::intValue).sum();
		boolean[][] reachable = new boolean[hu + 1][snu + 1];
		reachable[0][0] = true;
		for (int capacity : capacities) {
			boolean[][] next = new boolean[hu + 1][snu + 1];
			for (int h = 0; h <= hu; h++) {
				for (int k = 0; k <= snu; k++) {
					if (reachable[h][k]) {
						addSession(next, h, k, capacity);
					}
				}
			}
			reachable = next;
		}
		int goal = Math.min(scenario.talks.size(), total);
		for (int h = 0; h <= hu; h++) {
			for (int k = 0; k <= snu; k++) {
				if (reachable[h][k] && h + k + Math.min(others, total - h - k) == goal) {
					return true;
				}
			}
		}
		return false;
	}

	private static void addSession(boolean[][] next, int h, int k, int capacity) {
		for (int dh = 0; h + dh < next.length && dh <= capacity; dh++) {
			for (int dk = Math.max(0, dh - 1); dk <= dh + 1 && k + dk < next[0].length && dh + dk <= capacity; dk++) {
				next[h + dh][k + dk] = true;
			}
		}
	}

	private static List<String> codes(List<Note> notes) {
		return notes.stream().map(Note::code).toList();
	}

	@Provide
	Arbitrary<Scenario> scenarios() {
		Arbitrary<String> institution = Arbitraries.frequency(Tuple.of(5, "HU"), Tuple.of(4, "SNU"), Tuple.of(1, "KU"));
		Arbitrary<TalkSpec> talk = Combinators
			.combine(institution, Arbitraries.frequency(Tuple.of(1, true), Tuple.of(2, false)),
					Arbitraries.of("AI", "GEN", "IMG", "ONC"), Arbitraries.integers().between(0, PHRASES.length - 1))
			.as(TalkSpec::new);
		Arbitrary<String> skewedInstitution = Arbitraries.of("HU", "SNU");
		Arbitrary<List<TalkSpec>> talks = Arbitraries.oneOf(talk.list().ofMaxSize(40),
				Combinators.combine(skewedInstitution, talk.list().ofMaxSize(30))
					.as((only, list) -> list.stream()
						.map((t) -> new TalkSpec((t.index() % 3 == 0) ? t.institution() : only, t.student(), t.topic(),
								t.index()))
						.toList()));
		Arbitrary<FrameSpec> frame = Combinators
			.combine(Arbitraries.integers().between(0, 150), Arbitraries.integers().between(5, 20),
					Arbitraries.integers().between(0, 5), Arbitraries.of("Room A", "Room B"))
			.as(FrameSpec::new);
		return Combinators.combine(talks, frame.list().ofMinSize(1).ofMaxSize(6)).as(Scenario::of);
	}

	record TalkSpec(String institution, boolean student, String topic, int index) {
	}

	record FrameSpec(int minutes, int talk, int questions, String room) {
	}

	static final class Scenario {

		final List<SuggestTalk> talks;

		final List<SessionFrame> frames;

		Scenario(List<SuggestTalk> talks, List<SessionFrame> frames) {
			this.talks = talks;
			this.frames = frames;
		}

		static Scenario of(List<TalkSpec> specs, List<FrameSpec> frameSpecs) {
			List<SuggestTalk> talks = new ArrayList<>();
			for (int i = 0; i < specs.size(); i++) {
				TalkSpec spec = specs.get(i);
				String phrase = PHRASES[spec.index()];
				talks.add(new SuggestTalk(UUID.nameUUIDFromBytes(("talk-" + i).getBytes()), "Talk " + i + ": " + phrase,
						phrase + " in practice", List.of(phrase), spec.topic(), List.of(), spec.institution(),
						spec.student()));
			}
			List<SessionFrame> frames = new ArrayList<>();
			for (int f = 0; f < frameSpecs.size(); f++) {
				FrameSpec spec = frameSpecs.get(f);
				Instant start = DAY.plus(Duration.ofHours(3L * f));
				frames.add(new SessionFrame(spec.room(), start,
						start.plus(Duration.ofMinutes(Math.max(1, spec.minutes()))), spec.talk(), spec.questions()));
			}
			return new Scenario(talks, frames);
		}

		Suggestion suggest() {
			return ProgramSuggester.suggest(this.talks, this.frames, TOPICS);
		}

		@Override
		public String toString() {
			return this.talks.stream()
				.map((t) -> t.institution() + (t.student() ? "*" : "") + "/" + t.primaryTopic())
				.toList() + " into "
					+ this.frames.stream().map((f) -> ProgramSuggester.capacity(f) + " places").toList();
		}

	}

}
