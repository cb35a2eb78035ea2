package org.husnu.symposium.core.program;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.affinity.AffinityDocument;
import org.husnu.symposium.core.affinity.TextVectors;
import org.husnu.symposium.core.program.Suggestion.Note;
import org.husnu.symposium.core.program.Suggestion.Placement;

/**
 * Auto-suggest: builds topic-coherent sessions from the accepted oral talks that keep HU
 * and SNU speakers balanced, spread student talks and fit the session lengths. A pure
 * function. Fit, balance and student spread are decided on counts first
 * ({@link SuggestQuotas}); then each session, in time order, starts from the first talk
 * left of the largest topic and takes, within its counts, the talk closest to the talks
 * it already has (same primary topic, related topics, text similarity). Deterministic: no
 * randomness, ties broken by the order of the input. The algorithm and its guarantees are
 * in docs/program-suggest.md.
 */
public final class ProgramSuggester {

	/** Weight of a shared primary topic in a pair's closeness, next to a text cosine. */
	static final double SAME_TOPIC = 1.0;

	/**
	 * Weight of related topics (one's primary is the other's secondary, or a shared one).
	 */
	static final double RELATED_TOPIC = 0.3;

	/** The cosine from which two talks count as similar in text (a reason is given). */
	static final double SIMILAR_TEXT = 0.05;

	private ProgramSuggester() {
	}

	/**
	 * Proposes sessions.
	 * @param talks the accepted oral talks
	 * @param frames the rooms and times to fill, one session each
	 * @param topicNames topic code to the name session titles use
	 * @return the proposal
	 */
	public static Suggestion suggest(List<SuggestTalk> talks, List<SessionFrame> frames,
			Map<String, String> topicNames) {
		List<AffinityDocument> documents = talks.stream()
			.map((talk) -> AffinityDocument.of(talk.abstractId().toString(), talk.title(), talk.text(),
					String.join(", ", talk.keywords())))
			.toList();
		return suggest(talks, documents, frames, topicNames);
	}

	/**
	 * Proposes sessions from talks whose texts are analysed already (a service keeps the
	 * analyses, which are the expensive part).
	 * @param talks the accepted oral talks
	 * @param documents the talks' analysed title, text and keywords, in the same order
	 * @param frames the rooms and times to fill, one session each
	 * @param topicNames topic code to the name session titles use
	 * @return the proposal
	 */
	public static Suggestion suggest(List<SuggestTalk> talks, List<AffinityDocument> documents,
			List<SessionFrame> frames, Map<String, String> topicNames) {
		if (documents.size() != talks.size()) {
			throw new IllegalArgumentException("One analysed document per talk");
		}
		List<SessionFrame> sorted = new ArrayList<>(frames);
		sorted.sort(Comparator.comparing(SessionFrame::start)
			.thenComparing((frame) -> (frame.room() != null) ? frame.room() : "")
			.thenComparing(SessionFrame::end));
		int[] capacity = new int[sorted.size()];
		long total = 0;
		for (int s = 0; s < capacity.length; s++) {
			capacity[s] = capacity(sorted.get(s));
			total += capacity[s];
		}
		List<Note> unmet = new ArrayList<>();
		boolean[] placed = chooseWhatFits(talks, capacity, total);
		List<Integer> leftOut = new ArrayList<>();
		for (int i = 0; i < talks.size(); i++) {
			if (!placed[i]) {
				leftOut.add(i);
			}
		}
		if (!leftOut.isEmpty()) {
			unmet.add(new Note("noRoom", List.of(Integer.toString(leftOut.size()), Long.toString(total),
					String.join("; ", leftOut.stream().map((i) -> talks.get(i).title()).toList()))));
		}
		int[][] counts = new int[3][2];
		for (int i = 0; i < talks.size(); i++) {
			if (placed[i]) {
				counts[kind(talks.get(i))][talks.get(i).student() ? 1 : 0]++;
			}
		}
		SuggestQuotas quotas = SuggestQuotas.of(capacity, counts);
		SuggestGrouping grouping = SuggestGrouping.group(talks, TextVectors.of(documents), placed, quotas);
		return new Result(talks, sorted, topicNames, quotas, grouping).build(leftOut, unmet);
	}

	/**
	 * How many talks a frame holds: talks × (talk + questions) within its length.
	 * @param frame the frame
	 * @return the number of talks
	 */
	public static int capacity(SessionFrame frame) {
		if (frame.start() == null || frame.end() == null || !frame.start().isBefore(frame.end())) {
			return 0;
		}
		long minutes = Duration.between(frame.start(), frame.end()).toMinutes();
		return (int) (minutes / slotMinutes(frame));
	}

	static int slotMinutes(SessionFrame frame) {
		int talk = (frame.talkMinutes() != null) ? frame.talkMinutes() : ProgramSession.DEFAULT_TALK_MINUTES;
		int questions = (frame.questionMinutes() != null) ? frame.questionMinutes()
				: ProgramSession.DEFAULT_QUESTION_MINUTES;
		return Math.max(1, talk + questions);
	}

	static int kind(SuggestTalk talk) {
		if ("HU".equals(talk.institution())) {
			return SuggestQuotas.HU;
		}
		return "SNU".equals(talk.institution()) ? SuggestQuotas.SNU : SuggestQuotas.OTHER;
	}

	/**
	 * Which talks are placed when not all fit: the split of the talks left out over HU,
	 * SNU and others that keeps a balanced program possible (else the least HU–SNU
	 * difference), taking from each side its last talks in input order.
	 */
	private static boolean[] chooseWhatFits(List<SuggestTalk> talks, int[] capacity, long total) {
		boolean[] placed = new boolean[talks.size()];
		Arrays.fill(placed, true);
		int excess = (int) Math.max(0, talks.size() - total);
		if (excess == 0) {
			return placed;
		}
		int[] perKind = new int[3];
		for (SuggestTalk talk : talks) {
			perKind[kind(talk)]++;
		}
		int[] best = null;
		boolean bestFeasible = false;
		int bestGap = Integer.MAX_VALUE;
		for (int hu = 0; hu <= Math.min(excess, perKind[0]); hu++) {
			for (int snu = 0; snu <= Math.min(excess - hu, perKind[1]); snu++) {
				int others = excess - hu - snu;
				if (others > perKind[2]) {
					continue;
				}
				boolean feasible = SuggestQuotas.balanceFeasible(perKind[0] - hu, perKind[1] - snu, perKind[2] - others,
						capacity);
				int gap = Math.abs((perKind[0] - hu) - (perKind[1] - snu));
				if (best == null || (feasible && !bestFeasible) || (feasible == bestFeasible && gap < bestGap)) {
					best = new int[] { hu, snu, others };
					bestFeasible = feasible;
					bestGap = gap;
				}
			}
		}
		for (int i = talks.size() - 1; i >= 0; i--) {
			int kind = kind(talks.get(i));
			if (best[kind] > 0) {
				placed[i] = false;
				best[kind]--;
			}
		}
		return placed;
	}

	/**
	 * A session id derived from the frame (and its position among equal frames), so the
	 * same frames give the same ids again.
	 */
	static UUID sessionId(SessionFrame frame, int position) {
		String name = "program-suggest|" + frame.room() + "|" + frame.start() + "|" + frame.end() + "|" + position;
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

	static String roman(int number) {
		int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] numerals = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder roman = new StringBuilder();
		int left = number;
		for (int i = 0; i < values.length; i++) {
			while (left >= values[i]) {
				roman.append(numerals[i]);
				left -= values[i];
			}
		}
		return roman.toString();
	}

	/**
	 * Turns the grouping into sessions, slots, reasons and unmet notes.
	 */
	private static final class Result {

		private final List<SuggestTalk> talks;

		private final List<SessionFrame> frames;

		private final Map<String, String> topicNames;

		private final SuggestQuotas quotas;

		private final SuggestGrouping grouping;

		Result(List<SuggestTalk> talks, List<SessionFrame> frames, Map<String, String> topicNames, SuggestQuotas quotas,
				SuggestGrouping grouping) {
			this.talks = talks;
			this.frames = frames;
			this.topicNames = topicNames;
			this.quotas = quotas;
			this.grouping = grouping;
		}

		Suggestion build(List<Integer> leftOut, List<Note> unmet) {
			int sessions = this.frames.size();
			String[] titles = titles();
			List<ProgramSession> built = new ArrayList<>();
			Map<Integer, UUID> sessionOf = new HashMap<>();
			List<Slot> timed = new ArrayList<>();
			Map<UUID, Integer> talkOf = new HashMap<>();
			List<String> clashes = new ArrayList<>();
			List<List<Integer>> members = new ArrayList<>();
			for (int s = 0; s < sessions; s++) {
				members.add(this.grouping.members(s));
			}
			List<List<Integer>> ordered = SpeakerOrder.order(this.talks, this.frames, members);
			for (int s = 0; s < sessions; s++) {
				SessionFrame frame = this.frames.get(s);
				UUID id = sessionId(frame, s);
				List<Slot> slots = new ArrayList<>();
				Duration length = Duration.ofMinutes(slotMinutes(frame));
				int n = 0;
				for (int talk : ordered.get(s)) {
					Instant start = frame.start().plus(length.multipliedBy(n));
					int other = clashWith(talk, start, start.plus(length), timed, talkOf);
					if (other >= 0) {
						clashes.add(this.talks.get(talk).title() + " / " + this.talks.get(other).title());
					}
					Slot slot = Slot.talk(this.talks.get(talk).abstractId(), start, length);
					slots.add(slot);
					timed.add(slot);
					talkOf.put(slot.abstractId(), talk);
					sessionOf.put(talk, id);
					n++;
				}
				built.add(new ProgramSession(id, titles[s], topics(s), List.of(), frame.room(), frame.start(),
						frame.end(), frame.talkMinutes(), frame.questionMinutes(), slots));
			}
			List<Placement> placements = new ArrayList<>();
			for (int i = 0; i < this.talks.size(); i++) {
				UUID session = sessionOf.get(i);
				if (session == null) {
					placements.add(new Placement(this.talks.get(i).abstractId(), null, List
						.of(new Note("noRoom", List.of(Integer.toString(leftOut.size()), this.talks.get(i).title())))));
				}
				else {
					placements.add(new Placement(this.talks.get(i).abstractId(), session,
							reasons(i, this.grouping.sessionOf(i))));
				}
			}
			if (!this.quotas.balanced()) {
				int hu = 0;
				int snu = 0;
				for (int s = 0; s < sessions; s++) {
					hu += this.quotas.count(s, SuggestQuotas.HU);
					snu += this.quotas.count(s, SuggestQuotas.SNU);
				}
				List<String> which = this.quotas.unbalancedSessions()
					.stream()
					.map((s) -> titles[s] + " (HU " + this.quotas.count(s, SuggestQuotas.HU) + ", SNU "
							+ this.quotas.count(s, SuggestQuotas.SNU) + ")")
					.toList();
				unmet.add(new Note("imbalance", List.of(Integer.toString(hu), Integer.toString(snu),
						Integer.toString(sessions), String.join("; ", which))));
			}
			if (!this.quotas.studentsSpread()) {
				List<String> which = new ArrayList<>();
				int students = 0;
				for (int s = 0; s < sessions; s++) {
					which.add(titles[s] + ": " + this.quotas.students(s));
					students += this.quotas.students(s);
				}
				unmet.add(new Note("studentsClustered", List.of(Integer.toString(students), String.join("; ", which))));
			}
			if (!clashes.isEmpty()) {
				unmet.add(new Note("speakerClash",
						List.of(Integer.toString(clashes.size()), String.join("; ", clashes))));
			}
			for (int s = 0; s < sessions; s++) {
				List<String> topics = topics(s);
				if (topics.size() > 1) {
					unmet.add(new Note("mixedTopics",
							List.of(titles[s], String.join(", ", topics.stream().map(this::topicName).toList()))));
				}
			}
			return new Suggestion(built, placements, unmet);
		}

		/**
		 * A talk already timed in another session whose presenter is the same person and
		 * whose slot overlaps the given one: talks of parallel sessions are ordered so
		 * one speaker is never in two rooms at once, wherever the order allows.
		 * @return that talk's index, or -1 when there is none
		 */
		private int clashWith(int talk, Instant start, Instant end, List<Slot> timed, Map<UUID, Integer> talkOf) {
			String presenter = this.talks.get(talk).presenter();
			if (presenter == null) {
				return -1;
			}
			for (Slot slot : timed) {
				if (slot.start().isBefore(end) && start.isBefore(slot.end())) {
					int other = talkOf.get(slot.abstractId());
					if (presenter.equals(this.talks.get(other).presenter())) {
						return other;
					}
				}
			}
			return -1;
		}

		private List<Note> reasons(int talk, int session) {
			List<Note> reasons = new ArrayList<>();
			SuggestTalk t = this.talks.get(talk);
			List<Integer> members = this.grouping.members(session);
			long sameTopic = members.stream()
				.filter((m) -> m != talk && this.talks.get(m).primaryTopic().equals(t.primaryTopic()))
				.count();
			if (sameTopic > 0) {
				reasons.add(new Note("sameTopic", List.of(topicName(t.primaryTopic()), Long.toString(sameTopic))));
			}
			int closest = this.grouping.closest(talk, members);
			if (closest >= 0 && this.grouping.cosine(talk, closest) >= SIMILAR_TEXT) {
				List<String> terms = this.grouping.sharedTerms(talk, closest, 3);
				if (!terms.isEmpty()) {
					reasons.add(new Note("similarText",
							List.of(String.join(", ", terms), this.talks.get(closest).title())));
				}
			}
			if (reasons.isEmpty()) {
				reasons.add(new Note("fill", List.of(topicName(t.primaryTopic()))));
			}
			int kind = kind(t);
			if (kind != SuggestQuotas.OTHER && this.quotas.balanced()) {
				reasons.add(new Note("balance", List.of(Integer.toString(this.quotas.count(session, SuggestQuotas.HU)),
						Integer.toString(this.quotas.count(session, SuggestQuotas.SNU)))));
			}
			if (t.student()) {
				reasons.add(new Note("studentSpread", List.of(Integer.toString(this.quotas.students(session)))));
			}
			return reasons;
		}

		/**
		 * The session's topics: its talks' primary topics, most talks first.
		 */
		private List<String> topics(int session) {
			Map<String, Integer> counts = new LinkedHashMap<>();
			for (int m : this.grouping.members(session)) {
				counts.merge(this.talks.get(m).primaryTopic(), 1, Integer::sum);
			}
			List<String> topics = new ArrayList<>(counts.keySet());
			topics.sort(Comparator.comparing((String topic) -> -counts.get(topic))
				.thenComparing((topic) -> this.grouping.topicRank(topic)));
			return topics;
		}

		/**
		 * Each session's title: its main topic's name, with a numeral when the topic
		 * leads several sessions.
		 */
		private String[] titles() {
			int sessions = this.frames.size();
			String[] main = new String[sessions];
			Map<String, Integer> leads = new HashMap<>();
			for (int s = 0; s < sessions; s++) {
				List<String> topics = topics(s);
				main[s] = topics.isEmpty() ? null : topics.get(0);
				leads.merge(String.valueOf(main[s]), 1, Integer::sum);
			}
			Map<String, Integer> seen = new HashMap<>();
			String[] titles = new String[sessions];
			for (int s = 0; s < sessions; s++) {
				String key = String.valueOf(main[s]);
				String name = (main[s] != null) ? topicName(main[s]) : "Open session";
				int n = seen.merge(key, 1, Integer::sum);
				titles[s] = (leads.get(key) > 1) ? name + " " + roman(n) : name;
			}
			return titles;
		}

		private String topicName(String code) {
			String name = this.topicNames.get(code);
			return (name != null && !name.isBlank()) ? name : code;
		}

	}

}
